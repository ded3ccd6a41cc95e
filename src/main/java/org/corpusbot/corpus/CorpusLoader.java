package org.corpusbot.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads every article under a folder (or from one file) in a stable order, whatever the formats.
 *
 * <p>Bad input never aborts a load: each problem is logged once with its file (and line) and
 * counted in the {@link LoadReport}. So that a corpus with thousands of bad lines (Reuters has
 * 2,535 stories without a body) does not drown the log, only the first {@value
 * #WARNINGS_PER_REASON} warnings of each kind per file are logged; the rest are counted and
 * summarised.
 */
public final class CorpusLoader {
  private static final Logger log = LoggerFactory.getLogger(CorpusLoader.class);
  private static final int WARNINGS_PER_REASON = 5;

  /** Why a file or a JSON line over {@link CorpusLimits#maxArticleBytes()} was skipped. */
  public static final String TOO_LARGE = "too large";

  private final List<ArticleReader> readers;
  private final CorpusLimits limits;
  private final ArticleAssembler assembler = new ArticleAssembler();

  public CorpusLoader(List<ArticleReader> readers, CorpusLimits limits) {
    this.readers = List.copyOf(readers);
    this.limits = limits;
  }

  public static CorpusLoader standard(JsonFields fields) {
    return standard(fields, CorpusLimits.DEFAULT);
  }

  public static CorpusLoader standard(JsonFields fields, CorpusLimits limits) {
    return new CorpusLoader(
        List.of(
            new PlainTextReader(limits),
            new MarkdownReader(limits),
            new HtmlReader(limits),
            new JsonLinesReader(fields, limits)),
        limits);
  }

  /**
   * Streams the articles of {@code path} to {@code out}.
   *
   * @throws CorpusException when the path does not exist or cannot be listed; problems with single
   *     files or lines are reported, not thrown
   */
  public LoadReport load(Path path, Consumer<Article> out) {
    if (!Files.exists(path)) {
      throw new CorpusException("corpus not found: " + path.toAbsolutePath().normalize());
    }
    Path root = Files.isDirectory(path) ? path : path.getParent() == null ? path : path.getParent();
    CorpusFiles.Listing listing = listing(path);
    Counting sink = new Counting(out);
    Map<String, List<String>> unreadByKind = new TreeMap<>();
    listing
        .unreadable()
        .forEach(
            (file, why) -> {
              String name = SourceFile.of(root, file).name();
              sink.unread.put(name, why);
              sink.skipped.merge(why, 1, Integer::sum);
              unreadByKind.computeIfAbsent(why, k -> new ArrayList<>()).add(name);
            });
    unreadByKind.forEach(CorpusLoader::warnOnce);
    for (CorpusFiles.Found found : listing.files()) {
      read(SourceFile.of(root, found.path()), found.size(), sink);
    }
    return new LoadReport(
        sink.loaded,
        listing.files().size() + listing.unreadable().size(),
        sink.skipped,
        sink.degraded,
        sink.read,
        sink.unread);
  }

  private void read(SourceFile source, long size, Counting sink) {
    ArticleReader reader = readerFor(source.name());
    if (reader == null) {
      sink.skipped(
          source.name(), "unsupported file type", "known: .txt .md .html .jsonl .jsonl.gz");
      return;
    }
    sink.begin(source, reader.manyPerFile() ? null : source.idBase());
    if (!reader.manyPerFile() && size > limits.maxArticleBytes()) {
      sink.skipped(source.name(), TOO_LARGE, limits.tooLarge(size));
    } else {
      try {
        reader.read(source, sink);
      } catch (IOException | UncheckedIOException e) {
        sink.skipped(source.name(), CorpusFiles.UNREADABLE, e.getMessage());
        sink.incomplete(CorpusFiles.UNREADABLE + ": " + e.getMessage());
      }
    }
    sink.end();
  }

  /** One warning per kind of file that cannot be read, naming the first few. */
  private static void warnOnce(String kind, List<String> names) {
    String shown = String.join(", ", names.subList(0, Math.min(WARNINGS_PER_REASON, names.size())));
    int more = names.size() - WARNINGS_PER_REASON;
    log.warn(
        "Skipped {} {}{} ({}): {}{}",
        names.size(),
        kind,
        names.size() == 1 ? "" : "s",
        switch (kind) {
          case CorpusFiles.SPECIAL -> "a FIFO, device or socket, which is never read";
          case CorpusFiles.BROKEN_LINK -> "a symbolic link whose target is missing";
          case CorpusFiles.LINK_LOOP -> "symbolic links that lead back to themselves";
          default -> "cannot be read";
        },
        shown,
        more > 0 ? " and " + more + " more" : "");
  }

  private ArticleReader readerFor(String name) {
    return readers.stream().filter(r -> r.accepts(name)).findFirst().orElse(null);
  }

  private static CorpusFiles.Listing listing(Path path) {
    try {
      return CorpusFiles.list(path);
    } catch (IOException e) {
      throw new CorpusException("cannot list corpus folder " + path + ": " + e.getMessage(), e);
    }
  }

  /** Assembles, de-duplicates, counts and logs (within limits) for one load. */
  private final class Counting implements LoadSink {
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

    Counting(Consumer<Article> out) {
      this.out = out;
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
            if (n > WARNINGS_PER_REASON) {
              log.warn("{}: {} more {} not shown", file.name(), n - WARNINGS_PER_REASON, reason);
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
      if (TOO_LARGE.equals(reason)) {
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
      if (n <= WARNINGS_PER_REASON) {
        log.warn(format, where, what, detail);
      }
    }
  }
}
