package org.corpusbot.telegram.sim;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * Parses text the way Telegram parses {@code parse_mode=HTML}: only its supported tags, properly
 * nested, and only the entities {@code &lt; &gt; &amp; &quot;} and numeric ones. Returns the
 * visible text, or throws with Telegram's "can't parse entities" description.
 */
final class TelegramHtml {
  private static final Set<String> TAGS =
      Set.of(
          "b",
          "strong",
          "i",
          "em",
          "u",
          "ins",
          "s",
          "strike",
          "del",
          "span",
          "tg-spoiler",
          "a",
          "code",
          "pre",
          "blockquote",
          "tg-emoji");

  private TelegramHtml() {}

  static final class ParseException extends Exception {
    ParseException(String message) {
      super("Bad Request: can't parse entities: " + message);
    }
  }

  static String visibleText(String html) throws ParseException {
    StringBuilder out = new StringBuilder();
    Deque<String> open = new ArrayDeque<>();
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c == '<') {
        int end = html.indexOf('>', i);
        if (end < 0) {
          throw new ParseException("Unclosed start tag at byte offset " + i);
        }
        tag(html.substring(i + 1, end), open, i);
        i = end + 1;
      } else if (c == '&') {
        int semi = html.indexOf(';', i);
        String entity = semi < 0 ? "" : html.substring(i + 1, semi);
        out.append(entity(entity, i));
        i = semi + 1;
      } else if (c == '>') {
        throw new ParseException(
            "Character '>' is reserved and must be escaped at byte offset " + i);
      } else {
        out.append(c);
        i++;
      }
    }
    if (!open.isEmpty()) {
      throw new ParseException(
          "Can't find end tag corresponding to start tag \"" + open.peek() + "\"");
    }
    return out.toString();
  }

  private static void tag(String body, Deque<String> open, int at) throws ParseException {
    boolean closing = body.startsWith("/");
    String name =
        (closing ? body.substring(1) : body).split("[\\s=]", 2)[0].toLowerCase(Locale.ROOT);
    if (!TAGS.contains(name)) {
      throw new ParseException("Unsupported start tag \"" + name + "\" at byte offset " + at);
    }
    if (!closing) {
      open.push(name);
      return;
    }
    if (open.isEmpty() || !open.peek().equals(name)) {
      throw new ParseException("Unexpected end tag at byte offset " + at);
    }
    open.pop();
  }

  private static String entity(String e, int at) throws ParseException {
    switch (e) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "amp":
        return "&";
      case "quot":
        return "\"";
      default:
        if (e.matches("#\\d{1,7}")) {
          return new String(Character.toChars(Integer.parseInt(e.substring(1))));
        }
        if (e.matches("#x[0-9a-fA-F]{1,6}")) {
          return new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
        }
        throw new ParseException(
            "Character '&' is reserved and must be escaped at byte offset " + at);
    }
  }
}
