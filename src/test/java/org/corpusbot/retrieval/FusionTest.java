package org.corpusbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.corpusbot.retrieval.Evidence.RankedScores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FusionTest {
  private static final LocalDate ANCHOR = LocalDate.of(2022, 3, 10);

  // Passage 5: BM25 4 of best 8, rank 1 lexically, rank 3 by vector; passage 6: rank 2 lexically
  // only. Article "a": BM25 3 of best 6, rank 2; article "b" first.
  private static final Evidence<Integer> EVIDENCE =
      new Evidence<>(
          new RankedScores<>(Map.of(9, 8.0, 5, 4.0, 6, 2.0), Map.of(9, 1, 5, 1, 6, 2), 8.0),
          new RankedScores<>(Map.of(1, 0.9, 2, 0.8, 5, 0.7), Map.of(1, 1, 2, 2, 5, 3), 0.9),
          RankedScores.ofKeys(List.of("b", "a", "a"), List.of(6.0, 3.0, 2.0)));

  private static RetrievalTuning tuning(FusionMethod method, double recencyWeight) {
    return new RetrievalTuning(method, 200, 60, 1.0, 2.0, 1.0, recencyWeight, 7.0);
  }

  @ParameterizedTest(name = "convex doc {0} article {1} cosine {2}")
  @CsvSource({
    // doc, article, cosine, expected = 1 × bm25/best + 2 × max(0, cosine) + 1 × article/best
    "5, a,  0.3, 1.6", // 0.5 + 0.6 + 0.5
    "5, a,     , 1.0", // no cosine: no vector term
    "5, a, -0.4, 1.0", // a negative cosine counts 0
    "5,  ,  0.3, 1.1", // no article
    "6, b,  0.0, 1.25", // 0.25 + 0 + 1 (the article list's best)
    "77, zz, 0.0, 0", // in no list
    "5, a,  1.0, 3.0"
  })
  void convexSumsNormalisedScores(int doc, String article, Double cosine, double expected) {
    Fusion f = new Fusion(tuning(FusionMethod.CONVEX, 1.0));
    assertThat(f.score(doc, article, cosine, EVIDENCE)).isCloseTo(expected, within(1e-9));
  }

  @ParameterizedTest(name = "rrf doc {0} article {1}")
  @CsvSource({
    // doc, article, expected = 1/(60+lexical rank) + 2/(60+vector rank) + 1/(60+article rank)
    "5, a, 0.06426850662704708", // 1/61 + 2/63 + 1/62
    "5,  , 0.048139474368982565", // no article: 1/61 + 2/63
    "6, b, 0.03252247488101533", // 1/62 + 1/61
    "1, zz, 0.03278688524590164", // vector rank 1 only: 2/61
    "77, zz, 0" // in no list
  })
  void rrfSumsWeightedReciprocalRanksAndIgnoresCosine(int doc, String article, double expected) {
    Fusion f = new Fusion(tuning(FusionMethod.RRF, 1.0));
    assertThat(f.score(doc, article, 0.99, EVIDENCE)).isCloseTo(expected, within(1e-12));
    assertThat(f.score(doc, article, null, EVIDENCE)).isCloseTo(expected, within(1e-12));
  }

  @ParameterizedTest(name = "{0}: {1} days from the anchor, recent={2}, weight {3}")
  @CsvSource({
    // fusion, days after the anchor, recent, weight, expected = weight × 0.5^(|days|/7) (× 2 if
    // recent), divided by 61 under RRF
    "CONVEX,   0, false, 1, 1.0",
    "CONVEX,  -7, false, 1, 0.5",
    "CONVEX,   7, false, 1, 0.5", // after the anchor counts the same
    "CONVEX, -14, false, 1, 0.25",
    "CONVEX,  -3, false, 1, 0.7429971445684742",
    "CONVEX,  -7, true,  1, 1.0", // latest news doubles
    "CONVEX,   0, false, 0, 0", // no prior
    "CONVEX,   0, true,  2.5, 5.0",
    "RRF,      0, false, 1, 0.01639344262295082", // 1/61: a first place in one list
    "RRF,     -7, true,  1, 0.01639344262295082" // 2 × 0.5 / 61
  })
  void recencyHalvesEveryRecencyDays(
      FusionMethod method, int days, boolean recent, double weight, double expected) {
    Fusion f = new Fusion(tuning(method, weight));
    TimeScope scope = new TimeScope(null, null, ANCHOR, recent, "");
    assertThat(f.recency(ANCHOR.plusDays(days), scope)).isCloseTo(expected, within(1e-12));
  }

  @ParameterizedTest
  @CsvSource({"CONVEX", "RRF"})
  void noRecencyWithoutADateOrAnAnchor(FusionMethod method) {
    Fusion f = new Fusion(tuning(method, 1.0));
    assertThat(f.recency(null, TimeScope.at(ANCHOR))).isZero();
    assertThat(f.recency(ANCHOR, TimeScope.NONE)).isZero();
  }
}
