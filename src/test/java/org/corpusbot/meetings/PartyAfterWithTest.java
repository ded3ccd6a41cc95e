package org.corpusbot.meetings;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session 48: a country or capital right after a trigger that ends in "with" or "to" ("is
 * negotiating with Pakistan", "had conversations with Moscow") had been read as a place visited, as
 * after "visited", and the talks kept one side. Read as a party, it showed subjects the rules had
 * found wrongly and now leave unnamed: someone described right before the verb ("before the
 * governor spoke with B"), "there are conversations with B". Every sentence is made up; a row is
 * the text, " | ", and the named pairs expected, separated by "; ".
 */
class PartyAfterWithTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        // a country or capital after "with" is a party
        "China is negotiating with Pakistan to buy 5,000 tonnes of cotton this year. | China -"
            + " Pakistan",
        "Canada has had conversations with Moscow in recent days. | Canada - Moscow",
        "Seoul consulted with the U.S. about the deployment on Monday. | Seoul - United States",
        // someone described, or no one, is the subject
        "Mayor Tom Lind of St. Paul asked for troops, before the governor spoke with the White"
            + " House. | ",
        "There is strong support for Sweden and Finland to join, and there are ongoing"
            + " conversations with Turkey. | ",
        // a call pending is still to come; something else pending is no plan (review of v103)
        "As the riot unfolded, the Pentagon had a pending call with the White House. | ",
        "Tom Lind, who has a pending case in court, met Per Holm on Monday. | Tom Lind - Per Holm",
        // a list ending with someone described, a "there" that is where (review of v103)
        "Senator Tom Lind and a translator met Governor Per Holm on Monday. | Tom Lind - Per Holm",
        "Ambassador Tom Lind and his staff there have held talks with Per Holm. | Tom Lind - Per"
            + " Holm",
        // a US state is no government that talks (review of v103)
        "Governor Tom Lind had a call with Florida about the storm. | ",
        // noun triggers read as verbs keep their subject past a noun before them
        "President Tom Lind had a state dinner with King Harald VII on Monday. | Tom Lind -"
            + " Harald VII",
        "Governor Ana Vick held a video call with Japan on Monday. | Ana Vick - Japan"
      })
  void partyAfterWith(String row) {
    MadeUpText.assertRow(row);
  }
}
