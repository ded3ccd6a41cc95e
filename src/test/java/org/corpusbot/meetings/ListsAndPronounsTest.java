package org.corpusbot.meetings;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Shapes of dev misses (session 38) that recur across the corpora: "they" after a speaker named
 * with others, the person after a nationality's head noun the tagger misreads, a posting platform
 * that is no person. Every sentence is made up. A row is the text, " | ", and the named pairs
 * expected, separated by "; ".
 */
class ListsAndPronounsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        // "they" after "A and B said" is both of them
        "Ana Lutz and Tom Lind said they had spoken to Sara Vick on Wednesday. | Ana Lutz - Sara"
            + " Vick; Tom Lind - Sara Vick",
        "Harlow Steel Corp and the Norland Workers Union said they have begun negotiations. |"
            + " Harlow Steel Corp - Norland Workers Union",
        "Tom Lind said they met Sara Vick on Wednesday. | Tom Lind - Sara Vick",
        // the head noun after a possessive, whatever its tag, before "as well as"
        "Tom Lind met Sweden’s king as well as Crown Prince Haakon on Friday. | Tom Lind - Haakon",
        // a platform one posts on is no person a pronoun can stand for
        "President Tom Lind spoke on Monday. “We have a deal,” he said on Truth Social,"
            + " describing his meeting with Sara Vick. | Tom Lind - Sara Vick"
      })
  void pairs(String row) {
    MadeUpText.assertRow(row);
  }
}
