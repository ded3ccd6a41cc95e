package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A "she" is never a man the list or the title shows to be one, nor a "he" a woman: what is left is
 * a missing contact, not a wrong one. Every text is made up; a row is the text, " | ", and the
 * named pairs expected, separated by "; ".
 */
class GendersTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "President Tom Lind arrived in Oslo. She met Sara Brun at Colorado College. | ",
        "Sen. Tom Lind spoke on Monday. She declined to go beyond a statement on her meeting with"
            + " Wu Jianhong. | ",
        "Ana Vick wrote the memoir. The president concludes his meetings with Wu Jianhong at the"
            + " resort. | ",
        // ", saying he …": the main clause's subject says it, not the person named last
        "6.48 a.m.: President Tom Lind responded to Olav Brun with a speech of his own, saying he"
            + " had spoken to Chancellor Ana Vick. | Tom Lind - Ana Vick",
        // a church is a body: no "he" is it
        "The head of the Catholic Church spoke on Sunday. He said he has met both Chancellor Ana"
            + " Vick and President Tom Lind when they visited him in Rome. | ",
        // a fitting person is still found, by name or by title
        "Chancellor Ana Vick arrived in Oslo. She met Tom Lind on Monday. | Ana Vick - Tom Lind",
        "Queen Olga Brun arrived in Oslo. She met Tom Lind on Monday. | Olga Brun - Tom Lind",
        "Sen. Ana Vick arrived in Oslo. Tom Lind said his meeting with Sara Brun went well. | Tom"
            + " Lind - Sara Brun"
      })
  void pronounsNeverTakeAPersonOfTheOtherGender(String row) {
    MadeUpText.assertRow(row);
  }

  @Test
  void onlyAClearMismatchCounts() {
    Participant joe = new Participant("Joe Lind", Participant.Kind.PERSON, null);
    Participant queen = new Participant("Olga Brun", Participant.Kind.PERSON, "Queen");
    Participant unknown = new Participant("Alex Brun", Participant.Kind.PERSON, null);
    Participant surname = new Participant("Lind", Participant.Kind.PERSON, null);
    assertThat(Genders.mismatch(joe, Genders.of("her"))).isTrue();
    assertThat(Genders.mismatch(joe, Genders.of("he"))).isFalse();
    assertThat(Genders.mismatch(queen, Genders.of("his"))).isTrue();
    assertThat(Genders.mismatch(unknown, Genders.of("she"))).isFalse();
    assertThat(Genders.mismatch(surname, Genders.of("she"))).isFalse();
    assertThat(Genders.mismatch(joe, Genders.of("it"))).isFalse();
  }
}
