package org.corpusbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corpusbot.answer.Answer;
import org.corpusbot.answer.Citation;
import org.corpusbot.answer.ShortAnswer;
import org.junit.jupiter.api.Test;

class AnswerViewShortTest {
  static final Citation CITED =
      new Citation(1, "a1", "Stock split", null, null, null, "AT&T split its stock.", 0, 21);

  @Test
  void theShortAnswerLeadsInBoldEscapedAndTheRestFollows() {
    Answer a =
        new Answer(
            "Which company split its stock?",
            true,
            "AT&T [1]\nAT&T split its stock. [1]",
            List.of(CITED),
            null,
            0,
            new ShortAnswer("AT&T", List.of(1)));
    assertThat(AnswerView.html(a)).startsWith("<b>AT&amp;T</b> [1]\nAT&amp;T split its stock. [1]");
  }

  @Test
  void withoutAShortAnswerNothingIsBold() {
    Answer a = new Answer("q", true, "AT&T split its stock. [1]", List.of(CITED), null, 0);
    assertThat(AnswerView.html(a)).startsWith("AT&amp;T split its stock. [1]\n\n<b>Sources</b>");
  }
}
