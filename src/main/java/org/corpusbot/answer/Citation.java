package org.corpusbot.answer;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Source {@code n} of an answer: an article and the exact span of it that supports the claim.
 * {@code quote} is always {@code articleText.substring(start, end)}; it is taken from the index,
 * never from generated text. {@code date}, {@code source} and {@code url} may be null.
 */
public record Citation(
    int n,
    String articleId,
    String title,
    LocalDate date,
    String source,
    String url,
    String quote,
    int start,
    int end) {

  public Citation {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(quote, "quote");
    if (n < 1 || start < 0 || end < start) {
      throw new IllegalArgumentException("bad citation " + n + " [" + start + ", " + end + ")");
    }
  }
}
