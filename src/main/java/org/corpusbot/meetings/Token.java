package org.corpusbot.meetings;

import java.util.Locale;

/**
 * A token of a sentence with its offsets in the article and its part of speech (Universal
 * Dependencies tags: PROPN, NOUN, VERB, …). {@code word} has a trailing possessive removed.
 */
record Token(
    int index, String text, String word, int start, int end, String tag, boolean possessive) {

  String lower() {
    return word.toLowerCase(Locale.ROOT);
  }

  /** Whether this token is a possessive's "'s" split from its name ("Brazil" "'s"). */
  boolean possessiveMark() {
    String w = lower();
    return w.equals("'s") || w.equals("’s");
  }

  boolean capitalized() {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  boolean allCaps() {
    return word.length() >= 2
        && word.chars().anyMatch(Character::isLetter) // not "--", a dash between names
        && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '-' || c == '&');
  }

  /** Whether this token touches {@code prev}, with no space between them. */
  boolean gluedTo(Token prev) {
    return start == prev.end();
  }

  /**
   * Whether this token continues {@code prev} across a hyphen, as the tokenizer splits
   * "Jean-Pascal" ("Jean" "-" "Pascal") and "al-Assad" ("al-" "Assad"): glued, and one of them the
   * hyphen.
   */
  boolean hyphenatedTo(Token prev) {
    return gluedTo(prev)
        && (word.equals("-")
            || prev.word().endsWith("-")
            // "White" "-Hammond": the tokenizer sometimes keeps the hyphen on the second part; not
            // "Israel" "-Hamas talks", two parties
            || word.length() > 1
                && word.charAt(0) == '-'
                && Character.isUpperCase(word.charAt(1))
                && !Lexicons.get().places.contains(prev.word()));
  }
}
