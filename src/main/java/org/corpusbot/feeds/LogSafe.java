package org.corpusbot.feeds;

/** Text that crossed the wire (feed titles, URLs, server messages), made safe for one log line. */
final class LogSafe {
  private static final int MAX = 200;

  private LogSafe() {}

  /** Control characters (a forged log line's newline) as '?', at most {@value #MAX} characters. */
  static String line(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(Math.min(s.length(), MAX + 1));
    for (int i = 0; i < s.length() && out.length() < MAX; i++) {
      char c = s.charAt(i);
      out.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? '?' : c);
    }
    return s.length() > MAX ? out + "…" : out.toString();
  }

  static String cut(String s) {
    return line(s);
  }
}
