package org.corpusbot.retrieval;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.ArticleInfo;

/**
 * The served articles: newest first, by id, and how many over which dates (duplicates are stored,
 * not served, and never listed). Thread-safe.
 */
public interface ArticleCatalog {
  /** A page of articles, newest first (undated ones last, ties by id), and the total count. */
  record Page(List<ArticleInfo> articles, int offset, int total) {
    public Page {
      articles = List.copyOf(articles);
    }
  }

  /**
   * Counts and date span of the corpus; {@code first}/{@code last} are null when nothing is dated.
   */
  record Overview(int articles, int passages, LocalDate first, LocalDate last) {}

  /**
   * Up to {@code limit} articles after the {@code offset} newest; any non-negative values work
   * ({@code Integer.MAX_VALUE} means all).
   *
   * @throws IllegalArgumentException when either is negative
   */
  Page newest(int offset, int limit);

  /** The served article with this id, whole. */
  Optional<Article> get(String id);

  Overview overview();
}
