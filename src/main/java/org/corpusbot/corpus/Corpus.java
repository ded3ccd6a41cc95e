package org.corpusbot.corpus;

import java.util.List;

/**
 * What one load of the corpus gave: where it was read from, its articles, and the report that says
 * which files could not be read (whose indexed articles must therefore be kept).
 */
public record Corpus(String where, List<Article> articles, LoadReport report) {
  public Corpus {
    articles = List.copyOf(articles);
  }

  /** Articles made in memory, all of them complete (tests, benchmarks). */
  public static Corpus of(List<Article> articles) {
    return new Corpus("(articles in memory)", articles, LoadReport.complete(articles.size()));
  }
}
