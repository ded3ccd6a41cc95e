package org.corpusbot.meetings;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The countries a described group includes after a time or place ("met with several G-7 leaders on
 * Saturday in Hiroshima, including Italy, the United Kingdom and France"), and a person's circle,
 * who are not that person ("individuals around Trump"). Sentences are made up; each row that finds
 * a contact failed on v131, the build before these rules, and so did the "around" row; the others
 * guard the rules' limits.
 */
class GroupsAndCirclesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
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

  /** People a group includes past a time or place may be the subject's own (review 54). */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "A bipartisan delegation met with Israeli leaders in Jerusalem on Sunday, including Sen."
            + " Tomas Varga and Sen. Ana Lind. | ",
      })
  void peopleAGroupIncludesPastItsTimeStayUnpaired(String row) {
    MadeUpText.assertRow(row);
  }
}
