package org.corpusbot.meetings;

import java.util.regex.Pattern;

/**
 * Photo credits in captions ("Ludovic Marin/AFP/Getty Images", "Julian Simmonds/Daily
 * Telegraph/PA/AP"), blanked so that a photographer is never a participant, a pronoun's referent or
 * the start of the caption's subject ("…/Getty Images Douglas Ross, leader of …, meets with
 * Sunak"). They are in 796 of the 6,089 rtqa articles, 4,645 times. Only the agency ends a credit;
 * what follows it is the caption.
 */
final class PhotoCredits {
  // an initial may end in a period, a word may not: "the White House. Name/AFP" keeps its period
  private static final String WORD = "\\p{Lu}(?:[\\p{L}'’\\-]+|\\.)";
  // NOTE: the segments between slashes are bounded ({0,5}: "A B/Daily Telegraph/PA/AP" has three);
  // unbounded, Java's matcher recursed once per segment, and a long run of "Ab/Cd/…" in a damaged
  // article overflowed the stack.
  private static final Pattern CREDIT =
      Pattern.compile(
          "\\b(?:"
              + WORD
              + "\\s){0,2}"
              + WORD
              + "(?:/[\\p{L}'’.\\- ]{1,40}?){0,5}/(?:Getty Images|AFP|AP|Reuters|Redux|Bloomberg|CNN"
              + "|Pool|EPA|EPA-EFE|Shutterstock|Sipa USA|NurPhoto|ZUMA Wire|SOPA Images)\\b");

  private PhotoCredits() {}

  /** The text with each credit replaced by spaces: offsets stay those of the article. */
  static String blanked(String text) {
    if (text.indexOf('/') < 0) {
      return text; // NOTE: most Reuters stories; the pattern is not run over them
    }
    return Blanked.matches(CREDIT, text);
  }
}
