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
 * and never part of {@code text}. {@code file} is the corpus file it was read from, relative to the
 * corpus root (null when it was not read from one, or was indexed before files were recorded): an
 * article is only taken for deleted when its file was read and no longer holds it.
 */
public record Article(
    String id,
    String title,
    LocalDate date,
    String source,
    String url,
    List<String> authors,
    String text,
    String credit,
    String file) {

  /** An article not read from a corpus file. */
  public Article(
      String id,
      String title,
      LocalDate date,
      String source,
      String url,
      List<String> authors,
      String text,
      String credit) {
    this(id, title, date, source, url, authors, text, credit, null);
  }

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
    file = blankToNull(file);
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
