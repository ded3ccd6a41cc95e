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
              + "|contributing:|reporting by\\b|editing by\\b|\\(reporting by"
              // a video player's embed: "Video Ad Feedback <another video's title> 03:43 - Source:
              // CNN", however long the title
              + "|video ad feedback\\b"
              // the older player: "JUST WATCHED <title> Replay More Videos ... MUST WATCH <title>
              // 02:30"
              + "|just watched\\b|must watch\\b)");

  /**
   * The page's address to its reader rather than reporting, anywhere in a sentence: how to reach or
   * follow the reporter, newsletter and inbox offers, where a version of the story appeared,
   * privacy notices, advertising feedback, a transcript's disclaimer.
   */
  private static final Pattern ADDRESS =
      Pattern.compile(
          // the verb opens the line ("Reach …", "You can follow her …") and a name after it is
          // case-sensitive: "follow them", "reach its peak", "advised to contact …" are reporting
          "(?:^|(?i:\\bcan|\\balso|\\bplease|,) )(?i:reach|contact|email|follow) (?:(?i:him|her|me|the reporter) (?:at|on|via)\\b"
              + "|(?i:reporter )?[A-Z][\\w’'.-]*(?: [A-Z][\\w’'.-]*){0,2}(?: at| on (?:X|Twitter)|:))"
              + "|(?i:\\b(?:sign[ -]?up|subscribe|inbox|receive)\\b.{0,80}\\bnewsletter"
              + "|\\bnewsletter\\b.{0,80}\\b(?:sign[ -]?up|subscribe|inbox|daily digest|delivered)"
              + "|\\bto your inbox|^editor[’']?s note:|\\ba version of this story (?:first )?appear"
              + "|privacy policy|legitimate interest activity|please tick here"
              + "|manage your (?:registration|subscription|newsletter)"
              // a sign-up form's data notice, in its own words: "We will use the details you have
              // shared to …", "'We' includes The Week and other … brands"; not "the data you shared
              // with its apps" in a story
              + "|^we will use the (?:details|information) you (?:have )?shared\\b"
              + "|^['‘]we['’] includes .{0,80}\\bbrands\\b"
              + "|\\b\\d{1,2}:\\d{2} - source: cnn|\\breplay more videos\\b|^how relevant is this ad|\\bad froze\\b|video player was slow to load"
              + "|^this transcript was|differences between the audio and the text"
              + "|^explore the universe with news|^get the facts behind the news"
              + "|^prep for the polls|\\bin our voter guide)");

  /**
   * An e-mail address in a short line is a way to reach the reporter ("Reach her at …"); in a
   * longer sentence it is news (where voters send their ballots).
   */
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[a-z]{2,}");

  private static final int CONTACT_LINE_WORDS = 14;

  /**
   * A reporter's line about themselves: "Ana Lutz covers the White House.", "Ana Lutz is a trending
   * news reporter for USA TODAY."
   */
  private static final Pattern BIO =
      Pattern.compile(
          // a name, not a thing: "The Affordable Care Act covers …" is news
          "^(?!(?:The|A|An|This|That|These|Those|Its|Their|Our|His|Her|Each|Every)\\b)"
              + "[A-Z][\\w’'.-]+(?: [A-Z][\\w’'.-]+){1,3} (?:covers (?!(?:her|his|their|its|up)\\b)(?!.*\\b(?:as|while|when|after|before)\\b)[^,;]{0,80}$|is (?:a|an|the) [\\w ,/-]{0,60}"
              + "(?:reporter|correspondent|writer|columnist|editor)(?: (?:for|at|with) .{0,60})?\\.?$)");

  private BoilerplateSentences() {}

  /**
   * True when {@code sentence} is furniture by what it says (a byline, a credit, a call to
   * subscribe, a form's notice, a way to reach the reporter), not merely by being short or in
   * capitals as {@link #isBoilerplate} also takes.
   */
  public static boolean isFurniture(String sentence) {
    String s = sentence.strip();
    return furniture(s, s.split("\\s+").length);
  }

  private static boolean furniture(String s, int words) {
    return FURNITURE.matcher(s).find()
        || ADDRESS.matcher(s).find()
        || BIO.matcher(s).find()
        || Boilerplate.isCredit(s)
        || words <= CONTACT_LINE_WORDS && EMAIL.matcher(s).find();
  }

  public static boolean isBoilerplate(String sentence) {
    String s = sentence.strip();
    if (s.isEmpty()) {
      return true;
    }
    int words = s.split("\\s+").length;
    if (furniture(s, words) || words < 4) {
      return true;
    }
    return s.chars().noneMatch(Character::isLowerCase);
  }
}
