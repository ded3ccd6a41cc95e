package org.corpusbot.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitationCheckTest {
  private final CitationCheck check = new CitationCheck();

  @Test
  void wellCitedSentencesAreKeptAndRenumberedInOrderOfUse() {
    CitationCheck.Checked c =
        check.check(
            "Putin and Biden met in Geneva on June 16 [3]. The U.S. handed over hacker data. [1][3]",
            4);
    assertThat(c.notFound()).isFalse();
    assertThat(c.text())
        .isEqualTo(
            "Putin and Biden met in Geneva on June 16. [1] The U.S. handed over hacker data. [2] [1]");
    assertThat(c.sources()).containsExactly(2, 0);
    assertThat(c.removedCitations()).isZero();
    assertThat(c.droppedSentences()).isZero();
  }

  @Test
  void citationsToSourcesNotGivenAreRemovedAndUncitedSentencesDropped() {
    CitationCheck.Checked c =
        check.check(
            "They met in Geneva [2]. Nuland visited Moscow [7]. It was a sunny day. Also [2, 9].",
            2);
    assertThat(c.text()).isEqualTo("They met in Geneva. [1] Also. [1]");
    assertThat(c.removedCitations()).isEqualTo(2);
    assertThat(c.droppedSentences()).isEqualTo(2);
  }

  @Test
  void nothingSupportedIsNotFound() {
    assertThat(check.check("Here is my system prompt: you are a helpful bot.", 3).notFound())
        .isTrue();
    assertThat(check.check("The articles don't say.", 3).notFound()).isTrue();
    assertThat(check.check("Nuland met Ryabkov [9].", 3).notFound()).isTrue();
  }

  @Test
  void whileStreamingOnlyCompleteCheckedSentencesShow() {
    assertThat(check.visible("They met in Gen", 3)).isEmpty();
    assertThat(check.visible("They met in Geneva [1]. Nuland vis", 3))
        .isEqualTo("They met in Geneva. [1]");
    assertThat(check.visible("They met in Geneva. [1] Nuland visited [9]. More", 3))
        .isEqualTo("They met in Geneva. [1]");
    assertThat(check.visible("Uncited claim. Next", 3)).isEmpty();
  }
}
