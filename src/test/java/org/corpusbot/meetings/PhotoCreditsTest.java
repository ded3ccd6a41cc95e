package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhotoCreditsTest {
  @Test
  void aCreditIsBlankedAndOffsetsStay() {
    String text = "Sunak meets Ross. Julian Simmonds/Daily Telegraph/PA/AP Ross speaks.";
    String blanked = PhotoCredits.blanked(text);
    assertThat(blanked).hasSameSizeAs(text).doesNotContain("Simmonds").doesNotContain("/AP");
    assertThat(blanked).startsWith("Sunak meets Ross. ").endsWith(" Ross speaks.");
  }

  @Test
  void aLongRunOfSlashesInADamagedArticleIsReadWithoutOverflowingTheStack() {
    String damaged = "Ab Cd/".repeat(100_000) + "\nOmar Lind/Getty Images";
    String blanked = PhotoCredits.blanked(damaged);
    assertThat(blanked)
        .hasSameSizeAs(damaged)
        .endsWith("Ab Cd/\n" + " ".repeat("Omar Lind/Getty Images".length()));
  }
}
