package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Times that take a possessive or an "of" before a contact noun ("a week's talks", "three weeks of
 * talks"), trips whose purpose is a contact still to come ("departs for Hanoi to participate in
 * meetings with B"), and words that look like a contact and are not ("a letter bomb"). Every
 * sentence is made up; each row failed on v119, the build before these rules.
 */
class TimesAndPurposesTest {

  /** A time owns no contact: the talks are the subject's, as "after talks with B" are. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Tomas Varga said it after a week's talks with Ilona Brandt. | Tomas Varga - Ilona Brandt",
        "Tomas Varga said it after last week's talks with Ilona Brandt. | Tomas Varga - Ilona Brandt",
        "Tomas Varga said it after Monday's talks with Ilona Brandt. | Tomas Varga - Ilona Brandt",
        "Tomas Varga said it after three weeks' talks with Ilona Brandt. | Tomas Varga - Ilona Brandt",
        "Tomas Varga was speaking after three weeks of talks with Ilona Brandt."
            + " | Tomas Varga - Ilona Brandt",
        "Central bank governor Tomas Varga said the rate would hold. He was speaking after three"
            + " weeks' discussions with the IMF. | Tomas Varga - IMF",
        "Defense Minister Tomas Varga said Wednesday after a meeting with Defense Secretary Ilona"
            + " Brandt that troops would stay. | Tomas Varga - Ilona Brandt",
      })
  void aTimeBeforeTheContactNounLeavesItTheSubjects(String row) {
    MadeUpText.assertRow(row);
  }

  /** A person's possessive still owns the contact: someone else's talks are not the speaker's. */
  @Test
  void aPersonsPossessiveStillOwnsTheTalks() {
    MadeUpText.assertRow(
        "Tomas Varga said it after Ilona Brandt's talks with Paul Ames. | Ilona Brandt - Paul Ames");
  }

  /**
   * A bare day after "said" lets the speaker's own phrase through ("said Wednesday after a meeting
   * with B"), not talks the speaker reports on (audit 53 judged "Biden said Thursday diplomatic
   * talks with Russia have been ruptured" no contact of Biden's).
   */
  @Test
  void aBareDayAfterSaidKeepsOnlyTheSpeakersOwnPhrase() {
    MadeUpText.assertRow(
        "President Tomas Varga said Thursday diplomatic talks with Russia have been ruptured. | ");
    // a day's possessive reports on the contact unless a preposition puts the speaker in it
    MadeUpText.assertRow(
        "White House spokeswoman Ana Korbel said Friday's meeting with Chinese President Li Wenbo"
            + " was productive. | ");
  }

  /** "to participate in" and "to take part in" a contact say what a trip is for, as "to meet". */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Tomas Varga departs later on Monday for Hanoi to participate in two days of meetings"
            + " with Ilona Brandt. | ",
        "Tomas Varga flew to Hanoi to take part in talks with Ilona Brandt. | ",
        "Tomas Varga, who left for Hanoi to participate in meetings with Ilona Brandt, said"
            + " nothing. | ",
        "Tomas Varga would hold two days of talks with Ilona Brandt. | ",
        "Tomas Varga left for Tokyo to hold meetings with Ilona Brandt. | ",
      })
  void aContactATripIsForIsNotTold(String row) {
    MadeUpText.assertRow(row);
  }

  /** Taking part, told as done, is still a contact. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Tomas Varga participated in two days of talks with Ilona Brandt."
            + " | Tomas Varga - Ilona Brandt",
        "Tomas Varga took part in talks with Ilona Brandt. | Tomas Varga - Ilona Brandt",
        "Tomas Varga held two days of talks with Ilona Brandt. | Tomas Varga - Ilona Brandt",
        // no trip or plan before it: done (review 53)
        "Tomas Varga was the only minister to take part in the meeting with Ilona Brandt on"
            + " Tuesday. | Tomas Varga - Ilona Brandt",
      })
  void takingPartToldAsDoneIsAContact(String row) {
    MadeUpText.assertRow(row);
  }

  @Test
  void aPlaceSomeoneSetsOffForIsNeverTheOneWhoMeets() {
    // the place is no participant; the meeting is the trip's purpose, still to come (review 53)
    assertThat(
            MadeUpText.names(
                "Tomas Varga left on Monday for Hanoi to hold meetings with Ilona Brandt."))
        .isEmpty();
    MadeUpText.assertRow(
        "Tomas Varga left Hanoi on Monday after meetings with Ilona Brandt."
            + " | Tomas Varga - Ilona Brandt");
    // "for" after another clause's verb is no trip: the lobbyist acts for the company
    MadeUpText.assertRow(
        "A year before he left office, a lobbyist for Borealis Fruit Co met with Sen. Paul Ames."
            + " | Borealis Fruit Co - Paul Ames");
  }

  @Test
  void aLetterBombIsNoLetter() {
    assertThat(
            MadeUpText.participants(
                "Norwegian officials said a letter bomb was also sent to the country's prime"
                    + " minister last week."))
        .isEmpty();
    assertThat(MadeUpText.participants("Tomas Varga sent a letter to Prime Minister Paul Ames."))
        .contains("Paul Ames PERSON");
  }

  @Test
  void theObjectOfARelativeClauseIsNotTheSubjectAfterIt() {
    String named = "Rep. Tomas Varga spoke first. ";
    MadeUpText.assertRow(named + "Members who oppose Varga met with Speaker Ilona Brandt. | ");
    assertThat(
            MadeUpText.names(
                named
                    + "More than a dozen members who oppose Varga left a Tuesday morning meeting"
                    + " saying nothing has changed."))
        .doesNotContain("Tomas Varga");
    // a verb that takes a clause: the name after it is that clause's subject (review 53)
    MadeUpText.assertRow(
        "Paul Ravel, who believes Karl Dorn met Lena Ortiz, spoke. | Karl Dorn - Lena Ortiz");
    // the relative clause's own subject is still read: "who met B" is A's
    MadeUpText.assertRow(
        named
            + "Varga, who met Speaker Ilona Brandt on Monday, spoke. | Tomas Varga - Ilona Brandt");
  }
}
