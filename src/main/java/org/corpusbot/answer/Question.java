package org.corpusbot.answer;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A question as asked: its text, the moment it was asked ({@code asOf}; null for timeless, as in
 * benchmarks without dates) and, for multiple-choice questions, the options offered.
 */
public record Question(String text, LocalDate asOf, List<String> options) {
  public Question {
    Objects.requireNonNull(text, "text");
    options = options == null ? List.of() : List.copyOf(options);
  }

  public static Question of(String text, LocalDate asOf) {
    return new Question(text, asOf, List.of());
  }
}
