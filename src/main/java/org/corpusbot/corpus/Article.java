package org.corpusbot.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One news article, cleaned and ready to index.
 *
 * <p>{@code text} holds the body with paragraphs separated by a blank line ({@code "\n\n"}); every
 * character offset elsewhere in the system (passages, citations, events) refers to this string, so
 * a quote is always {@code text.substring(start, end)}. {@code date}, {@code source}, {@code url}
 * and {@code credit} are null when unknown; {@code credit} (a photo credit or similar) is metadata
 * and never part of {@code text}.
 */
public record Article(
    String id,
    String title,
    LocalDate date,
    String source,
    String url,
    List<String> authors,
    String text,
    String credit) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id is blank");
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("article " + id + " has no text");
    }
    title = blankToNull(title);
    if (title == null) {
      title = Titles.derive(text);
    }
    source = blankToNull(source);
    url = blankToNull(url);
    credit = blankToNull(credit);
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** Where to point a reader: the source name when known, else the URL's host, else null. */
  public String sourceOrHost() {
    if (source != null) {
      return source;
    }
    return url == null ? null : Urls.host(url);
  }
}
