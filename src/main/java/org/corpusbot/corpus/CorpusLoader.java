package org.corpusbot.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
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

  private final List<ArticleReader> readers;
  private final ArticleAssembler assembler = new ArticleAssembler();

  public CorpusLoader(List<ArticleReader> readers) {
    this.readers = List.copyOf(readers);
  }

  public static CorpusLoader standard(JsonFields fields) {
    return new CorpusLoader(
        List.of(
            new PlainTextReader(),
            new MarkdownReader(),
            new HtmlReader(),
            new JsonLinesReader(fields)));
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
    Counting sink = new Counting(out);
    List<Path> files = files(path);
    for (Path file : files) {
      SourceFile source = SourceFile.of(root, file);
      ArticleReader reader = readerFor(source.name());
      if (reader == null) {
        sink.skipped(
            source.name(), "unsupported file type", "known: .txt .md .html .jsonl .jsonl.gz");
        continue;
      }
      sink.begin(source, reader.manyPerFile() ? null : source.idBase());
      try {
        reader.read(source, sink);
      } catch (IOException | UncheckedIOException e) {
        sink.skipped(source.name(), "unreadable", e.getMessage());
      }
      sink.end();
    }
    return new LoadReport(sink.loaded, files.size(), sink.skipped, sink.degraded);
  }

  private ArticleReader readerFor(String name) {
    return readers.stream().filter(r -> r.accepts(name)).findFirst().orElse(null);
  }

  private static List<Path> files(Path path) {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !isHidden(path.relativize(p)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new CorpusException("cannot list corpus folder " + path + ": " + e.getMessage(), e);
    }
  }

  private static boolean isHidden(Path rel) {
    for (Path part : rel) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** Assembles, de-duplicates, counts and logs (within limits) for one load. */
  private final class Counting implements LoadSink {
    private final Consumer<Article> out;
    private final Set<String> ids = new HashSet<>();
    private final Map<String, Integer> skipped = new HashMap<>();
    private final Map<String, Integer> fileWarnings = new HashMap<>();
    private SourceFile file;
    private String fallbackId;
    private int loaded;
    private int degraded;

    Counting(Consumer<Article> out) {
      this.out = out;
    }

    void begin(SourceFile file, String fallbackId) {
      this.file = file;
      this.fallbackId = fallbackId;
      fileWarnings.clear();
    }

    void end() {
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
