package org.corpusbot.bench;

import java.util.List;

/**
 * Retrieval quality over a question set, scored as the data's README defines: the rank of the first
 * gold article among the distinct articles returned.
 */
public record RankScores(double hits1, double hits5, double hits10, double mrr10) {

  /** Scores from the 1-based rank of the first gold article per question (0: not in the list). */
  public static RankScores of(List<Integer> ranks) {
    if (ranks.isEmpty()) {
      return new RankScores(0, 0, 0, 0);
    }
    double h1 = 0;
    double h5 = 0;
    double h10 = 0;
    double mrr = 0;
    for (int r : ranks) {
      if (r >= 1 && r <= 10) {
        mrr += 1.0 / r;
        h10++;
        h5 += r <= 5 ? 1 : 0;
        h1 += r == 1 ? 1 : 0;
      }
    }
    int n = ranks.size();
    return new RankScores(h1 / n, h5 / n, h10 / n, mrr / n);
  }
}
