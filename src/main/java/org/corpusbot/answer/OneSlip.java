package org.corpusbot.answer;

/**
 * Whether two words are one typing slip apart: one letter added, dropped or changed, or two
 * neighbours swapped (the optimal-string-alignment distance is 1). NOTE: written here rather than
 * taken from a library because Lucene's spell checker belongs to the retrieval package and Commons
 * Text's Levenshtein counts a swap as two slips; this is the one bounded case, in linear time.
 */
final class OneSlip {
  private OneSlip() {}

  /** True when {@code a} and {@code b} differ by exactly one slip. */
  static boolean apart(String a, String b) {
    if (a.length() < b.length()) {
      return apart(b, a);
    }
    int i = 0;
    while (i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (i == b.length()) {
      return a.length() == b.length() + 1; // one letter added at the end
    }
    if (a.length() == b.length() + 1) {
      return a.substring(i + 1).equals(b.substring(i)); // one letter added
    }
    if (a.length() != b.length()) {
      return false;
    }
    if (a.substring(i + 1).equals(b.substring(i + 1))) {
      return true; // one letter changed
    }
    return i + 1 < a.length()
        && a.charAt(i) == b.charAt(i + 1)
        && a.charAt(i + 1) == b.charAt(i)
        && a.substring(i + 2).equals(b.substring(i + 2)); // two neighbours swapped
  }
}
