package org.corpusbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YesNoTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Did Washington transfer the data?         | true",
        "Does Moscow want to discuss it?           | true",
        "Is the bridge finished?                   | true",
        "Hasn't the strike ended?                  | true",
        "Did they meet in Geneva or in Vienna?     | false", // a choice, not yes/no
        "Do you know who won?                      | false", // a request
        "What did Washington hand over?            | false",
        "Where can Moscow and Washington cooperate? | false",
      })
  void asksYesOrNo(String question, boolean asks) {
    assertThat(YesNo.asks(question)).isEqualTo(asks);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // sentence | question | the negation bears on what was asked
        "Moscow does not want to discuss the opposition. | Does Moscow want to discuss it? | true",
        "The talks have not done much yet, but they help prevent tensions. | Did the talks help prevent tensions? | false",
        "The bridge was never finished.                  | Is the bridge finished?         | true",
        "She didn’t receive a visa until May.            | Did Nuland receive a visa?      | true",
        "The ministry denied reports of the meeting.     | Did the ministry meet them?     | true",
        "The ministry denied nothing, officials said.     | Did the ministry meet them?     | false",
        "Washington transferred the data.                | Did Washington transfer data?   | false",
      })
  void aNegationCountsOnlyWhereItBearsOnWhatWasAsked(
      String sentence, String question, boolean negates) {
    assertThat(YesNo.negates(sentence, question)).isEqualTo(negates);
  }
}
