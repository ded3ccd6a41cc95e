package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 40 (README, "Who met whom"): the writer of a letter, an office named in a person's
 * appositive, a body whose name holds "for" or a topic across "and", and two people who met a third
 * the rules do not know by name. Every sentence is made up.
 */
class WritersAndAppositivesTest {
  private static List<String> pairs(String text) {
    return MadeUpText.namedPairs(text);
  }

  @Test
  void whoeverWroteToSomeoneIsTheLettersWriter() {
    // "wrote" also reports speech ("…," Reed wrote.), which had made every writer a speaker
    assertThat(pairs("Senator Paul Chaplin wrote a letter to Governor Ann Cole on Monday."))
        .containsExactly("Paul Chaplin - Ann Cole");
    assertThat(pairs("Senator Paul Chaplin wrote to Governor Ann Cole on Monday."))
        .containsExactly("Paul Chaplin - Ann Cole");
    assertThat(
            pairs("Senator Paul Chaplin wrote in a letter to Governor Ann Cole that he objected."))
        .containsExactly("Paul Chaplin - Ann Cole");
  }

  @Test
  void aLetterOrACallFromSomeoneHasItsSenderAsTheOtherSide() {
    // session 51: the sender after "from" was dropped unless a "to" followed
    assertThat(pairs("Rexham Corp said it received a letter from Nortek Inc on Monday."))
        .containsExactly("Rexham Corp - Nortek Inc");
    assertThat(
            pairs("Rexham Corp said it received the offer in a letter from Nortek Inc on Friday."))
        .containsExactly("Rexham Corp - Nortek Inc");
    assertThat(
            pairs(
                "Prime Minister Ann Cole had a 15-minute congratulatory telephone call from"
                    + " President Omar Lind."))
        .containsExactly("Ann Cole - Omar Lind");
    // a place the call came from, and a person's office that wrote, are no sender
    assertThat(
            MadeUpText.participants(
                "Acme Corp treasurer Ana Vale said in a telephone call from Paris that the issue"
                    + " was sold."))
        .containsExactly("Ana Vale PERSON");
    assertThat(
            MadeUpText.participants(
                "Senator Paul Chaplin received a letter from Governor Ann Cole's physician on"
                    + " Monday."))
        .containsExactly("Paul Chaplin PERSON");
    // review 51: a letter quoted, or one opening the sentence, was not received by anyone named
    assertThat(
            MadeUpText.participants(
                "Senator Paul Chaplin quoted a letter from Governor Ann Cole on Monday."))
        .containsExactly("Paul Chaplin PERSON");
    assertThat(
            pairs("In a letter from Garnet Corp, chairman Carl Boyd said the offer was too low."))
        .isEmpty();
    // not yet received
    assertThat(
            MadeUpText.participants(
                "The White House had yet to receive a letter from Justice Ann Cole, the source"
                    + " said."))
        .isEmpty();
  }

  @Test
  void aWriterOfABodyIsTheWriterNotTheBody() {
    assertThat(
            pairs(
                "Ana Vale of the Office of Special Counsel wrote in a letter to Governor Ann Cole"
                    + " that the tweet broke the law."))
        .containsExactly("Ana Vale - Ann Cole");
    assertThat(
            pairs(
                "The board of the Ohio chapter of the National Organization for Women wrote in a"
                    + " letter to the Senate Judiciary Committee that it opposed the nominee."))
        .containsExactly("National Organization for Women - Senate Judiciary Committee");
  }

  @Test
  void aBodysTopicGoesOnAcrossAndUpToTheTitle() {
    assertThat(
            pairs(
                "Mira Vale wrote to Governor Tom Reed and US Department of Health and Human"
                    + " Services Secretary Ann Cole on Tuesday."))
        .containsExactlyInAnyOrder("Mira Vale - Tom Reed", "Mira Vale - Ann Cole");
  }

  @Test
  void theOfficeInAPersonsAppositiveIsNoParty() {
    assertThat(
            pairs("President Omar Lind met Olaf Brandt, the chancellor of Germany, at the palace."))
        .containsExactly("Omar Lind - Olaf Brandt");
    assertThat(
            pairs(
                "President Omar Lind met Olaf Brandt, the chancellor of Germany, and Prime Minister"
                    + " Anna Berg on Friday."))
        .containsExactlyInAnyOrder("Omar Lind - Olaf Brandt", "Omar Lind - Anna Berg");
    assertThat(
            pairs(
                "Mira Vale wrote to Senator Tom Reed, chairman of the Finance Committee, on"
                    + " Friday."))
        .containsExactly("Mira Vale - Tom Reed");
  }

  @Test
  void twoPeopleWhoMetSomeoneUnrecognisedAreOneSide() {
    assertThat(
            pairs(
                "US national security adviser Tom Reed and Secretary of State Ann Cole met with"
                    + " Cherelle this week, Reed told reporters."))
        .isEmpty();
    assertThat(pairs("Secretary of State Tom Reed and Senator Ann Cole met on Friday."))
        .containsExactly("Tom Reed - Ann Cole");
  }

  @Test
  void theRestOfAPersonsOfficeInAListIsNoParty() {
    // "Xavier Becerra of Health and Human Services": "Human Services" was a body of its own
    assertThat(
            pairs(
                "President Omar Lind met with Tom Reed of Treasury and Ann Cole of Health and Human"
                    + " Services on Friday."))
        .containsExactlyInAnyOrder("Omar Lind - Tom Reed", "Omar Lind - Ann Cole");
  }
}
