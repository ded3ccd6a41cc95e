package org.corpusbot.retrieval;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A search: the user's text as typed, when it was asked ({@code asOf}; null for a timeless search
 * that uses no dates at all), how many passages to return, and which evidence to use.
 */
public record SearchRequest(String text, LocalDate asOf, int limit, SearchMode mode) {
  public SearchRequest {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(mode, "mode");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive");
    }
  }

  public static SearchRequest of(String text, LocalDate asOf, int limit) {
    return new SearchRequest(text, asOf, limit, SearchMode.HYBRID);
  }
}
