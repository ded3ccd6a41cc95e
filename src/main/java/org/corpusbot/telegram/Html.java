package org.corpusbot.telegram;

import java.util.regex.Pattern;

/** Telegram's HTML subset: escaping text into it and turning it back into plain text. */
final class Html {
  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  private Html() {}

  /** Escapes the three characters Telegram requires escaped in HTML text. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Escapes text for a double-quoted attribute value (an href). */
  static String attribute(String text) {
    return escape(text).replace("\"", "&quot;");
  }

  /** The text a reader would see: tags removed, entities decoded. */
  static String toPlainText(String html) {
    return TAG.matcher(html)
        .replaceAll("")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
  }
}
