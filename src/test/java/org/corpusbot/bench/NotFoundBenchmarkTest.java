package org.corpusbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corpusbot.answer.Answer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NotFoundBenchmarkTest {
  private static final BenchQuestion QUIZ =
      new BenchQuestion(
          "q1",
          null,
          "Which car company unveiled the EQXX?",
          List.of("Audi", "Mercedes", "Ford", "BMW"),
          1,
          List.of("a1"),
          "");

  @ParameterizedTest(name = "{0} / {1} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "false | The articles don't mention Justin Trudeau. | quiz | REFUSED_NAME",
        "false | The articles don't say. | quiz | NOT_FOUND",
        "true | Mercedes unveiled the EQXX. [1] | quiz | ANSWERED",
        // the gold choice's words, not its exact text, by the free-form rule
        "true | The Mercedes-Benz concept car, shown Monday. [1] | quiz | ANSWERED",
        "true | Audi and then Mercedes showed cars. [1] | quiz | CITES_NON_ANSWERING",
        "true | Ford showed a truck. [1] | quiz | CITES_NON_ANSWERING",
        "true | Mercedes unveiled the EQXX. [1] | none | CITES_NON_ANSWERING",
        // a hedge before sentences that don't answer is an honest "no"; before ones that do, an
        // answer
        "true | The articles don't say outright. The closest they come: Ford showed a truck. [1] | quiz | HEDGED",
        "true | The articles don't say outright. The closest they come: Mercedes unveiled it. [1] | quiz | ANSWERED",
      })
  void eachReplyHasOneOutcome(boolean found, String text, String judgedBy, String expected) {
    Answer a = new Answer("?", found, text, List.of(), null, 0);
    BenchQuestion q = judgedBy.equals("quiz") ? QUIZ : null;
    assertThat(NotFoundBenchmark.outcome(a, q))
        .isEqualTo(NotFoundBenchmark.Outcome.valueOf(expected));
  }
}
