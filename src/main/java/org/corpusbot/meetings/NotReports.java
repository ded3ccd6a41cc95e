package org.corpusbot.meetings;

import java.util.regex.Pattern;

/**
 * Text that reports no contact whatever its words: a question the article asks ("When is Donald
 * Trump visiting the White House?", "Vice President Harris, have you ever met Vladimir Putin?"),
 * and the label of a link to another story run into the text ("More:Donald Trump meets Kim Jong
 * Un", "Candidate tracker:Where …"), which glued to the first name made "More:Donald Trump". A
 * question quoted inside a report keeps its quotation marks and is left to the other rules. A video
 * player's embed ("Video Ad Feedback Woman at center of … speaks out 05:10 - Source: CNN") is
 * another story's title: blanked whole, so that no pronoun later resolves to a name in it.
 */
final class NotReports {
  /** A label glued to the headline it links, at a line's start: "More:", "Iowa caucuses:". */
  private static final Pattern LINK =
      Pattern.compile("(?m)^[ \\t]*\\p{L}[\\p{L}\\d'’ -]{0,40}:(?=\\p{L})");

  /** A video embed's line: "Video Ad Feedback", another video's title, its length and source. */
  private static final Pattern VIDEO_EMBED = Pattern.compile("(?m)^[ \\t]*Video Ad Feedback\\b.*$");

  /** Quotation marks; not "’", which is also the apostrophe of "Trump’s". */
  private static final Pattern QUOTES = Pattern.compile("[\"“”‘]|''");

  private NotReports() {}

  static boolean question(String sentence) {
    String s = sentence.strip();
    return s.endsWith("?") && !QUOTES.matcher(s).find();
  }

  /** {@code text} with link labels blanked (spaces, so offsets stay), the headlines kept. */
  static String withoutLinkLabels(String text) {
    return Blanked.matches(LINK, text);
  }

  /** {@code text} with video embeds' lines blanked (spaces, so offsets stay). */
  static String withoutVideoEmbeds(String text) {
    return Blanked.matches(VIDEO_EMBED, text);
  }
}
