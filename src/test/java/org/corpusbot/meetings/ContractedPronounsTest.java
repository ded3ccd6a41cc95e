package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 51: "A and his counterpart B" are both subjects; a subject pronoun glued to its auxiliary
 * ("he'd", "she’ll", "they've") is read as the pronoun and the auxiliary, as the tagger was
 * trained; it was one token, so "Lind said he'd spoken with Berg" had no subject and "he'll meet
 * Berg" no "will". Every sentence is made up.
 */
class ContractedPronounsTest {
  private static final String LEAD =
      "President Omar Lind of Norland and Chancellor Anna Berg of Estavia were both in the news. ";

  private static List<String> pairs(String text) {
    return MadeUpText.namedPairs(LEAD + text);
  }

  @Test
  void aPronounWithItsAuxiliaryIsTheSubject() {
    assertThat(pairs("Lind said he'd spoken with Berg on Saturday night."))
        .containsExactly("Omar Lind - Anna Berg");
    assertThat(pairs("Lind said Wednesday he’d spoken to Berg about the talks."))
        .containsExactly("Omar Lind - Anna Berg");
  }

  @Test
  void aLeaderAndHisCounterpartAreBothSubjects() {
    assertThat(
            MadeUpText.namedPairs(
                "President Omar Lind and his Estavian counterpart Anna Berg on Tuesday discussed"
                    + " the treaty."))
        .containsExactly("Omar Lind - Anna Berg");
  }

  @Test
  void whatOneWillDoOrWouldDoIsNoContact() {
    assertThat(MadeUpText.participants(LEAD + "Lind said he'll meet Berg on Saturday.")).isEmpty();
    assertThat(MadeUpText.participants(LEAD + "Lind said he’ll hold talks with Berg on Friday."))
        .isEmpty();
    assertThat(MadeUpText.participants(LEAD + "Lind said he'd meet Berg on Saturday.")).isEmpty();
    assertThat(MadeUpText.participants(LEAD + "Lind said he'd hold talks with Berg if asked."))
        .isEmpty();
    assertThat(pairs("Lind said he'd already met Berg twice."))
        .containsExactly("Omar Lind - Anna Berg");
    // "yet to" is not yet, unless another clause's verb follows it
    assertThat(
            MadeUpText.participants(LEAD + "Lind has yet to set a date for a meeting with Berg."))
        .isEmpty();
    assertThat(pairs("Lind has yet to explain why he met Berg."))
        .containsExactly("Omar Lind - Anna Berg");
    assertThat(pairs("Lind met Berg after the match.")).containsExactly("Omar Lind - Anna Berg");
    // a meeting urged is one asked for
    assertThat(
            MadeUpText.participants(
                "Orvik Group Inc said it urges a meeting with Tarvik Mills Inc officials soon."))
        .isEmpty();
    // "met his match" is no one met
    assertThat(MadeUpText.participants(LEAD + "Berg said Lind knew he’d met his match.")).isEmpty();
  }
}
