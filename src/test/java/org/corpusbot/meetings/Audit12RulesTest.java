package org.corpusbot.meetings;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The broken names of the twelfth precision audit (session 37, rtqa articles longer than 12,000
 * characters; README, "Who met whom") and the name shapes found beside them, each rule counted over
 * both corpora before it was kept. Every sentence is made up. A row is the text, " | ", and the
 * named pairs expected, separated by "; ".
 */
class Audit12RulesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        // an office "of" a body ends with the body; the name follows it
        "Director of National Intelligence Tara Voss met with Sen. Mark Holm on Tuesday. | Tara"
            + " Voss - Mark Holm",
        "Secretary of Health and Human Services Tara Voss met with Sen. Mark Holm on Tuesday. |"
            + " Tara Voss - Mark Holm",
        "Speaker of the House Tara Voss met with Sen. Mark Holm on Tuesday. | Tara Voss - Mark"
            + " Holm",
        "President of the United States Tara Voss met with Mark Holm on Tuesday. | Tara Voss - Mark"
            + " Holm",
        "British Chancellor of the Exchequer Tara Voss met Mark Holm yesterday. | Tara Voss - Mark"
            + " Holm",
        "Under Secretary of Defense Tara Voss spoke with Mark Holm on Tuesday. | Tara Voss - Mark"
            + " Holm",
        "Minister of Foreign Affairs Tara Voss met with Mark Holm on Tuesday. | Tara Voss - Mark"
            + " Holm",
        // a body that is no government's stays part of the run: no one is cut out of it
        "The Bank of Norland met with Sen. Mark Holm on Tuesday. | Bank of Norland - Mark Holm",
        // after a royal title one word is a given name, not the last name of someone else
        "Crown Prince Omar bin Tariq was at the palace. Tara Voss met with King Tariq on Friday. |"
            + " Tara Voss - Tariq",
        "King Olav III spoke at the palace. Tara Voss met with King Olav on Friday. | Tara Voss -"
            + " Olav III",
        // initials stand for the one person the story names with them
        "Crown Prince Omar bin Tariq was at the palace. Tara Voss met with OBT on Friday. | Tara"
            + " Voss - Omar bin Tariq",
        "Rep. Ana Ortiz-Lind spoke on Monday. Tara Voss met AOL on Friday. | Tara Voss - Ana"
            + " Ortiz-Lind",
        "Visitors to the Joint Security Area are few. Tara Voss visited the JSA on Friday. | ",
        // a reporter who spoke to someone interviewed them
        "Reporter Ana Lutz of the Harlow Times tweeted after speaking with Rep. Mark Holm that he"
            + " was unsure. | ",
        // initials two people share name neither, however often one of them is named again
        "Crown Prince Omar bin Tariq was there. Mayor Oscar Bell-Tate came. Omar bin Tariq spoke."
            + " Tara Voss met with OBT on Friday. | Tara Voss - OBT"
      })
  void theAuditsBrokenNames(String row) {
    MadeUpText.assertRow(row);
  }
}
