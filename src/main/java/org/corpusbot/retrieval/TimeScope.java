package org.corpusbot.retrieval;

import java.time.LocalDate;

/**
 * The time a question is about, resolved against the moment it was asked.
 *
 * <p>{@code from}/{@code to} bound the publication date of the articles to search (either may be
 * null: open). {@code anchor} is the date the question is centred on: the moment of asking, or the
 * end of a period it names ("in June 2021"); articles near it are preferred. {@code phrase} is the
 * words that named the time, removed from the text before it is searched. {@code recent} is true
 * when the question asks for the latest news.
 */
public record TimeScope(
    LocalDate from, LocalDate to, LocalDate anchor, boolean recent, String phrase) {
  public static final TimeScope NONE = new TimeScope(null, null, null, false, "");

  public TimeScope {
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("time scope ends before it starts: " + from + " .. " + to);
    }
    phrase = phrase == null ? "" : phrase;
  }

  /** The scope of a question that names no time, asked at {@code asOf} (null: timeless). */
  public static TimeScope at(LocalDate asOf) {
    return new TimeScope(null, asOf, asOf, false, "");
  }

  public boolean namesTime() {
    return !phrase.isEmpty();
  }
}
