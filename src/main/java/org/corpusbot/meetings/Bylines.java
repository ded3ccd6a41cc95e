package org.corpusbot.meetings;

import java.util.regex.Pattern;

/**
 * A reporter's byline on a line of its own after a dash ("– Courtney Subramanian", "- Ella Lee"),
 * as live blogs sign each update: 5,813 times in the rtqa articles. Blanked before the rules read
 * the text, so that a reporter is never a participant nor the person a later "he" or "she" is taken
 * for ("–Courtney Subramanian … Johnson said he spoke to Zelenskyy" paired the reporter with
 * Zelenskyy). Not after an em dash: "— Tomas Hale" under a quotation attributes it to someone the
 * story may go on about. Also the reporter named alone on the text's first line, as agency copy
 * opens ("Tong-Hyung Kim", then "Associated Press": 432 rtqa articles open with such a line, and
 * every one read was a reporter, an agency or a paper), whose surname would otherwise stand for a
 * leader's ("Trump and Kim met" read as the reporter).
 */
final class Bylines {
  private static final Pattern BYLINE =
      Pattern.compile(
          "(?m)^[ \\t]*[–-] ?\\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){1,2}[ \\t]*$");

  private static final String NAME = "\\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){1,2}";

  /** The first line when it is only a name or two ("By Jill Lawless and Danica Kirka"). */
  private static final Pattern OPENING =
      Pattern.compile("\\A\\s*(?:By )?" + NAME + "(?:,? (?:and|&) " + NAME + ")?[ \\t]*(?=\\R)");

  private Bylines() {}

  /** The text with each byline line blanked: offsets stay those of the article. */
  static String blanked(String text) {
    return Blanked.matches(OPENING, Blanked.matches(BYLINE, text));
  }
}
