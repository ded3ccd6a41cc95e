package org.corpusbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FreeformScoreTest {

  @ParameterizedTest(name = "{0} / {1} / gold {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // answer | choices, ';'-separated | gold | right?
        "Nvidia announced a split.                    | Apple;Nvidia;Tesla             | 1 | true",
        "Nvidia announced a split.                    | Apple;Nvidia;Tesla             | 0 | false",
        // the gold text occurs, but another choice's occurs first and has all its words too
        "Tesla, not Apple, won.                       | Apple;Tesla                    | 0 | false",
        // verbatim fails ("Full House" has quotes); all content words are there
        "He starred in the sitcom Full House for years. | “Full House”;“Home Improvement” | 0 | true",
        // half of the gold's content words and no other choice's: right (0.5 is enough)
        "Heavy rain fell.                             | heavy snowfall;a tornado       | 0 | true",
        // the same share for two choices: a tie is no answer
        "Heavy winds and a massive storm.             | heavy snowfall;massive flooding | 0 | false",
        // below one half
        "The snowfall was heavy in Virginia today.    | record heavy winter storm snowfall;a tornado | 0 | false",
        // stop words don't count: "the" and "of" are not content
        "The city of Denver.                          | the city of Boston;Denver      | 1 | true",
        // a higher share beats a lower one
        "Manchin, Joe, voted no.                      | Joe Biden;Joe Manchin          | 1 | true",
        "Manchin, Joe, voted no.                      | Joe Biden;Joe Manchin          | 0 | false",
        "Nothing relevant here.                       | Apple;Nvidia                   | 0 | false",
        "''                                           | Apple;Nvidia                   | 0 | false",
        // case-insensitive, and numbers are words
        "MERCEDES showed the EQXX with 620 miles.     | 500 miles;620 miles            | 1 | true"
      })
  void goldFirstOrLargestContentShare(String answer, String choices, int gold, boolean right) {
    List<String> c = Arrays.asList(choices.split(";", -1));
    assertThat(FreeformScore.right(answer, c, gold)).isEqualTo(right);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The City of Boston's mayor | city,boston,mayor",
        "20-for-1 stock split       | 20,1,stock,split",
        "a; the, of!                | ''",
      })
  void contentWordsAreLowerCasedWithoutStopWords(String text, String words) {
    List<String> expected = words.isEmpty() ? List.of() : List.of(words.split(","));
    assertThat(FreeformScore.contentWords(text)).containsExactlyInAnyOrderElementsOf(expected);
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "alpha beta gamma delta | alpha beta    | 0.5",
        "alpha beta             | beta alpha xi | 1.0",
        "xi nu                  | alpha beta    | 0.0",
        "the of                 | alpha beta    | 0.0",
      })
  void shareOfTheChoiceWordsFound(String choice, String answer, double share) {
    assertThat(
            FreeformScore.share(
                FreeformScore.contentWords(choice), FreeformScore.contentWords(answer)))
        .isEqualTo(share);
  }
}
