package org.corpusbot.app;

/**
 * Makes text safe for one log line: control characters (newlines, carriage returns, escape
 * sequences) and Unicode line and direction overrides become visible escapes, so a file name, a
 * message or an error text from outside cannot forge a log line or repaint a terminal. Tabs and
 * printable Unicode stay as they are.
 */
final class LogText {
  private LogText() {}

  static String escape(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String esc = escapeOf(c);
      if (esc != null && sb == null) {
        sb = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (sb != null) {
        if (esc != null) {
          sb.append(esc);
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? s : sb.toString();
  }

  private static String escapeOf(char c) {
    switch (c) {
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return null;
      default:
        break;
    }
    boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
    boolean lineOrDirection =
        c == '\u2028'
            || c == '\u2029'
            || (c >= '\u202a' && c <= '\u202e')
            || (c >= '\u2066' && c <= '\u2069');
    return control || lineOrDirection ? String.format("\\u%04x", (int) c) : null;
  }
}
