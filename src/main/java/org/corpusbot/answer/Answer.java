package org.corpusbot.answer;

import java.util.List;
import java.util.Objects;

/**
 * What the bot says to a question. When {@code found} is false, {@code text} says the articles
 * don't answer it and there are no citations. {@code note} (nullable) qualifies the answer, e.g.
 * that the period the question named had no matching article. {@code shortAnswer} (nullable) is the
 * direct answer {@code text} leads with, when there is one.
 */
public record Answer(
    String question,
    boolean found,
    String text,
    List<Citation> citations,
    String note,
    long tookMs,
    ShortAnswer shortAnswer) {

  /** An answer without a short answer. */
  public Answer(
      String question,
      boolean found,
      String text,
      List<Citation> citations,
      String note,
      long tookMs) {
    this(question, found, text, citations, note, tookMs, null);
  }

  public Answer {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(text, "text");
    citations = List.copyOf(citations);
    if (!found && !citations.isEmpty()) {
      throw new IllegalArgumentException("an answer that found nothing cites nothing");
    }
    if (shortAnswer != null && !text.startsWith(shortAnswer.text())) {
      throw new IllegalArgumentException("an answer leads with its short answer");
    }
  }

  public Answer withTook(long ms) {
    return new Answer(question, found, text, citations, note, ms, shortAnswer);
  }

  /** The same answer with {@code more} added to its note. */
  public Answer withNote(String more) {
    return new Answer(
        question,
        found,
        text,
        citations,
        note == null ? more : note + " " + more,
        tookMs,
        shortAnswer);
  }

  /** The same answer to {@code asked} (a follow-up answered as its stand-alone question). */
  public Answer withQuestion(String asked) {
    return new Answer(asked, found, text, citations, note, tookMs, shortAnswer);
  }
}
