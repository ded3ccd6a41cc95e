package org.corpusbot.corpus;

import java.util.List;

/**
 * An article as a reader found it, before cleaning: any field may be null. {@code where} names the
 * file (and line) for warnings; {@code dateText} is unparsed so that one place reports bad dates.
 */
public record RawArticle(
    String where,
    String id,
    String title,
    String dateText,
    String source,
    String url,
    List<String> authors,
    String body) {

  public RawArticle {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }
}
