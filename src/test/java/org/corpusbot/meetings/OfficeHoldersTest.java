package org.corpusbot.meetings;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "The vice president", "the prime minister", "the governor": the one person the story gives the
 * office. Sentences are made up; each row that finds a contact failed on v129, the build before
 * this rule.
 */
class OfficeHoldersTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Vice President Tomas Varga spoke. The vice president met with President Ilona Brandt"
            + " on Monday. | Tomas Varga - Ilona Brandt",
        "Prime Minister Tomas Varga spoke. The prime minister met with President Ilona Brandt"
            + " on Monday. | Tomas Varga - Ilona Brandt",
        "Gov. Tomas Varga spoke. The governor met with President Ilona Brandt on Monday."
            + " | Tomas Varga - Ilona Brandt",
        "Ohio Gov. Tomas Varga spoke. President Ilona Brandt spoke with the governor on Monday."
            + " | Ilona Brandt - Tomas Varga",
      })
  void theOfficeIsItsOneHolder(String row) {
    MadeUpText.assertRow(row);
  }

  /**
   * "The first lady" is the one the story calls first lady now, though her surname alone is her
   * husband's and an earlier first lady is named "then-first lady" (both rows failed on v133).
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "President Paul Ames tested positive, and first lady Ana Ames spoke. The first lady met with"
            + " Ilona Brandt on Thursday. | Ana Ames - Ilona Brandt",
        "President Paul Ames tested positive, and first lady Ana Ames spoke, as then-first lady"
            + " Eva Lind once did. The first lady met with Ilona Brandt on Thursday."
            + " | Ana Ames - Ilona Brandt",
      })
  void theFirstLadyIsTheOneNow(String row) {
    MadeUpText.assertRow(row);
  }

  /** Two holders, a former one, an office of a body, or the holder's people: not the holder. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Gov. Tomas Varga and Gov. Ana Lind spoke. The governor met with President Ilona Brandt"
            + " on Monday. | ",
        "Vice President Tomas Varga and former Vice President Ana Lind spoke. The vice president"
            + " met with President Ilona Brandt on Monday. | ",
        // a company's officer stands for the company, as before
        "Vice President Tomas Varga spoke. The vice president of Acme Corp met with President"
            + " Ilona Brandt on Monday. | Acme Corp - Ilona Brandt",
        "Gov. Tomas Varga spoke. The governor's aides met with President Ilona Brandt on Monday."
            + " | ",
        // review 54: the office given in lower case to someone else, or "the senator from X"
        "Gov. Tomas Varga spoke. Ohio's governor, Paul Ames, also spoke. The governor met with"
            + " President Ilona Brandt on Monday. | ",
        "Vice President Tomas Varga spoke. Paul Ames, a vice president at Acme Corp, spoke. The"
            + " vice president met with Ilona Brandt on Monday. | ",
        "Sen. Tomas Varga spoke. The senator from Connecticut met with Ilona Brandt. | ",
      })
  void anUnclearOfficeStaysUnnamed(String row) {
    MadeUpText.assertRow(row);
  }
}
