package org.corpusbot.corpus;

/** Derives a title for articles that come without one. */
final class Titles {
  private static final int MAX = 90;

  private Titles() {}

  /** The first sentence of the text, cut at a word boundary near {@value #MAX} characters. */
  static String derive(String text) {
    String first = text.strip();
    int para = first.indexOf("\n\n");
    if (para > 0) {
      first = first.substring(0, para);
    }
    var sentences = new SentenceSplitter().split(first);
    if (!sentences.isEmpty()) {
      first = first.substring(sentences.get(0).start(), sentences.get(0).end());
    }
    if (first.length() <= MAX) {
      return first;
    }
    int cut = first.lastIndexOf(' ', MAX);
    return first.substring(0, cut > 20 ? cut : MAX) + "…";
  }
}
