package org.corpusbot.meetings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A photo gallery's header before each caption ("Hide Caption 10 of 53 Photos: The heir apparent:
 * Britain's Prince Charles Prince Charles meets …"), blanked so that the gallery's title is not
 * read as the start of the caption's subject ("Charles Charles" met Richard Nixon). The title has
 * no punctuation of its own to end it, but it is the same before every caption of its gallery, so
 * the words all of them share after the header are the title. Offsets stay those of the article;
 * the evidence is still the sentence as written. In 24 of the 6,089 rtqa articles, 1,517 times.
 */
final class GalleryTitles {
  private static final Pattern HEADER = Pattern.compile("Hide Caption \\d+ of (\\d+) Photos: ");

  /** Below this many captions a shared opening may be the captions' own ("Prince Charles …"). */
  private static final int MIN_CAPTIONS = 3;

  /** A title is a line's worth at most. */
  private static final int MAX_TITLE = 120;

  private GalleryTitles() {}

  static String blanked(String text) {
    if (!text.contains("Hide Caption")) {
      return text; // NOTE: nearly every article; the pattern is not run over them
    }
    Map<String, List<int[]>> galleries = new LinkedHashMap<>();
    Matcher m = HEADER.matcher(text);
    while (m.find()) {
      galleries
          .computeIfAbsent(m.group(1), k -> new ArrayList<>())
          .add(new int[] {m.start(), m.end()});
    }
    StringBuilder out = new StringBuilder(text);
    for (List<int[]> headers : galleries.values()) {
      int title = headers.size() >= MIN_CAPTIONS ? sharedWords(text, headers) : 0;
      for (int[] h : headers) {
        for (int i = h[0]; i < Math.min(text.length(), h[1] + title); i++) {
          out.setCharAt(i, ' ');
        }
      }
    }
    return out.toString();
  }

  /** How many characters after every header are the same, up to the last space among them. */
  private static int sharedWords(String text, List<int[]> headers) {
    int start = headers.get(0)[1];
    int n = 0;
    boolean same = true;
    while (same && n < MAX_TITLE && start + n < text.length()) {
      char ch = text.charAt(start + n);
      for (int[] h : headers) {
        same &= h[1] + n < text.length() && text.charAt(h[1] + n) == ch;
      }
      n += same ? 1 : 0;
    }
    int space = text.lastIndexOf(' ', start + n - 1);
    return space >= start ? space - start + 1 : 0;
  }
}
