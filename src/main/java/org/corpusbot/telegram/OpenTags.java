package org.corpusbot.telegram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tracks which HTML elements are open at the end of a piece of Telegram HTML. */
final class OpenTags {
  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z-]+)([^>]*)>");

  private OpenTags() {}

  /** The start tags still open at the end of {@code html}, outermost first. */
  static List<String> at(String html) {
    Deque<String> stack = new ArrayDeque<>();
    Matcher m = TAG.matcher(html);
    while (m.find()) {
      if (m.group(1).isEmpty()) {
        stack.push(m.group());
      } else if (!stack.isEmpty()) {
        stack.pop();
      }
    }
    List<String> out = new ArrayList<>(stack);
    java.util.Collections.reverse(out);
    return out;
  }

  static String closing(List<String> open) {
    StringBuilder sb = new StringBuilder();
    for (int i = open.size() - 1; i >= 0; i--) {
      Matcher m = TAG.matcher(open.get(i));
      if (m.matches()) {
        sb.append("</").append(m.group(2)).append('>');
      }
    }
    return sb.toString();
  }

  static String opening(List<String> open) {
    return String.join("", open);
  }
}
