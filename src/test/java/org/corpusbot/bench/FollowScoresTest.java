package org.corpusbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corpusbot.follows.Follow;
import org.junit.jupiter.api.Test;

/** Recall and precision of the replay, on a case small enough to count by hand. */
class FollowScoresTest {
  static final LocalDate ASKED = LocalDate.of(2022, 3, 10);

  /**
   * A dev question (BenchSplit.of("q1") is checked below) with gold g1 (in window) and g2 (not).
   */
  static FollowReplay.Case topic(String id) {
    Follow f = new Follow(1, 0, Follow.Kind.TOPIC, "t", List.of(), 0, Instant.EPOCH, null, null);
    FollowLabels.Labelled l = new FollowLabels.Labelled(id, Follow.Kind.TOPIC, "t", List.of());
    return new FollowReplay.Case(l, f, ASKED.minusDays(7), ASKED, Set.of("g1", "g2"));
  }

  static FollowReplay.Alert alert(FollowReplay.Case c, String article, double score) {
    return new FollowReplay.Alert(c, article, score, null);
  }

  @Test
  void recallCountsGoldInTheWindowAndPrecisionTheJudgedAndAllAlerts() {
    String id = BenchSplit.of("q1") == BenchSplit.DEV ? "q1" : "q2";
    FollowReplay.Case c = topic(id);
    assertThat(BenchSplit.of(id)).isEqualTo(BenchSplit.DEV);
    Map<String, LocalDate> dates =
        Map.of(
            "g1",
            ASKED.minusDays(2),
            "g2",
            ASKED.minusDays(30),
            "a",
            ASKED,
            "b",
            ASKED,
            "c",
            ASKED);
    List<FollowReplay.Alert> alerts =
        List.of(
            alert(c, "g1", 0.9),
            alert(c, "a", 0.8), // judged ON
            alert(c, "b", 0.7), // judged OFF
            alert(c, "c", 0.6), // not judged
            alert(c, "c", 0.6), // the same alert again counts once
            alert(c, "a", 0.2)); // below the threshold
    Map<String, Boolean> judged = Map.of(id + "\ta", true, id + "\tb", false);
    FollowScores s =
        FollowScores.of(
            List.of(c),
            alerts,
            dates,
            Set.of("g1", "g2", "a", "b", "c"),
            judged,
            BenchSplit.DEV,
            0.5);
    assertThat(s.goldInWindow()).isEqualTo(1);
    assertThat(s.goldOutside()).isEqualTo(1);
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.alerts()).isEqualTo(4);
    assertThat(s.judgedPrecision()).isEqualTo(2.0 / 3);
    assertThat(s.strictPrecision()).isEqualTo(2.0 / 4);
    assertThat(s.unjudged()).isEqualTo(1);
    assertThat(s.perFollowWeek()).isEqualTo(4 * 7.0 / 8);
    FollowScores high =
        FollowScores.of(
            List.of(c),
            alerts,
            dates,
            Set.of("g1", "g2", "a", "b", "c"),
            judged,
            BenchSplit.DEV,
            0.95);
    assertThat(high.recall()).isZero();
    assertThat(high.alerts()).isZero();
  }
}
