package org.corpusbot.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
  static final int WARNINGS_PER_REASON = 5;

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
    return load(List.of(CorpusRoot.corpus(path)), out);
  }

  /**
   * Streams the articles of every root to {@code out}, the first (the corpus) before the others
   * (the inbox), which may be absent. A root inside another is read once, as itself.
   *
   * @throws CorpusException when the first root does not exist or a root cannot be listed
   */
  public LoadReport load(List<CorpusRoot> roots, Consumer<Article> out) {
    if (!Files.exists(roots.get(0).path())) {
      throw new CorpusException("corpus not found: " + roots.get(0).path());
    }
    LoadTally sink = new LoadTally(assembler, out);
    int files = 0;
    for (CorpusRoot root : roots) {
      if (root == roots.get(0) || Files.exists(root.path())) {
        files += readAll(root, root.path(), inside(root, roots), sink);
      }
    }
    return sink.report(files);
  }

  /** What a load of some files gave, and the names it looked at (see {@link Corpus#scope}). */
  public record Scoped(LoadReport report, Set<String> scope) {}

  /**
   * Reads only {@code paths} (files or folders that changed, absolute): those that exist are read
   * (a folder wholly), those that do not are in the scope with nothing read, so that what was
   * indexed from them counts as gone. Paths outside every root, hidden ones and the roots
   * themselves are left out: a change of a root itself needs a full load.
   */
  public Scoped loadFiles(List<CorpusRoot> roots, Collection<Path> paths, Consumer<Article> out) {
    LoadTally sink = new LoadTally(assembler, out);
    Set<String> scope = new TreeSet<>();
    int files = 0;
    Set<Path> wanted = new TreeSet<>();
    for (Path p : paths) {
      Path abs = p.toAbsolutePath().normalize();
      if (CorpusRoot.owner(roots, abs) != null) {
        wanted.add(abs);
      }
    }
    for (Path p : wanted) {
      CorpusRoot root = CorpusRoot.owner(roots, p);
      if (hasAncestorIn(p, wanted)) {
        continue; // a folder in the batch reads it
      }
      scope.add(root.prefix() + SourceFile.name(root.folder(), p));
      if (Files.exists(p)) {
        files += readAll(root, p, inside(root, roots), sink);
      }
    }
    return new Scoped(sink.report(files), scope);
  }

  private static boolean hasAncestorIn(Path p, Set<Path> paths) {
    for (Path a = p.getParent(); a != null; a = a.getParent()) {
      if (paths.contains(a)) {
        return true;
      }
    }
    return false;
  }

  /** The other roots' folders inside {@code root}'s: read as themselves, not as part of it. */
  private static Set<Path> inside(CorpusRoot root, List<CorpusRoot> roots) {
    Set<Path> out = new HashSet<>();
    for (CorpusRoot r : roots) {
      if (r != root && r.path().startsWith(root.folder()) && !r.path().equals(root.folder())) {
        out.add(r.path());
      }
    }
    return out;
  }

  /** Reads every file at {@code path} (a file, or a folder recursively) of {@code root}. */
  private int readAll(CorpusRoot root, Path path, Set<Path> excluded, LoadTally sink) {
    CorpusFiles.Listing listing = listing(path, excluded);
    Map<String, List<String>> unreadByKind = new TreeMap<>();
    listing
        .unreadable()
        .forEach(
            (file, why) -> {
              String name = SourceFile.of(root.folder(), file, root.prefix()).name();
              sink.unreadable(name, why);
              unreadByKind.computeIfAbsent(why, k -> new ArrayList<>()).add(name);
            });
    unreadByKind.forEach(CorpusLoader::warnOnce);
    for (CorpusFiles.Found found : listing.files()) {
      read(SourceFile.of(root.folder(), found.path(), root.prefix()), found.size(), sink);
    }
    return listing.files().size() + listing.unreadable().size();
  }

  private void read(SourceFile source, long size, LoadTally sink) {
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

  private static CorpusFiles.Listing listing(Path path, Set<Path> excluded) {
    try {
      return CorpusFiles.list(path, excluded);
    } catch (IOException e) {
      throw new CorpusException("cannot list corpus folder " + path + ": " + e.getMessage(), e);
    }
  }
}
