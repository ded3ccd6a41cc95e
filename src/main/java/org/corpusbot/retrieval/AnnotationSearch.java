package org.corpusbot.retrieval;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.corpusbot.corpus.ArticleInfo;

/** Finds annotations by kind, words and dates, newest first. Thread-safe. */
public interface AnnotationSearch {
  /** An annotation with the article it came from. */
  record Found(Annotation annotation, ArticleInfo article) {}

  /**
   * Annotations of {@code kind} holding, for each set in {@code keyGroups}, at least one of its
   * keys, and about a time overlapping {@code [from, to]} (either may be null: open; with either
   * set, annotations without a date are left out). Newest first (by the annotation's first date,
   * then its article's date, undated last), at most {@code limit}.
   */
  List<Found> find(
      String kind, List<Set<String>> keyGroups, LocalDate from, LocalDate to, int limit);
}
