package org.corpusbot.corpus;

import java.time.LocalDate;
import java.util.Objects;

/** What a citation shows of an article: everything but its text. Nullable as in {@link Article}. */
public record ArticleInfo(String id, String title, LocalDate date, String source, String url) {
  public ArticleInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
  }

  public static ArticleInfo of(Article a) {
    return new ArticleInfo(a.id(), a.title(), a.date(), a.sourceOrHost(), a.url());
  }
}
