package org.corpusbot.meetings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of each update of a live blog, run into the update's first sentence: "6:34 pm ET April
 * 27, 2026 Share this update Trumps show off beehive to king and queen Joey Garrison Following tea
 * with the king …" (22 rtqa articles, 17 to 86 updates each). Read as one sentence it made the
 * reporter a participant ("Joey Garrison" met Charles III), glued names across the seams ("Fernando
 * Cervantes Jr. Charles", "Queen Camilla James Powel") and took the headline's "talks between
 * Lebanon, Israel" for Rubio's. A headline is no sentence of the story (its update's text tells the
 * same), so the header is blanked through the byline.
 *
 * <p>Nothing marks where the headline ends and the byline starts, so the byline is found by how
 * reporters' names behave in a live blog: the same name stands in the headers of two or more
 * updates and nowhere else in the article, none of its words is a title, a place or a word the
 * article also writes in lower case ("Joint Base", "Reuters The"). A header without such a name
 * keeps its words (only the time stamp goes): a guess at the seam would cut the update's own text.
 */
final class LiveBlogHeaders {
  private static final String MARK = "Share this update";

  private static final Pattern HEADER =
      Pattern.compile(
          "(?m)^[ \\t]*\\d{1,2}:\\d\\d [ap]\\.?m\\.? [A-Z]{2,4} \\p{Lu}\\p{Ll}+\\.? \\d{1,2}, \\d{4} "
              + MARK
              + " ");

  /** A reporter's name: two or three capitalised words, a middle initial, "Jr.", "de Visé". */
  private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’-]+";

  private static final String MORE_WORD =
      "(?: \\p{Lu}\\.)? (?:(?:de|van|von|da|del) )?" + NAME_WORD;

  /** Names of two and of three words, each tried wherever a word starts. */
  private static final List<Pattern> NAMES =
      List.of(
          Pattern.compile(NAME_WORD + MORE_WORD + "(?: Jr\\.)?(?= \\p{Lu})"),
          Pattern.compile(NAME_WORD + MORE_WORD + MORE_WORD + "(?: Jr\\.)?(?= \\p{Lu})"));

  private static final Pattern AND_NAME =
      Pattern.compile(
          " and " + NAME_WORD + MORE_WORD + "(?:" + MORE_WORD + ")?(?: Jr\\.)?(?= \\p{Lu})");

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");

  /** How far into an update its byline may end: a headline and one or two names. */
  private static final int REACH = 200;

  /** An update's header: where it starts, where its time stamp ends, how far its byline may go. */
  private record Window(int start, int stamped, int end) {
    boolean holds(int at) {
      return stamped <= at && at < end;
    }
  }

  private LiveBlogHeaders() {}

  /** {@code text} with each update's header blanked (spaces, so offsets stay). */
  static String blanked(String text, Lexicons lex) {
    if (!text.contains(MARK)) {
      return text;
    }
    List<Window> windows = new ArrayList<>();
    Matcher h = HEADER.matcher(text);
    while (h.find()) {
      windows.add(new Window(h.start(), h.end(), Math.min(text.length(), h.end() + REACH)));
    }
    if (windows.isEmpty()) {
      return text;
    }
    Set<String> bylines = bylines(text, windows, lex);
    StringBuilder out = new StringBuilder(text);
    for (Window w : windows) {
      int cut =
          namesIn(text, w).stream()
              .filter(n -> bylines.contains(n.group()))
              .mapToInt(MatchResult::end)
              .findFirst()
              .orElse(-1);
      if (cut < 0) {
        cut = w.stamped();
      } else {
        Matcher more = AND_NAME.matcher(text).region(cut, w.end());
        if (more.lookingAt()) {
          cut = more.end(); // "James Powel and Nicole Fallert"
        }
      }
      for (int i = w.start(); i < cut; i++) {
        out.setCharAt(i, ' ');
      }
    }
    return out.toString();
  }

  /**
   * Every name in a header's window, by where it starts, the two-word one before the three-word one
   * at the same word.
   */
  private static List<MatchResult> namesIn(String text, Window w) {
    List<MatchResult> out = new ArrayList<>();
    for (int at = w.stamped(); at < w.end(); at++) {
      if (!startsWord(text, at)) {
        continue;
      }
      for (Pattern p : NAMES) {
        Matcher m = p.matcher(text).region(at, w.end());
        if (m.lookingAt()) {
          out.add(m.toMatchResult());
        }
      }
    }
    return out;
  }

  /** Names standing in two or more headers and nowhere else, made of name words only. */
  private static Set<String> bylines(String text, List<Window> windows, Lexicons lex) {
    Map<String, Integer> headers = new HashMap<>();
    for (Window w : windows) {
      Set<String> here = new HashSet<>();
      namesIn(text, w).forEach(n -> here.add(n.group()));
      here.forEach(n -> headers.merge(n, 1, Integer::sum));
    }
    Set<String> lowerWords = new HashSet<>();
    Matcher words = WORD.matcher(text);
    while (words.find()) {
      String w = words.group();
      if (Character.isLowerCase(w.charAt(0))) {
        lowerWords.add(w);
      }
    }
    Set<String> out = new HashSet<>();
    for (Map.Entry<String, Integer> e : headers.entrySet()) {
      String name = e.getKey();
      if (e.getValue() >= 2
          && onlyInHeaders(text, name, windows)
          && nameWordsOnly(name, lowerWords, lex)) {
        out.add(name);
      }
    }
    return out;
  }

  private static boolean onlyInHeaders(String text, String name, List<Window> windows) {
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      int p = at;
      if (windows.stream().noneMatch(w -> w.holds(p))) {
        return false;
      }
    }
    return true;
  }

  private static boolean nameWordsOnly(String name, Set<String> lowerWords, Lexicons lex) {
    for (String w : name.split(" ")) {
      if (w.endsWith(".") || w.equals("de") || w.equals("van") || w.equals("von")) {
        continue; // an initial, "Jr.", a particle
      }
      String lower = w.toLowerCase(Locale.ROOT);
      boolean title = lex.titles.stream().anyMatch(t -> t.get(0).equals(lower));
      if (title
          || lowerWords.contains(lower)
          || lex.placesLower.contains(lower)
          || lex.countries.containsValue(w)
          || lex.orgWords.contains(lower)
          || lex.notNames.contains(lower)) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWord(String text, int at) {
    return at == 0 || !Character.isLetter(text.charAt(at - 1));
  }
}
