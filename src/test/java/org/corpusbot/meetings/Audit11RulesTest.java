package org.corpusbot.meetings;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The wrong contacts and broken names of the eleventh precision audit (session 36, rtqa articles
 * longer than 12,000 characters; README, "Who met whom"), each rule checked over both corpora
 * before it was kept. Every sentence is made up. A row is the text, " | ", and the named pairs
 * expected, separated by "; ".
 */
class Audit11RulesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        // a body's words before a title leave the person after it a person
        "Justice Samuel Alito was in Rome on Monday. Supreme Court Justice Alito spoke to Donald"
            + " Trump on Tuesday. | Samuel Alito - Donald Trump",
        "White House Counsel Pat Cipollone met with Sen. Ana Lutz on Tuesday. | Pat Cipollone - Ana"
            + " Lutz",
        "Harlow County Sheriff Tom Lind said he spoke to Ana Lutz on Sunday night. | Tom Lind -"
            + " Ana Lutz",
        // a purpose after a visit is no one visited, unless the purpose is itself talking
        "Former Vice President Tom Lind visited Arizona to campaign with Gov. Ana Lutz last month. | ",
        "Sen. Tom Lind visited Mar-a-Lago to speak with President Ana Lutz. | Tom Lind - Ana Lutz",
        // a county is a place: visited, or a place in a lawmaker's tag
        "Sen. Tom Lind visited Harlow County and offered to fund state investigators. | ",
        "Rep. Ana Lutz, R-Schuylerville, Harlow County, wrote a letter Friday to Gov. Tom Lind. |"
            + " Ana Lutz - Tom Lind",
        // a people is no person
        "Black Americans voted in large numbers. \"It has been an honor,\" President Tom Lind said in"
            + " a letter addressed to Americans. | ",
        // a guest acknowledged in a speech is no guest received
        "President Tom Lind welcomed Ana Lutz to Tuesday's State of the Union speech. | ",
        "President Tom Lind welcomed Ana Lutz to the White House on Tuesday. | Tom Lind - Ana Lutz"
      })
  void theAuditsWrongPairsAndBrokenNames(String row) {
    MadeUpText.assertRow(row);
  }
}
