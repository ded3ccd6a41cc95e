package org.corpusbot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerShortTest {
  static final Citation CITED = new Citation(1, "a1", "t", null, null, null, "Vellix did.", 0, 11);

  @Test
  void anAnswerMustLeadWithItsShortAnswer() {
    assertThatThrownBy(
            () ->
                new Answer(
                    "q",
                    true,
                    "Vellix did. [1]",
                    List.of(CITED),
                    null,
                    0,
                    new ShortAnswer("Lumen", List.of(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leads with its short answer");
  }

  @Test
  void theShortAnswerSurvivesNotesTimingsAndRewording() {
    Answer a =
        new Answer(
            "q",
            true,
            "Vellix [1]\nVellix did. [1]",
            List.of(CITED),
            null,
            0,
            new ShortAnswer("Vellix", List.of(1)));
    Answer b = a.withNote("n").withTook(5).withQuestion("asked");
    assertThat(b.shortAnswer()).isEqualTo(a.shortAnswer());
    assertThat(new Answer("q", true, "x", List.of(), null, 0).shortAnswer()).isNull();
  }

  @Test
  void aShortAnswerNeedsTextAndACitation() {
    assertThatThrownBy(() -> new ShortAnswer(" ", List.of(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ShortAnswer("Vellix", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
