package org.corpusbot.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A place the corpus is read from: the corpus path (a folder, or one file), or the inbox under the
 * data folder, whose files are named with {@code prefix} ({@code "inbox/"}) so that their names and
 * the ids of their one-article files never meet the corpus folder's.
 */
public record CorpusRoot(Path path, String prefix) {
  /** The inbox's prefix of names and ids. */
  public static final String INBOX = "inbox/";

  public CorpusRoot {
    path = path.toAbsolutePath().normalize();
    prefix = prefix == null ? "" : prefix;
  }

  public static CorpusRoot corpus(Path path) {
    return new CorpusRoot(path, "");
  }

  public static CorpusRoot inbox(Path folder) {
    return new CorpusRoot(folder, INBOX);
  }

  /** The folder names are relative to: the path itself, or the folder of a one-file corpus. */
  public Path folder() {
    return Files.isDirectory(path) || path.getParent() == null ? path : path.getParent();
  }

  /**
   * True when {@code file} (absolute, normalised) belongs to this root and not to a hidden path.
   */
  boolean holds(Path file) {
    if (!Files.isDirectory(path) && Files.exists(path)) {
      return file.equals(path);
    }
    if (!file.startsWith(path) || file.equals(path)) {
      return false;
    }
    for (Path part : path.relativize(file)) {
      if (part.toString().startsWith(".")) {
        return false;
      }
    }
    return true;
  }

  /** The root among {@code roots} that holds {@code file}: the deepest (an inbox in the corpus). */
  static CorpusRoot owner(List<CorpusRoot> roots, Path file) {
    CorpusRoot best = null;
    for (CorpusRoot r : roots) {
      if (r.holds(file) && (best == null || r.path.getNameCount() > best.path.getNameCount())) {
        best = r;
      }
    }
    return best;
  }
}
