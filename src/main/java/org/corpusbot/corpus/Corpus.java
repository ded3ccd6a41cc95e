package org.corpusbot.corpus;

import java.util.List;
import java.util.Set;

/**
 * What one load of the corpus gave: where it was read from, its articles, and the report that says
 * which files could not be read (whose indexed articles must therefore be kept).
 *
 * <p>A partial load (a watched folder's changed files) has a {@code scope}: the names of the files
 * and folders it looked at. Only indexed articles whose file is in the scope (the name itself, or a
 * folder above it) can be taken for gone; a whole load has a null scope.
 */
public record Corpus(String where, List<Article> articles, LoadReport report, Set<String> scope) {
  public Corpus {
    articles = List.copyOf(articles);
    scope = scope == null ? null : Set.copyOf(scope);
  }

  /** A whole load. */
  public Corpus(String where, List<Article> articles, LoadReport report) {
    this(where, articles, report, null);
  }

  /** Articles made in memory, all of them complete (tests, benchmarks). */
  public static Corpus of(List<Article> articles) {
    return new Corpus("(articles in memory)", articles, LoadReport.complete(articles.size()));
  }

  /** True for a load of some files only. */
  public boolean partial() {
    return scope != null;
  }

  /** True when a whole load, or {@code file} or a folder above it is in the scope. */
  public boolean inScope(String file) {
    return scope == null || (file != null && coveredBy(file, scope));
  }

  /**
   * True when an article of {@code file} may not be taken for gone: the file, or a folder above it,
   * could not be read.
   */
  public boolean unreadCovers(String file) {
    return file != null && coveredBy(file, report.unread().keySet());
  }

  private static boolean coveredBy(String file, Set<String> names) {
    for (String f = file; ; f = f.substring(0, f.lastIndexOf('/'))) {
      if (names.contains(f)) {
        return true;
      }
      if (f.lastIndexOf('/') < 0) {
        return false;
      }
    }
  }
}
