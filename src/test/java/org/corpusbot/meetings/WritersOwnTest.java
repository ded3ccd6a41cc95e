package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Outside quotation marks "I" is the writer, whose talking to someone is an interview for the
 * story, no contact; quoted, or after a transcript's speaker label, it is whoever speaks. Sentences
 * are made up; each writer's row gave a contact on v130, the build before this rule.
 */
class WritersOwnTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "I talked to Tomas Varga, a senior research scientist at Colorado State University.",
        "Tomas Varga studies arms. I called Varga to ask whether the rhetoric had changed anything.",
        "For an assessment of the bill, I spoke with Tomas Varga, an economist.",
        "I have talked with Tomas Varga about what comes next.",
      })
  void theWritersInterviewIsNoContact(String text) {
    assertThat(MadeUpText.participants(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "“I talked to Tomas Varga yesterday,” Senator Ilona Brandt said.",
        "[38:12] Brandt: When I met with Tomas Varga, we sat in the palace.",
        "Senator Ilona Brandt talked to Tomas Varga yesterday.",
        // review 54: a quote's middle sentence has no mark of its own, and a speaker's "I" need
        // not be quoted; only an interview's form ("…, a scientist", "about", "to ask") is the
        // writer's
        "Senator Ilona Brandt said, “We have work to do. I met with Tomas Varga in November and"
            + " we agreed. That matters.”",
        "Senator Ilona Brandt spoke. This race is not over. I spoke with Tomas Varga last week and"
            + " told him so.",
        "Senator Ilona Brandt addressed Congress. I have spoken with Tomas Varga many times, she"
            + " told lawmakers.",
      })
  void aSpeakersIAndOthersStillCount(String text) {
    assertThat(MadeUpText.participants(text)).contains("Tomas Varga PERSON");
  }
}
