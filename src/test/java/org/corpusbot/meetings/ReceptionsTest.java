package org.corpusbot.meetings;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session 46: a guest "received" ("King A received Prime Minister B"), a guest verb in the passive
 * ("B was greeted by A and C at the airport"), and "A told B in a phone call" were no contacts.
 * "Received" and the passive take far more things than guests ("received Secret Service
 * protection", "supplies … received by the Red Cross"), so there every side must be a person the
 * article shows as one. Every sentence is made up; a row is the text, " | ", and the named pairs
 * expected, separated by "; ".
 */
class ReceptionsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "President Tom Lind received Prime Minister Ana Vick at the palace on Monday. | Tom Lind -"
            + " Ana Vick",
        "Prime Minister Ana Vick was received by President Tom Lind at the palace on Monday. | Ana"
            + " Vick - Tom Lind",
        "Prime Minister Ana Vick was greeted by President Tom Lind and Foreign Minister Per Holm at"
            + " the airport on Monday. | Ana Vick - Tom Lind; Ana Vick - Per Holm",
        "In a phone call on Monday, President Tom Lind told Prime Minister Ana Vick that the deal"
            + " was off. | Tom Lind - Ana Vick",
        "President Tom Lind told Prime Minister Ana Vick in a phone call on Monday that the deal was"
            + " off. | Tom Lind - Ana Vick",
        // a minister telling his own president at a meeting is no contact of two sides (audit 40)
        "Defence Minister Tom Lind told President Ana Vick at a meeting of the security council"
            + " that all was going to plan. | ",
        // a letter handed over while telling
        "Prime Minister Tom Lind told President Ana Vick as he handed him the letter that it was"
            + " unprecedented. | Tom Lind - Ana Vick",
        // things received, not guests
        "Senator Tom Lind received the Ana Vick Profile in Courage Award on Monday. | ",
        "Like other candidates, Senator Tom Lind received Secret Service protection earlier this"
            + " year. | ",
        "The supplies from the Vellix Council will be received by the Norland Red Cross at the"
            + " border. | ",
        // told, but not in the contact the sentence names
        "A source close to the government told Tom Lind the meeting did not take place. | ",
        "President Tom Lind told CNN in a phone call on Monday that the deal was off. | "
      })
  void receivedGreetedAndTold(String row) {
    MadeUpText.assertRow(row);
  }

  /** The review of v94: readings it got wrong, each a row that fails on v94. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        // in the passive, only a person himself was received, not something of theirs
        "Senator Ana Vick's resignation was welcomed by President Tom Lind on Monday. | ",
        "The nomination of Senator Ana Vick was welcomed by President Tom Lind on Monday. | ",
        // welcomed from afar
        "Senator Ana Vick was welcomed by President Tom Lind in a statement on Monday. | ",
        // "told B" only in a call itself, as it was held, and only when it was said
        "President Tom Lind told Governor Ana Vick in March ahead of the meeting that funds would"
            + " flow. | ",
        "After the cabinet meeting, President Tom Lind told Governor Ana Vick that funds would"
            + " flow. | ",
        "In a phone call with reporters, President Tom Lind told Governor Ana Vick to resign. | ",
        "President Tom Lind never told Prime Minister Ana Vick in a phone call that he would"
            + " visit. | ",
        // a host named by one word after his title receives like anyone
        "King Abdullah received President Tom Lind at the palace on Monday. | Abdullah - Tom Lind"
      })
  void reviewOfV94(String row) {
    MadeUpText.assertRow(row);
  }
}
