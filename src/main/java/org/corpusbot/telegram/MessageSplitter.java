package org.corpusbot.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Telegram HTML into messages below Telegram's limit of {@value #LIMIT} characters: at a
 * paragraph break if one fits, else at a sentence end, else at a space, and never inside a tag, an
 * entity or an open element (a quote block is not cut in two unless it alone is too long, in which
 * case it is closed and reopened around the cut).
 */
final class MessageSplitter {
  static final int LIMIT = 4096;

  private final int limit;

  MessageSplitter() {
    this(LIMIT - 96); // room for closing and reopening tags around a cut
  }

  MessageSplitter(int limit) {
    this.limit = limit;
  }

  /** Whether {@code html} goes out as one message (by the same measure as {@link #split}). */
  static boolean fitsOne(String html) {
    return html.strip().length() <= LIMIT - 96;
  }

  List<String> split(String html) {
    List<String> parts = new ArrayList<>();
    String rest = html.strip();
    String reopen = "";
    while (rest.length() > limit) { // raw length bounds the visible length from above
      int cut = cutPoint(rest);
      String head = reopen + rest.substring(0, cut).stripTrailing();
      List<String> open = OpenTags.at(head);
      parts.add(head + OpenTags.closing(open));
      reopen = OpenTags.opening(open);
      rest = rest.substring(cut).stripLeading();
    }
    if (!rest.isEmpty()) {
      parts.add(reopen + rest);
    }
    return parts;
  }

  /** Where to cut: the best safe boundary within the limit. */
  private int cutPoint(String s) {
    int max = Math.min(s.length(), limit);
    int best = lastSafe(s, max, "\n\n", true);
    if (best < 0) {
      best = lastSafe(s, max, ". ", false);
    }
    if (best < 0) {
      best = lastSafe(s, max, " ", false);
    }
    return best > 0 ? best : safeHardCut(s, max);
  }

  private static int lastSafe(String s, int max, String sep, boolean preferClosed) {
    for (int i = s.lastIndexOf(sep, max - sep.length()); i > 0; i = s.lastIndexOf(sep, i - 1)) {
      int cut = i + sep.length();
      if (cut > max / 4
          && insideNothing(s, cut)
          && (!preferClosed || OpenTags.at(s.substring(0, cut)).isEmpty())) {
        return cut;
      }
    }
    return -1;
  }

  private static int safeHardCut(String s, int max) {
    int cut = max;
    while (cut > 1 && !insideNothing(s, cut)) {
      cut--;
    }
    return cut;
  }

  /** True when position {@code at} is not inside a tag or an entity. */
  private static boolean insideNothing(String s, int at) {
    int lt = s.lastIndexOf('<', at - 1);
    int gt = s.lastIndexOf('>', at - 1);
    if (lt > gt) {
      return false;
    }
    int amp = s.lastIndexOf('&', at - 1);
    int semi = s.lastIndexOf(';', at - 1);
    return !(amp > semi && at - amp < 10);
  }
}
