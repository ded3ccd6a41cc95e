package org.corpusbot.answer;

import java.util.List;
import java.util.Objects;

/**
 * The direct answer an answer leads with: a span (a name, a date, a number with its unit, a place;
 * or "Yes"/"No") and the numbers of the citations whose quotes hold its evidence. A span other than
 * Yes/No occurs verbatim in the quote of its first citation, or in that source's headline when the
 * quote refers to what the headline names ("The company …" under "Analysts accuse Bed Bath & Beyond
 * …").
 */
public record ShortAnswer(String text, List<Integer> citations) {
  public ShortAnswer {
    Objects.requireNonNull(text, "text");
    citations = List.copyOf(citations);
    if (text.isBlank() || citations.isEmpty()) {
      throw new IllegalArgumentException("a short answer has text and a citation");
    }
  }
}
