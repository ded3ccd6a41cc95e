package org.corpusbot.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rule-based English sentence splitter for news text that returns exact spans, so that a sentence
 * can always be quoted verbatim from its article.
 *
 * <p>A sentence ends at {@code . ! ? …} (plus closing quotes or brackets) followed by white space
 * and a capital, digit or opening quote, or at a line break. Titles and month abbreviations ("Mr.",
 * "Dr.", "Jan.") and initials ("J.") never end a sentence; abbreviations that often do ("U.S.",
 * "Inc.", "a.m.") end one only when a typical sentence opener follows.
 *
 * <p>No span is longer than {@value #MAX_CHARS} characters: a longer one is a run-on, a table or
 * text without punctuation, and is cut at white space. Every stage after this one (chunking,
 * part-of-speech tagging, summaries, answers) costs more than linear time in a sentence's length,
 * so this bound is what keeps one bad article from taking minutes. (The longest real sentence in
 * the rtqa and Reuters corpora has 1,225 characters.) Thread-safe.
 */
public final class SentenceSplitter {
  /** The longest span returned, in characters. */
  public static final int MAX_CHARS = 2_000;

  private static final Set<String> NEVER_FINAL =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "cpt",
          "sgt", "maj", "adm", "cmdr", "st", "rev", "hon", "pres", "supt", "insp", "jan", "feb",
          "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "vol",
          "vs", "v", "e.g", "i.e", "cf", "approx", "dept", "univ", "ft", "mt", "fig", "ald", "atty",
          "messrs", "mme", "mlle", "sr", "jr", "sens", "reps", "govs", "gens", "drs");
  private static final Set<String> OFTEN_FINAL =
      Set.of(
          "u.s", "u.k", "u.n", "e.u", "u.s.a", "d.c", "inc", "corp", "ltd", "co", "llc", "plc",
          "etc", "a.m", "p.m", "bros", "p.o");
  private static final Set<String> OPENERS =
      Set.of(
          "the",
          "a",
          "an",
          "he",
          "she",
          "it",
          "they",
          "we",
          "i",
          "you",
          "this",
          "that",
          "these",
          "those",
          "but",
          "and",
          "in",
          "on",
          "at",
          "for",
          "as",
          "if",
          "when",
          "while",
          "after",
          "before",
          "there",
          "his",
          "her",
          "its",
          "their",
          "our",
          "some",
          "many",
          "most",
          "one",
          "officials",
          "however",
          "meanwhile",
          "still",
          "yet",
          "so",
          "also",
          "according",
          "last",
          "earlier",
          "later",
          "what",
          "who",
          "why",
          "how",
          "no",
          "not",
          "both",
          "all");

  /** Sentence spans of {@code text}, in order, each trimmed of surrounding white space. */
  public List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    int start = skipSpace(text, 0);
    int i = start;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n') {
        add(out, text, start, i);
        start = skipSpace(text, i);
        i = start;
        continue;
      }
      if (c == '.' || c == '!' || c == '?' || c == '…') {
        int end = endOfTerminator(text, i);
        if (isBoundary(text, start, i, end)) {
          add(out, text, start, end);
          start = skipSpace(text, end);
          i = start;
          continue;
        }
        i = end;
        continue;
      }
      i++;
    }
    add(out, text, start, text.length());
    return out;
  }

  private static int endOfTerminator(String text, int i) {
    int j = i + 1;
    while (j < text.length() && ".!?…".indexOf(text.charAt(j)) >= 0) {
      j++;
    }
    while (j < text.length() && "\"'”’)]»".indexOf(text.charAt(j)) >= 0) {
      j++;
    }
    return j;
  }

  private boolean isBoundary(String text, int sentenceStart, int dot, int end) {
    if (end >= text.length()) {
      return true;
    }
    if (!Character.isWhitespace(text.charAt(end))) {
      return false;
    }
    int next = skipSpace(text, end);
    if (next >= text.length() || text.charAt(end) == '\n') {
      return true;
    }
    if (!startsSentence(text, next)) {
      return false;
    }
    if (text.charAt(dot) != '.' || end > dot + 1) {
      return true;
    }
    String word = wordBefore(text, sentenceStart, dot);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    String key = word.toLowerCase(Locale.ROOT);
    if (NEVER_FINAL.contains(key)) {
      return false;
    }
    if (OFTEN_FINAL.contains(key) || key.matches("(?:[a-z]\\.)+[a-z]")) {
      return OPENERS.contains(wordAfter(text, next).toLowerCase(Locale.ROOT));
    }
    return true;
  }

  private static boolean startsSentence(String text, int i) {
    char c = text.charAt(i);
    if (Character.isUpperCase(c) || Character.isDigit(c)) {
      return true;
    }
    if ("\"'“‘([«—–-".indexOf(c) >= 0 && i + 1 < text.length()) {
      char d = text.charAt(i + 1);
      return Character.isUpperCase(d) || Character.isDigit(d);
    }
    return false;
  }

  private static String wordBefore(String text, int from, int dot) {
    int s = dot;
    while (s > from
        && !Character.isWhitespace(text.charAt(s - 1))
        && "(\"“'‘".indexOf(text.charAt(s - 1)) < 0) {
      s--;
    }
    return text.substring(s, dot);
  }

  private static String wordAfter(String text, int i) {
    int e = i;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return text.substring(i, e);
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static void add(List<Span> out, String text, int start, int end) {
    while (end - start > MAX_CHARS) {
      int cut = start + MAX_CHARS;
      while (cut > start + MAX_CHARS / 2 && !Character.isWhitespace(text.charAt(cut))) {
        cut--;
      }
      if (!Character.isWhitespace(text.charAt(cut))) {
        cut = start + MAX_CHARS; // one 1,000-character word: cut it anyway
      }
      trimmed(out, text, start, cut);
      start = skipSpace(text, cut);
    }
    trimmed(out, text, start, end);
  }

  private static void trimmed(List<Span> out, String text, int start, int end) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Span(start, end));
    }
  }
}
