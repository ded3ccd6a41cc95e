package org.corpusbot.retrieval;

import org.corpusbot.corpus.Article;

/**
 * The part of an article the costly stages read (chunking and embedding, contact extraction): at
 * most its first {@code maxChars} characters, cut after a whole word. Offsets into it are offsets
 * into the whole text, which is what the index stores.
 */
final class ArticleHead {
  private ArticleHead() {}

  static Article of(Article a, int maxChars) {
    if (a.text().length() <= maxChars) {
      return a;
    }
    int cut = maxChars;
    while (cut > maxChars / 2 && !Character.isWhitespace(a.text().charAt(cut))) {
      cut--;
    }
    return new Article(
        a.id(),
        a.title(),
        a.date(),
        a.source(),
        a.url(),
        a.authors(),
        a.text().substring(0, cut).stripTrailing(),
        a.credit(),
        a.file());
  }
}
