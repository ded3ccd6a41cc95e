package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LowerCaseNamesTest {
  /** Names as stored contacts write them; "white" is a word of "White House" in no name here. */
  private final LowerCaseNames names =
      new LowerCaseNames(
          w ->
              Optional.ofNullable(Map.of("biden", "Biden", "putin", "Putin", "joe", "Joe").get(w)));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "who did biden meet               | who did Biden meet",
        "did joe biden and putin talk?    | did Joe Biden and Putin talk?",
        "who met whom in geneva           | who met whom in Geneva",
        "Who did biden meet in moscow?    | Who did Biden meet in Moscow?",
        // the asker capitalises names: nothing to guess
        "Who did Biden meet in geneva?    | Who did Biden meet in geneva?",
        // a word no stored name or known place writes capitalised leaves the question as typed:
        // read without it, the question would ask something else (review 58)
        "who did the president meet       | who did the president meet",
        "who met the mayor of tarvik      | who met the mayor of tarvik",
        "did biden meet kagame            | did biden meet kagame",
        "did biden talk to xi             | did biden talk to xi",
        "how many times did white house officials visit moscow | how many times did white house officials visit moscow",
      })
  void namesAndPlacesAreWrittenAsTheContactsAndPlacesWriteThem(String typed, String read) {
    assertThat(names.recase(typed)).isEqualTo(read);
  }
}
