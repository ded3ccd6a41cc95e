package org.corpusbot.meetings;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a word is used across one article's text, for the names the lists cannot settle: how often it
 * stands alone, whether it stands as a place does ("in Baltimore", "Shanksville, Pennsylvania"),
 * whether a name goes on as a company's ("Goodyear Tire and Rubber Co"). Plain scans of the text,
 * cheap enough to run per article.
 */
final class WordsInText {
  /**
   * Words before a place: "in Baltimore", "central Gaza" (the place lists cannot hold them all).
   */
  private static final Pattern BEFORE_PLACE =
      Pattern.compile(
          "(?:\\b(?:in|near|across|into|outside|central|northern|southern|eastern"
              + "|western)\\s+)$");

  /** ", Pennsylvania" after a town: the state is group 1. */
  private static final Pattern STATE_AFTER =
      Pattern.compile(", (\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?)\\b");

  /** How many capitalised words may stand between a name and a company's suffix. */
  private static final int COMPANY_WORDS = 2;

  /** How much text after a name holds "and", two words and a suffix. */
  private static final int LOOK_AHEAD = 80;

  private WordsInText() {}

  /** How often {@code words} stand in {@code text} as whole words. */
  static int count(String text, String words) {
    int n = 0;
    for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
      if (wholeWord(text, at, at + words.length())) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether the word stands alone somewhere as a place does: "in Baltimore", "central Gaza",
   * "Shanksville, Pennsylvania" (a town before its state); not "in Xi's speech", "in Trump World
   * Tower".
   */
  static boolean placeAlone(String text, String word, Lexicons lex) {
    Matcher before = BEFORE_PLACE.matcher(text);
    Matcher state = STATE_AFTER.matcher(text);
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      int end = at + word.length();
      boolean possessive = end < text.length() && "'’".indexOf(text.charAt(end)) >= 0;
      boolean longerName =
          end + 1 < text.length()
              && text.charAt(end) == ' '
              && Character.isUpperCase(text.charAt(end + 1));
      if (!wholeWord(text, at, end) || possessive || longerName) {
        continue;
      }
      if (before.region(Math.max(0, at - 12), at).find()) {
        return true;
      }
      if (state.region(end, Math.min(text.length(), end + 24)).lookingAt()
          && lex.regions.contains(state.group(1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the name goes on somewhere as a company's, through "and" and up to two more capitalised
   * words, to a suffix of {@link NameParts#COMPANY_SUFFIXES}: "Goodyear Tire and Rubber Co".
   */
  static boolean startsLongerCompany(String text, String name) {
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      int from = at + name.length();
      String after = text.substring(from, Math.min(text.length(), from + LOOK_AHEAD));
      String[] next = after.stripLeading().split("\\s+", 5);
      int k = next.length > 0 && (next[0].equals("and") || next[0].equals("&")) ? 1 : 0;
      for (int words = 0; k < next.length && words <= COMPANY_WORDS; k++, words++) {
        String w = NameParts.clean(next[k]);
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
          break;
        }
        if (NameParts.COMPANY_SUFFIXES.contains(w.toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean wholeWord(String text, int from, int to) {
    return (from == 0 || !wordChar(text.charAt(from - 1)))
        && (to >= text.length() || !wordChar(text.charAt(to)));
  }

  private static boolean wordChar(char ch) {
    return Character.isLetter(ch) || ch == '-';
  }
}
