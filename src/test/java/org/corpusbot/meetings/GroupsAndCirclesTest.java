package org.corpusbot.meetings;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The names a described group includes after a time or place ("met with several lawmakers on
 * Monday, including A and B"), and a person's circle, who are not that person ("individuals around
 * Trump"). Sentences are made up; each row failed on v131, the build before these rules, but the
 * "near" row (which that build's tagger already read as a preposition), kept as a guard.
 */
class GroupsAndCirclesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Senator Ana Lind met with several lawmakers on Monday, including Sen. Tomas Varga and"
            + " Rep. Ilona Brandt. | Ana Lind - Tomas Varga; Ana Lind - Ilona Brandt",
        "President Ana Lind met with several leaders on Saturday in Hiroshima, including Italy,"
            + " the United Kingdom and France."
            + " | Ana Lind - Italy; Ana Lind - United Kingdom; Ana Lind - France",
      })
  void theNamesAGroupIncludesPastItsTimeAreMet(String row) {
    MadeUpText.assertRow(row);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Senator Ana Lind has spoken with numerous individuals around Tomas Varga. | ",
        "Senator Ana Lind has spoken with people near Tomas Varga on Monday. | ",
      })
  void someonesCircleIsNotThem(String row) {
    MadeUpText.assertRow(row);
  }
}
