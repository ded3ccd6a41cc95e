package org.corpusbot.answer;

import java.util.Objects;

/** One exchange of a conversation: what was asked and what was answered. */
public record Turn(String question, String answer) {
  public Turn {
    Objects.requireNonNull(question, "question");
    answer = answer == null ? "" : answer;
  }
}
