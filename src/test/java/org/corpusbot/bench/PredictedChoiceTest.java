package org.corpusbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PredictedChoiceTest {

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // answer | choices, ';'-separated, '_' for a space | predicted index (-1: none)
        "Nvidia announced a split.          | Apple;Nvidia;Tesla      | 1",
        "Tesla then Apple.                  | Apple;Tesla             | 1", // earliest wins
        "NVIDIA did it.                     | nvidia                  | 0", // case-insensitive
        "Nobody did.                        | Apple;Nvidia            | -1",
        "''                                 | Apple                   | -1", // empty answer
        "Paris Hilton said so.              | Paris;Paris Hilton      | 1", // tie: the longer
        "Paris Hilton said so.              | Paris Hilton;Paris      | 0",
        "Apple and Apple.                   | Apple;APPLE             | 0", // same text: first
        "In New York today.                 | __New_York__;Boston     | 0", // choices stripped
        "Paris Hilton said so.              | Paris________;Paris_Hilton | 1", // padding
        "Anything at all.                   | ___;                    | -1" // blank choices
      })
  void theChoiceWhoseTextOccursFirst(String answer, String choices, int expected) {
    List<String> c = Arrays.asList(choices.replace('_', ' ').split(";", -1));
    assertThat(QaBenchmark.predictedChoice(answer, c)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"Any answer.", "''"})
  void noChoicesPredictNothing(String answer) {
    assertThat(QaBenchmark.predictedChoice(answer, List.of())).isEqualTo(-1);
  }
}
