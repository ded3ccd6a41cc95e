package org.corpusbot.summary;

/**
 * What a summary request asks for: the newest article, the article a description matches, or a
 * topic across articles ({@code text} is the description or the topic; empty for the newest).
 */
public record SummaryRequest(Kind kind, String text) {
  public enum Kind {
    LATEST,
    ARTICLE_ABOUT,
    TOPIC
  }

  public SummaryRequest {
    text = text == null ? "" : text.strip();
    if (kind != Kind.LATEST && text.isEmpty()) {
      throw new IllegalArgumentException(kind + " needs a text");
    }
  }
}
