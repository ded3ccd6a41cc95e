package org.corpusbot.corpus;

import java.util.List;

/** Derives a title for articles that come without one. */
final class Titles {
  private static final int MAX = 90;
  private static final int MIN_WORDS = 5;

  private Titles() {}

  /**
   * The first sentence of the first real paragraph, cut at a word boundary near {@value #MAX}
   * characters. Leading fragments ("CNN —", "1.", a byline) are passed over.
   */
  static String derive(String text) {
    String[] paragraphs = text.strip().split("\n\n");
    String first = paragraphs[0];
    for (String p : paragraphs) {
      if (p.split("\\s+").length >= MIN_WORDS) {
        first = p;
        break;
      }
    }
    List<Span> sentences = new SentenceSplitter().split(first);
    if (!sentences.isEmpty()) {
      first = sentences.get(0).of(first);
    }
    if (first.length() <= MAX) {
      return first;
    }
    int cut = first.lastIndexOf(' ', MAX);
    return first.substring(0, cut > 20 ? cut : MAX) + "…";
  }
}
