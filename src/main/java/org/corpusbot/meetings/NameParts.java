package org.corpusbot.meetings;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Rules about the words of a name: titles, nationalities, places, organisations, fillers. */
final class NameParts {
  /** Capitalised words that start sentences or name times, never people. */
  static final Set<String> NOT_NAMES =
      Set.of(
          "the",
          "a",
          "an",
          "in",
          "at",
          "after",
          "before",
          "including",
          "but",
          "and",
          "or",
          "on",
          "for",
          "with",
          "as",
          "by",
          "from",
          "to",
          "of",
          "this",
          "that",
          "these",
          "those",
          "it",
          "he",
          "she",
          "they",
          "we",
          "i",
          "his",
          "her",
          "their",
          "its",
          "our",
          "also",
          "both",
          "neither",
          "officials",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec",
          "thus",
          "among",
          "while",
          "during",
          "since",
          "until",
          "when",
          "where",
          "however",
          "meanwhile",
          "earlier",
          "later",
          "last",
          "next",
          "one",
          "two",
          "three",
          "some",
          "many",
          "most",
          "all",
          "there",
          "here",
          "under",
          "over",
          "about",
          "according",
          "if",
          "then",
          "so",
          "yet",
          "such",
          "no",
          "not",
          "preview",
          "photo",
          "mr",
          "mrs",
          "ms",
          "dr",
          "talks",
          "summit",
          "meeting",
          "reuter",
          "reuters",
          "addition");

  private NameParts() {}

  /** The words without leading nationalities and titles ("Brazilian Finance Minister …"). */
  static List<String> withoutTitle(List<String> words, Lexicons lex) {
    return words.subList(nameStart(words, lex), words.size());
  }

  /**
   * Where the name starts: after leading nationalities and titles, or after a title inside the run
   * ("International Monetary Fund Managing Director Michel Camdessus").
   */
  static int nameStart(List<String> words, Lexicons lex) {
    return Math.max(titleLength(words, lex), afterInnerTitle(words, lex));
  }

  /** How many leading words are nationalities or titles. */
  static int titleLength(List<String> words, Lexicons lex) {
    int i = 0;
    boolean progress = true;
    while (progress && i < words.size()) {
      progress = false;
      for (List<List<String>> list : List.of(lex.demonyms, lex.titles)) {
        int n = match(words, i, list);
        if (n > 0) {
          i += n;
          progress = true;
          break;
        }
      }
    }
    return i;
  }

  /**
   * Where the name starts after a title inside a run ("International Monetary Fund Managing
   * Director Michel Camdessus" → 6), or -1 when no title is followed by at least one more word.
   */
  static int afterInnerTitle(List<String> words, Lexicons lex) {
    for (int p = words.size() - 2; p > 0; p--) {
      int n = match(words, p, lex.titles);
      if (n > 0 && p + n < words.size()) {
        return p + n;
      }
    }
    return -1;
  }

  private static int match(List<String> words, int at, List<List<String>> phrases) {
    for (List<String> p : phrases) {
      if (at + p.size() <= words.size()) {
        boolean ok = true;
        for (int k = 0; k < p.size() && ok; k++) {
          ok = clean(words.get(at + k)).toLowerCase(Locale.ROOT).equals(p.get(k));
        }
        if (ok) {
          return p.size();
        }
      }
    }
    return 0;
  }

  /** True when the words look like a person's name: no place, organisation or filler word. */
  static boolean isPersonName(List<String> words, Lexicons lex) {
    if (words.isEmpty() || lex.places.contains(String.join(" ", words))) {
      return false;
    }
    for (String w : words) {
      String l = clean(w).toLowerCase(Locale.ROOT);
      if (lex.orgWords.contains(l) || NOT_NAMES.contains(l) || lex.places.contains(clean(w))) {
        return false;
      }
      if (w.length() > 1
          && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
        return false; // an acronym (UAW, NYT) is an organisation
      }
    }
    return true;
  }

  static boolean isOrganisation(List<String> words, Lexicons lex) {
    for (String w : words) {
      if (lex.orgWords.contains(clean(w).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    String only = words.size() == 1 ? clean(words.get(0)) : "";
    return only.length() >= 2
        && only.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  /** A word without a possessive ending or trailing punctuation. */
  static String clean(String w) {
    // NOTE: called for every word of every name compared; char tests instead of replaceAll,
    // which compiled two patterns a call and was the extractor's largest cost.
    int end = w.length();
    if (end >= 2 && w.charAt(end - 1) == 's' && apostrophe(w.charAt(end - 2))) {
      end -= 2; // "Smith's"
    } else if (end >= 1 && apostrophe(w.charAt(end - 1))) {
      end -= 1; // "Reuters'"
    }
    while (end > 0 && ",;:".indexOf(w.charAt(end - 1)) >= 0) {
      end--;
    }
    return end == w.length() ? w : w.substring(0, end);
  }

  private static boolean apostrophe(char ch) {
    return ch == '\'' || ch == '’';
  }
}
