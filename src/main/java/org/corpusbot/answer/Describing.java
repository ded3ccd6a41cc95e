package org.corpusbot.answer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that describe people rather than name one: a place's adjective ("Canadian", "Republican"),
 * and words of race, faith or party that news capitalises ("Black", "Catholic", "Democrat", {@code
 * answer/describing.txt}), several of which are surnames too ("Brown", "White") or answer "who won"
 * ("Republicans", "Labour"). So they are read as describing only where they stand before a noun
 * ("two young Black lawmakers", "the Republican nominee"). Thread-safe.
 */
final class Describing {
  private static final Pattern PLACE_ADJECTIVE =
      Pattern.compile("\\p{Lu}\\p{L}+(?:ian|ean|ese|ish|ican|ccan|uban|rman|ghan|yan|lan)s?");
  private static final Set<String> WORDS = WordList.read("/answer/describing.txt");

  /** A noun after a describing word: a plural, or a word for a person or a body. */
  private static final Pattern NOUN_AFTER =
      Pattern.compile(
          "\\s+(?:\\p{Ll}+s|nominee|candidate|lawmaker|senator|leader|voter|man|woman|people"
              + "|community|church|party|member|official|group|caucus|majority|minority|bishop"
              + "|priest|activist|student|family|congressman|congresswoman)\\b");

  private Describing() {}

  /** "Canadian", "Afghans": a place's adjective, alone never a name. */
  static boolean placeAdjective(String word) {
    return !word.contains(" ") && PLACE_ADJECTIVE.matcher(word.strip()).matches();
  }

  /** Whether {@code word} is a listed word of race, faith or party ("Republicans", "Black"). */
  static boolean listed(String word) {
    return WORDS.contains(word.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether {@code span} of {@code sentence} is two or more describing words before a noun: "the
   * lone Black Republican senator" describes Tim Scott and names no one (user trial 59: "Which
   * senator endorsed him?" was answered "Black Republican").
   */
  static boolean describesOnly(String sentence, org.corpusbot.corpus.Span span) {
    String[] words = span.of(sentence).split("\\s+");
    if (words.length < 2) {
      return false;
    }
    for (String w : words) {
      if (!listed(w) && !placeAdjective(w)) {
        return false;
      }
    }
    return NOUN_AFTER.matcher(sentence).region(span.end(), sentence.length()).lookingAt();
  }

  /**
   * Whether {@code word} of {@code text} is a listed describing word standing before a noun there
   * ("Black lawmakers", "Catholic bishops"), not a name ("What did White say?").
   */
  static boolean describes(String word, String text) {
    if (!listed(word)) {
      return false;
    }
    // indexOf with word edges, not a pattern compiled per call: it runs for each span of a "who"
    String w = word.strip();
    Matcher noun = NOUN_AFTER.matcher(text);
    for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
      int end = at + w.length();
      boolean whole =
          (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
              && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
      if (whole && noun.region(end, text.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }
}
