package org.corpusbot.telegram;

/** Plain text (before escaping) made to fit: titles on buttons, quoted passages, cut answers. */
final class PlainText {
  private PlainText() {}

  /**
   * {@code text}, or its first {@code max} characters to a word boundary (when one is in the second
   * half) and an ellipsis.
   */
  static String shorten(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int space = text.lastIndexOf(' ', max - 1);
    return text.substring(0, space > max / 2 ? space : max - 1) + "…";
  }
}
