package org.corpusbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.corpusbot.corpus.ArticleInfo;
import org.corpusbot.corpus.Passage;
import org.corpusbot.retrieval.PassageHit;
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

  private static Candidate holding(String text, double lexical) {
    Passage p = new Passage("a1", 0, 0, text.length(), text);
    PassageHit hit = new PassageHit(p, new ArticleInfo("a1", "T", null, null, null), 1, 0.5);
    return new Candidate(hit, text, 0, text.length(), Set.of(), lexical, 0, 0, 1);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // question | sentence after the best | its share of the question | whether it says no
        "Had Biden vetoed any bills going into the midterms? | As president, Biden has not vetoed any bills. | 0.55 | true",
        "Had Biden vetoed any bills going into the midterms? | As president, Biden has not vetoed any bills. | 0.30 | false",
        "Had Biden vetoed any bills going into the midterms? | As president, Biden has not vetoed any bills. | 0.46 | true",
        "Had Biden vetoed any bills going into the midterms? | As president, Biden has not vetoed any bills. | 0.44 | false",
        "Had Biden vetoed any bills going into the midterms? | Biden did not say whether he would run again. | 0.55 | false",
        "Hadn't Biden vetoed any bills? | As president, Biden has not vetoed any bills. | 0.55 | false",
        "Had Joe Biden vetoed any bills? | As president, Biden has not vetoed any bills. | 0.55 | true",
        // review 59: the negation must be said of the one asked about
        "Did Trump attend the funeral? | Melania Trump did not attend the funeral. | 0.60 | false",
        "Did the Senate pass the bill? | The House has not passed the bill yet. | 0.65 | false",
        "Was the suspect arrested? | A second man was not arrested. | 0.60 | false",
        "Did Biden veto the bill? | Congress could not override the veto of the bill. | 0.60 | false",
      })
  void aSentenceAfterTheBestSaysNoWhenItDeniesWhatWasAsked(
      String question, String sentence, double share, boolean no) {
    // user trial 59: the denial was the second sentence of a long question's reply
    Candidate best = holding("Democrats needed any more convincing of the midterms' stakes.", 0.5);
    assertThat(YesNo.denial(question, List.of(best, holding(sentence, share))).isPresent())
        .isEqualTo(no);
  }
}
