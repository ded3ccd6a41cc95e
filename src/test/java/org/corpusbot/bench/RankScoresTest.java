package org.corpusbot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RankScoresTest {

  @ParameterizedTest(name = "ranks [{0}]")
  @CsvSource(
      delimiter = '|',
      value = {
        // ranks (1-based, 0: not found) | hits@1 | hits@5 | hits@10 | MRR@10
        "''           | 0    | 0    | 0    | 0", // no questions
        "1            | 1    | 1    | 1    | 1",
        "0            | 0    | 0    | 0    | 0",
        "11           | 0    | 0    | 0    | 0", // beyond the cut-off
        "-1           | 0    | 0    | 0    | 0", // out of range
        "10           | 0    | 0    | 1    | 0.1",
        "5 6          | 0    | 0.5  | 1    | 0.18333333333",
        "1 2 0 10     | 0.25 | 0.5  | 0.75 | 0.4",
        "1 1 3 3      | 0.5  | 1    | 1    | 0.66666666667", // ties
        "2 11 0 -3    | 0    | 0.25 | 0.25 | 0.125"
      })
  void scoresTheFirstGoldRankPerQuestion(
      String ranks, double hits1, double hits5, double hits10, double mrr10) {
    List<Integer> r =
        ranks.isBlank()
            ? List.of()
            : Arrays.stream(ranks.strip().split(" +")).map(Integer::valueOf).toList();
    RankScores s = RankScores.of(r);
    assertThat(s.hits1()).isCloseTo(hits1, within(1e-9));
    assertThat(s.hits5()).isCloseTo(hits5, within(1e-9));
    assertThat(s.hits10()).isCloseTo(hits10, within(1e-9));
    assertThat(s.mrr10()).isCloseTo(mrr10, within(1e-9));
  }
}
