package org.corpusbot.corpus;

import java.util.Objects;

/**
 * A run of whole sentences of one article: the unit that is indexed, retrieved and cited. {@code
 * text} equals {@code article.text().substring(start, end)}.
 */
public record Passage(String articleId, int ordinal, int start, int end, String text) {
  public Passage {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start || text.length() != end - start) {
      throw new IllegalArgumentException(
          "passage " + articleId + "#" + ordinal + " has inconsistent offsets");
    }
  }
}
