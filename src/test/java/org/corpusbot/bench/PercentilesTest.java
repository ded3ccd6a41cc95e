package org.corpusbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentilesTest {

  @Test
  void anEmptySampleHasNoPercentile() {
    assertThat(Percentiles.of(List.of(), 50)).isNaN();
  }

  @ParameterizedTest
  @CsvSource({
    // p, expected nearest-rank value over 1..10 given shuffled: rank = ceil(p/100 × n)
    "50, 5",
    "90, 9",
    "95, 10",
    "99, 10",
    "100, 10",
    "10, 1",
    "11, 2",
    "0, 1", // rank 0 is clamped to the first
    "-10, 1", // out of range below
    "150, 10" // out of range above
  })
  void nearestRankOverTenUnsortedValues(double p, double expected) {
    List<Double> sample = List.of(7.0, 3.0, 10.0, 1.0, 9.0, 2.0, 8.0, 5.0, 4.0, 6.0);
    assertThat(Percentiles.of(sample, p)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"0", "50", "95", "100"})
  void oneValueIsEveryPercentile(double p) {
    assertThat(Percentiles.of(List.of(42.5), p)).isEqualTo(42.5);
  }

  @ParameterizedTest
  @CsvSource({"33, 2.0", "34, 2.0", "66, 2.0", "67, 3.0"})
  void tiesCountAsSeparateRanks(double p, double expected) {
    assertThat(Percentiles.of(List.of(2.0, 3.0, 2.0), p)).isEqualTo(expected);
  }

  // p/100 × n in floating point overshoots an integer for these (0.55 × 100 = 55.00000000000001),
  // and the ceiling then picked the next rank.
  @ParameterizedTest
  @CsvSource({"7, 100", "14, 100", "28, 100", "55, 100", "56, 100", "14, 50", "28, 50", "56, 50"})
  void anExactRankIsNotPushedUpByRounding(int p, int n) {
    List<Double> sample = new ArrayList<>();
    IntStream.rangeClosed(1, n).forEach(i -> sample.add((double) i));
    assertThat(Percentiles.of(sample, p)).isEqualTo(p * n / 100.0);
  }

  @ParameterizedTest
  @CsvSource({"0.1234, 0.123", "0.1235, 0.124", "2, 2", "-1.0006, -1.001", "1e-4, 0"})
  void roundsToThreeDecimals(double d, double expected) {
    assertThat(Percentiles.round3(d)).isEqualTo(expected);
  }
}
