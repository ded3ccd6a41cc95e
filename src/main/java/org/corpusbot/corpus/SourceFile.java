package org.corpusbot.corpus;

import java.nio.file.Path;

/**
 * A file of the corpus. {@code name} is its path relative to the corpus root (what warnings show);
 * {@code idBase} is that path without its extension, the stable id of a one-article file.
 */
public record SourceFile(Path path, String name, String idBase) {

  static SourceFile of(Path root, Path file) {
    return of(root, file, "");
  }

  /** A file under {@code root}, its name prefixed ({@code "inbox/"}: the inbox's files). */
  static SourceFile of(Path root, Path file, String prefix) {
    String name = prefix + name(root, file);
    String base = name;
    for (String ext : new String[] {".jsonl.gz", ".ndjson.gz"}) {
      if (base.toLowerCase().endsWith(ext)) {
        return new SourceFile(file, name, base.substring(0, base.length() - ext.length()));
      }
    }
    int dot = base.lastIndexOf('.');
    if (dot > base.lastIndexOf('/') + 1) {
      base = base.substring(0, dot);
    }
    return new SourceFile(file, name, base);
  }

  /** {@code file}'s path relative to {@code root}, with forward slashes. */
  static String name(Path root, Path file) {
    Path rel = root.equals(file) ? file.getFileName() : root.relativize(file);
    return rel.toString().replace('\\', '/');
  }
}
