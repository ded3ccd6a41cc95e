package org.corpusbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamePairsTest {
  @ParameterizedTest
  @CsvSource({
    "James Baker, Baker, true",
    "Sante Fe, Sante Fe Southern Pacific Corp, true",
    "General Motors Corp, General Motors, true",
    "Acme Medical Inc, Borealis Health Corp, false",
    "Joe Biden, Hunter Biden, true",
    "Corp, Inc, false",
    // a name whose only significant word is a number: the digits were stripped, so "Group of 7"
    // matched nothing, not even itself, and a right pair counted as both missed and extra
    "Group of 7, Group of 7, true",
    "Group of 7, Group of 20, false",
    "Group of 20, G20, false"
  })
  void namesMatchByTheShorterOnesLastSignificantWord(String a, String b, boolean same) {
    assertThat(NamePairs.same(a, b)).isEqualTo(same);
  }

  @Test
  void oneSideIsEveryPairTwoSidesEachAgainstEach() {
    assertThat(NamePairs.of(List.of(List.of("A", "B", "C")))).hasSize(3);
    assertThat(NamePairs.of(List.of(List.of("A"), List.of("B", "C"))))
        .containsExactly(new NamePairs.Pair("A", "B"), new NamePairs.Pair("A", "C"));
    assertThat(NamePairs.of(List.of(List.of("A")))).isEmpty();
  }

  @Test
  void scoresCountPairsEitherWayRound() {
    var want = List.of(new NamePairs.Pair("Joe Biden", "Vladimir Putin"));
    var got = List.of(new NamePairs.Pair("Putin", "Biden"), new NamePairs.Pair("Putin", "Nuland"));
    ContactScore s = ContactScore.of(want, got);
    assertThat(s.correct()).isEqualTo(1);
    assertThat(s.predicted()).isEqualTo(2);
    assertThat(s.found()).isEqualTo(1);
    assertThat(s.precision()).isEqualTo(0.5);
    assertThat(s.recall()).isEqualTo(1.0);
  }
}
