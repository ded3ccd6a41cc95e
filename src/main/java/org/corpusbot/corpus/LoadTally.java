package org.corpusbot.corpus;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tally of one load: assembles each article a reader finds, drops duplicate ids, counts what
 * was loaded, skipped and degraded, records which files were read to their end, and logs the first
 * {@value CorpusLoader#WARNINGS_PER_REASON} warnings of each kind per file. One per load; not
 * thread-safe.
 */
final class LoadTally implements LoadSink {
  // Logged as the loader: its lines are known by that name.
  private static final Logger log = LoggerFactory.getLogger(CorpusLoader.class);

  private final ArticleAssembler assembler;
  private final Consumer<Article> out;
  private final Set<String> ids = new HashSet<>();
  private final Map<String, Integer> skipped = new HashMap<>();
  private final Map<String, Integer> fileWarnings = new HashMap<>();
  private final Set<String> read = new HashSet<>();
  private final Map<String, String> unread = new HashMap<>();
  private SourceFile file;
  private String fallbackId;
  private String incomplete;
  private int loaded;
  private int degraded;

  LoadTally(ArticleAssembler assembler, Consumer<Article> out) {
    this.assembler = assembler;
    this.out = out;
  }

  /** A file that could not be read at all (listed as unreadable, a special file, a link). */
  void unreadable(String name, String why) {
    unread.put(name, why);
    skipped.merge(why, 1, Integer::sum);
  }

  /** What the load did, over {@code files} files. */
  LoadReport report(int files) {
    return new LoadReport(loaded, files, skipped, degraded, read, unread);
  }

  void begin(SourceFile file, String fallbackId) {
    this.file = file;
    this.fallbackId = fallbackId;
    this.incomplete = null;
    fileWarnings.clear();
  }

  /** The current file, or part of it, could not be read. */
  void incomplete(String why) {
    if (incomplete == null) {
      incomplete = why;
    }
  }

  void end() {
    if (incomplete == null) {
      read.add(file.name());
    } else {
      unread.put(file.name(), incomplete);
    }
    fileWarnings.forEach(
        (reason, n) -> {
          if (n > CorpusLoader.WARNINGS_PER_REASON) {
            log.warn(
                "{}: {} more {} not shown",
                file.name(),
                n - CorpusLoader.WARNINGS_PER_REASON,
                reason);
          }
        });
  }

  @Override
  public void found(RawArticle raw) {
    assembler
        .assemble(raw, file, fallbackId, this)
        .ifPresent(
            a -> {
              if (!ids.add(a.id())) {
                skipped(raw.where(), "duplicate id", "id '" + a.id() + "' was already loaded");
                return;
              }
              loaded++;
              out.accept(a);
            });
  }

  @Override
  public void skipped(String where, String reason, String detail) {
    if (CorpusLoader.TOO_LARGE.equals(reason)) {
      incomplete(where + " too large"); // what it held is not known, so not gone either
    }
    skipped.merge(reason, 1, Integer::sum);
    warn(reason, "{}: skipped, {}{}", where, reason, detail == null ? "" : " (" + detail + ")");
  }

  @Override
  public void degraded(String where, String detail) {
    degraded++;
    warn("warnings", "{}: {}", where, detail, "");
  }

  private void warn(String reason, String format, String where, String what, String detail) {
    int n = fileWarnings.merge(reason, 1, Integer::sum);
    if (n <= CorpusLoader.WARNINGS_PER_REASON) {
      log.warn(format, where, what, detail);
    }
  }
}
