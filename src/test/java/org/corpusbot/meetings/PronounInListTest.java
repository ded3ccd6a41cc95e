package org.corpusbot.meetings;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session 48: a pronoun opening a list of subjects ("Blumenthal said he and Sen. Graham are in
 * talks") had been dropped, leaving the talks with one side. It is read only where a reader is sure
 * who it is: the speaker, the owner or subject named before it in the sentence, or the person named
 * last when it opens the sentence. Every sentence is made up; a row is the text, " | ", and the
 * named pairs expected, separated by "; ".
 */
class PronounInListTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        // the speaker
        "Senator Tom Lind said he and Senator Per Holm are in talks over the bill. | Tom Lind -"
            + " Per Holm",
        "Acme Medical Inc said it and Borealis Health Corp are in talks over a merger. | Acme"
            + " Medical Inc - Borealis Health Corp",
        "Minister Tom Lind said he and Finance Minister Per Holm had discussed the loan with"
            + " World Bank Vice-President Ana Vick. | Tom Lind - Ana Vick; Per Holm - Ana Vick",
        "President Tom Lind said that he and King Harald VII spoke by phone. | Tom Lind -"
            + " Harald VII",
        // the subject named before it
        "Secretary Tom Lind made a visit to Ramallah, where he and President Ana Vick talked about"
            + " the truce. | Tom Lind - Ana Vick",
        // the person named last, when the pronoun opens the sentence
        "President Tom Lind flew to Paris. He and President Ana Vick met at the palace on"
            + " Saturday. | Tom Lind - Ana Vick",
        "Senator Ana Vick asked for the records. In August, she and Senator Per Holm sent"
            + " Secretary Tom Lind a letter. | Ana Vick - Tom Lind; Per Holm - Tom Lind"
      })
  void thePronounIsKnown(String row) {
    MadeUpText.assertRow(row);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // a name in passing is not who "she" is
        "Ana Vick wore a Maria Lind dress at the palace, where she and President Tom Lind dined"
            + " with King Harald VII. | Tom Lind - Harald VII",
        // the one meant is named after it, or sentences before: no guess
        "A day after he and other senators visited President Ana Vick in Kyiv, Senator Tom Lind"
            + " said the alliance was strong. | ",
        "President Ana Vick called Chancellor Per Holm on Sunday. Prices rose a day after he and"
            + " President Tom Lind spoke with King Harald VII. | Ana Vick - Per Holm; Tom Lind -"
            + " Harald VII",
        "The minister said he and Senator Per Holm met on Monday. | ",
        // review of v102-v104: the speaker past "that", not a name inside his appositive; the
        // pronoun must fit the speaker; a possessive's owner is not the one meant
        "Senator Tom Lind, an ally of Governor Per Holm, said that he and Ana Vick met King Harald"
            + " VII. | Tom Lind - Harald VII; Ana Vick - Harald VII",
        "Tom Lind met Per Holm on Monday and said he and Ana Vick held talks in May. | Tom Lind -"
            + " Per Holm",
        "Senator Ana Vick said he and Governor Per Holm met on Monday. | ",
        "The White House said he and Governor Per Holm met on Monday. | ",
        "Tom Lind said it and Borealis Corp are in talks over a merger. | ",
        "When Tom Lind's finance minister arrived in Oslo, he and Ana Vick met King Harald VII. |"
            + " Ana Vick - Harald VII",
        "In a show of President Tom Lind's resolve, he and President Ana Vick spoke by phone on"
            + " Monday. | ",
        // "it" after a verb is an object
        "Acme Medical Inc discussed it and other matters with Borealis Health Corp on Monday. | Acme"
            + " Medical Inc - Borealis Health Corp",
        // a present tense in a "when" clause of a sentence about the future is a plan
        "Governor Tom Lind said the talks would start within two weeks, when he and Minister Per"
            + " Holm attend meetings of the Norland Fund in Oslo. | "
      })
  void notAGuess(String row) {
    MadeUpText.assertRow(row);
  }
}
