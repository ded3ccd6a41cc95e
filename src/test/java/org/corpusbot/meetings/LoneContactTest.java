package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session 49: a contact with one participant is shown to a user asking whom that person met, so one
 * that is no contact at all must not be made: a verb whose other side only "with" names, a bare
 * "talked", "conferred" or "negotiated", "talks about" after a name, and "meeting its needs". A row
 * is the text, " | ", and every participant expected ("name KIND"), separated by "; ". Every
 * sentence is made up.
 */
class LoneContactTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Senator Ana Vick choked up as she discussed her decision to retire. | ",
        "Governor Tom Lind has talked about drawing down the state police. | ",
        "Prime Minister Tom Lind negotiated some concessions but not enough. | ",
        "Governor Tom Lind is negotiating a loan for the state. | ",
        "Singer Ana Vick talks about her friendship with Senator Per Holm. | ",
        // "meeting" as a verb: a target met (audit 49)
        "The Borealis Monetary Fund approved a loan to assist Ecuador in meeting its foreign"
            + " exchange needs. | "
      })
  void noContactIsMade(String row) {
    assertParticipants(row);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // the other side was named, or the verb says there was one
        "Senator Ana Vick discussed the war with Senator Per Holm. | Ana Vick PERSON; Per Holm"
            + " PERSON",
        "President Tom Lind and President Ana Vick talked for two hours. | Tom Lind PERSON; Ana"
            + " Vick PERSON",
        "President Tom Lind spoke with the school's principal on Tuesday. | Tom Lind PERSON",
        "Acme Medical Inc said merger talks about the price had ended. | Acme Medical Inc GROUP",
        // audit 49: an unnamed "with" side, and a company's deal under way, are someone's talks
        "The Dutch Finance Ministry said it is discussing with foreign fiscal authorities ways to"
            + " combat tax evasion. | Dutch Finance Ministry GROUP",
        "Senator Ana Vick said she discussed the bill with several colleagues. | Ana Vick PERSON;"
            + " several colleagues DESCRIBED",
        "Acme Motors Corp is negotiating the supply of engines for its new van. | Acme Motors Corp"
            + " GROUP",
        // review 49: "a meeting the day before the deadline" is the noun, held
        "President Ana Vick and Prime Minister Per Holm held a meeting the day before the deadline"
            + " for the payments. | Ana Vick PERSON; Per Holm PERSON"
      })
  void aContactKeepsItsParticipants(String row) {
    assertParticipants(row);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // session 50: a word capitalised for opening the sentence is no part of a description
        "When ministers met with President Tom Lind on Monday, they agreed. | ministers"
            + " DESCRIBED; Tom Lind PERSON",
        "But European officials held talks with President Tom Lind. | European officials"
            + " DESCRIBED; Tom Lind PERSON"
      })
  void aDescriptionLeavesOutItsSentencesOpeningWord(String row) {
    assertParticipants(row);
  }

  private static void assertParticipants(String row) {
    String[] f = row.split(" \\| ", -1);
    String[] expected = f[1].isBlank() ? new String[0] : f[1].strip().split("; ");
    assertThat(MadeUpText.participants(f[0])).as(f[0]).containsExactlyInAnyOrder(expected);
  }
}
