package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "The two leaders", "the pair", "both leaders" as a contact's subject: the two people of the
 * contact just before, or the two people the sentence before names, and no one when that is not
 * sure. Every sentence is made up, in the shape of political news.
 */
class TwoPeopleTest {
  private static List<String> pairs(String text) {
    return MadeUpText.namedPairs(text);
  }

  @Test
  void theTwoLeadersAreThePeopleOfTheContactJustBeforeNotTheLastTwoNamed() {
    assertThat(
            pairs(
                "President Omar Lind met Prime Minister Anna Berg in Oslo on Monday, spokeswoman"
                    + " Karen Dahl said. The two leaders also spoke by phone on Tuesday."))
        .containsExactly("Omar Lind - Anna Berg", "Omar Lind - Anna Berg");
  }

  @Test
  void bothLeadersCanMeetAThird() {
    assertThat(
            pairs(
                "President Omar Lind met Prime Minister Anna Berg in Oslo on Monday. Both leaders"
                    + " spoke by phone with Chancellor Tomas Hale afterwards."))
        .containsExactly(
            "Omar Lind - Anna Berg", "Omar Lind - Tomas Hale", "Anna Berg - Tomas Hale");
  }

  @Test
  void aThirdPersonNamedBesideTheLastTwoMakesTheTwoLeadersNoOne() {
    assertThat(
            pairs(
                "Prime Minister Anna Berg held a rally for President Omar Lind when he visited"
                    + " Norland. She is expected to host Chancellor Tomas Hale in May. The two"
                    + " leaders also met a month ago in Oslo."))
        .isEmpty();
  }

  @Test
  void thePairAreTheTwoPeopleTheSentenceBeforeNames() {
    assertThat(
            pairs(
                "President Omar Lind and Prime Minister Anna Berg arrived in Oslo on Monday. The"
                    + " pair held talks on trade."))
        .containsExactly("Omar Lind - Anna Berg");
    assertThat(
            pairs(
                "President Omar Lind and Prime Minister Anna Berg arrived in Oslo on Monday. The"
                    + " two prime ministers held talks on trade."))
        .containsExactly("Omar Lind - Anna Berg");
  }

  @Test
  void threePeopleBeforeMakeTheTwoLeadersNoOne() {
    assertThat(
            pairs(
                "President Omar Lind, Prime Minister Anna Berg and Chancellor Tomas Hale arrived in"
                    + " Oslo on Monday. The two leaders held talks on trade."))
        .isEmpty();
  }

  @Test
  void peopleNamedFurtherBackAreNotTheTwoLeaders() {
    assertThat(
            pairs(
                "Omar Lind, a research fellow, said the talks were hard. \"It may be a reset,\""
                    + " Anna Berg added.\n\nBusy schedule\n\nPresident Tomas Hale and Chancellor"
                    + " Ida Brandt squeezed in a meeting early on Tuesday, before both leaders showed"
                    + " up at the opening of the summit."))
        .containsExactly("Tomas Hale - Ida Brandt");
  }

  @Test
  void thePairFarFromTheVerbIsNotItsSubject() {
    assertThat(
            pairs(
                "President Omar Lind and President Anna Berg will talk on Tuesday by phone,"
                    + " officials said. \"I expect that there will be a call with both presidents"
                    + " this week, and we are also continuing to engage and have conversation with"
                    + " the rebels,\" envoy Tomas Hale told reporters."))
        .isEmpty();
  }

  @Test
  void anEarlierContactStandsWhenNoOneElseIsNamedSince() {
    String text =
        "President Omar Lind met Prime Minister Anna Berg at the White House on Monday. She said"
            + " the talks went well. \"We have to talk,\" she said. The two leaders continued"
            + " talks in the Oval Office after their lunch.";
    assertThat(pairs(text)).containsExactly("Omar Lind - Anna Berg", "Omar Lind - Anna Berg");
    assertThat(pairs(text.replace("\"We have", "Tomas Hale said so. \"We have")))
        .containsExactly("Omar Lind - Anna Berg");
  }
}
