package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import org.corpusbot.corpus.BoilerplateSentences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session 36's rules (README, "Who met whom"): talks reported as "negotiating with B" and
 * "discussed X with B", each counted over the unlabelled corpora before it was added; the owner of
 * the people who met ("Trump's lawyers") is not one of them; a video player's embed is no sentence
 * of the story. A row is the text, " | ", and the named pairs expected, separated by "; ".
 */
class WithVerbsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Acme Medical Inc said it is negotiating with Borealis Health Corp on a merger. | Acme"
            + " Medical Inc - Borealis Health Corp",
        "Sen. Tom Lind has been negotiating with Sen. Ana Lutz on the bill for weeks. | Tom Lind -"
            + " Ana Lutz",
        "President Tom Lind discussed the latest developments with French President Ana Lutz on"
            + " Tuesday. | Tom Lind - Ana Lutz",
        "Former Defense Minister Tom Lind visited the island and discussed regional security with"
            + " President Ana Lutz. | Tom Lind - Ana Lutz; Tom Lind - Ana Lutz",
        // other ways of meeting and consulting, each seen a few times in the corpora
        "Vice President Tom Lind shook hands with House Speaker Ana Lutz on Tuesday. | Tom Lind -"
            + " Ana Lutz",
        "Sen. Tom Lind consulted with Gov. Ana Lutz before the vote. | Tom Lind - Ana Lutz",
        "Rep. Tom Lind huddled with Sen. Ana Lutz in the Capitol that night. | Tom Lind - Ana"
            + " Lutz",
        // a unit's parent named in apposition is no party
        "Westar Corp said it is negotiating with Noranda Exploration Inc, a unit of Noranda Inc."
            + " | Westar Corp - Noranda Exploration Inc",
        // a negation by "neither … nor"
        "But neither Tom Lind nor Omar Hale shook hands with Ana Lutz when they entered. | "
      })
  void talksWithBAreContacts(String row) {
    MadeUpText.assertRow(row);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // what was discussed is no party, listed or not
        "President Tom Lind discussed Norway on Tuesday. | ",
        "\"We discussed Trade, Norway, Ukraine, North Korea and Nuclear Arms Control,\" President"
            + " Tom Lind wrote on Tuesday. | ",
        // a "with" that belongs to another word of the clause
        "Gov. Tom Lind discussed the changing nature of his ties with Ana Lutz. | ",
        // negated, planned, or a mere notion
        "Sen. Tom Lind said he never discussed the 2020 election with Ana Lutz. | ",
        "Sen. Tom Lind will begin negotiating with Ana Lutz next week. | ",
        "The White House seemed to reject the idea of negotiating with Congress on the budget. | ",
        // the people a person has met, not the person
        "Sen. Tom Lind was in Ohio on Monday. Lind's lawyers met with Ana Lutz in December. | ",
        // a person's own act stays theirs
        "Tom Lind's call with Sen. Ana Lutz came on Monday. | Tom Lind - Ana Lutz"
      })
  void whatWasDiscussedOrWhoseAreNoParties(String row) {
    MadeUpText.assertRow(row);
  }

  @Test
  void aPronounAfterAVideoEmbedIsNotItsTitle() {
    MadeUpText.assertRow(
        "Prince Tom Lind toured the lab on Thursday.\n\nVideo Ad Feedback Woman at center of palace"
            + " row speaks out 05:10 - Source: CNN\n\nIt was there he also met President Ana Lutz. |"
            + " Tom Lind - Ana Lutz");
  }

  @Test
  void aVideoEmbedIsBoilerplateHoweverLongItsTitle() {
    assertThat(
            BoilerplateSentences.isBoilerplate(
                "Video Ad Feedback Lutz describes what she discussed with Lind in a long summit"
                    + " meeting in Bali 03:43 - Source: CNN"))
        .isTrue();
    assertThat(
            BoilerplateSentences.isBoilerplate(
                "Video Ad Feedback 04:16 - Source: CNN See an official's reaction to the texts"))
        .isTrue();
    assertThat(BoilerplateSentences.isBoilerplate("The video showed Lind meeting Lutz in Bali."))
        .isFalse();
  }

  @Test
  void aPopeEmeritusIsTitledSo() {
    MadeUpText.assertRow(
        "Pope Emeritus Tom Lind met with President Ana Lutz at the Vatican. | Tom Lind - Ana Lutz");
  }
}
