package org.corpusbot.meetings;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text with the matches of a pattern replaced by spaces, so that what the rules must not read
 * (photo credits, link labels) is gone while every offset into the article stays right.
 */
final class Blanked {
  private Blanked() {}

  /** {@code text} with each match of {@code p} blanked; the same string when none matches. */
  static String matches(Pattern p, String text) {
    Matcher m = p.matcher(text);
    StringBuilder out = null;
    while (m.find()) {
      if (out == null) {
        out = new StringBuilder(text);
      }
      for (int i = m.start(); i < m.end(); i++) {
        out.setCharAt(i, ' ');
      }
    }
    return out == null ? text : out.toString();
  }
}
