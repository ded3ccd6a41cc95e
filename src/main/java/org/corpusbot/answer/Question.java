package org.corpusbot.answer;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A question as asked: its text, the moment it was asked ({@code asOf}; null for timeless, as in
 * benchmarks without dates), for multiple-choice questions the options offered, and the earlier
 * turns of the conversation it belongs to (oldest first; empty for a first question).
 */
public record Question(String text, LocalDate asOf, List<String> options, List<Turn> history) {
  public Question {
    Objects.requireNonNull(text, "text");
    options = options == null ? List.of() : List.copyOf(options);
    history = history == null ? List.of() : List.copyOf(history);
  }

  public static Question of(String text, LocalDate asOf) {
    return new Question(text, asOf, List.of(), List.of());
  }

  public Question withHistory(List<Turn> turns) {
    return new Question(text, asOf, options, turns);
  }

  public Question withText(String t) {
    return new Question(t, asOf, options, history);
  }
}
