package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A live blog's update headers ("6:34 pm ET April 27, 2026 Share this update", headline, byline)
 * run into each update's first sentence. Every text is made up.
 */
class LiveBlogHeadersTest {
  private static final Lexicons LEX = Lexicons.get();

  private static final String BLOG =
      "7:10 pm ET May 2, 2026 Share this update Lind hosts king for tea Nora Pell Following tea"
          + " with the king, President Tom Lind showed off the garden.\n\n"
          + "6:47 pm ET May 2, 2026 Share this update Watch the moment the Linds greet King Olav,"
          + " Queen Sonja Nora Pell President Lind greeted the royals at the White House.\n\n"
          + "6:20 pm ET May 2, 2026 Share this update Talks between Norway, Sweden go on Ada Brun"
          + " and Nora Pell Ministers met again in Oslo on Tuesday.\n";

  @Test
  void aRecurringBylineEndsTheHeaderItBlanks() {
    String out = LiveBlogHeaders.blanked(BLOG, LEX);
    assertThat(out).hasSameSizeAs(BLOG);
    assertThat(out)
        .doesNotContain("Nora Pell", "Share this update", "Lind hosts king", "Queen Sonja");
    assertThat(out).contains("Following tea with the king", "President Lind greeted the royals");
    // the second name of a shared byline goes with the first
    assertThat(out).doesNotContain("Ada Brun", "Talks between Norway").contains("Ministers met");
  }

  @Test
  void theReporterIsNoParticipantAndNoNameIsGluedAcrossTheSeam() {
    assertThat(MadeUpText.namedPairs(BLOG))
        .noneMatch(p -> p.contains("Nora Pell"))
        .noneMatch(p -> p.contains("Sonja Nora"))
        .noneMatch(p -> p.contains("Norway"));
  }

  @Test
  void aNameTheStoryAlsoUsesIsNoBylineAndAHeaderWithoutOneKeepsItsWords() {
    String text =
        "9:00 am ET May 3, 2026 Share this update Sara Vick meets Tom Lind Sara Vick met Tom Lind"
            + " in Oslo.\n\n"
            + "8:00 am ET May 3, 2026 Share this update Sara Vick arrives Sara Vick landed.\n\n"
            + "Sara Vick, the foreign minister, said the talks went well.\n";
    String out = LiveBlogHeaders.blanked(text, LEX);
    assertThat(out).doesNotContain("Share this update").contains("Sara Vick meets Tom Lind");
  }

  @Test
  void textWithoutUpdatesIsTheSameString() {
    String text = "Tom Lind met Sara Vick in Oslo on Monday.";
    assertThat(LiveBlogHeaders.blanked(text, LEX)).isSameAs(text);
  }
}
