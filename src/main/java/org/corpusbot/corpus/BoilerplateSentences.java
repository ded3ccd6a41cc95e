package org.corpusbot.corpus;

import java.util.regex.Pattern;

/**
 * Sentences that are page furniture rather than reporting: bylines, credits, calls to subscribe or
 * share, update notices, one-word fragments. Nothing should be answered from or summarised out of
 * them. Thread-safe.
 */
public final class BoilerplateSentences {
  private static final Pattern FURNITURE =
      Pattern.compile(
          "(?i)^(?:by [A-Z].{0,60}$|(?:photo|image|video|picture|illustration|credit)s?\\b.{0,80}$"
              + "|read (?:more|next|also)\\b|subscribe\\b|sign up\\b|click here\\b|follow (?:us|him|her|@)"
              + "|copyright\\b|©|all rights reserved|this (?:story|article|post) (?:has been|was) updated"
              + "|related:|watch:|listen:|advertisement\\b|share this\\b|download the\\b|get (?:the|our) .{0,40}newsletter"
              + "|contributing:|reporting by\\b|editing by\\b|\\(reporting by)");

  private BoilerplateSentences() {}

  public static boolean isBoilerplate(String sentence) {
    String s = sentence.strip();
    if (s.isEmpty() || FURNITURE.matcher(s).find() || Boilerplate.isCredit(s)) {
      return true;
    }
    int words = s.split("\\s+").length;
    if (words < 4) {
      return true;
    }
    return s.chars().noneMatch(Character::isLowerCase);
  }
}
