package org.corpusbot.retrieval;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Reciprocal rank fusion of the ranked lists, at passage level, plus a recency prior.
 *
 * <p>Each passage collects {@code weight / (k + rank)} from each list it appears in; a passage also
 * collects its article's contribution from the article-level BM25 list, so that a passage of an
 * article that matches as a whole is lifted even when its own words match less. The recency prior
 * adds up to {@code recencyWeight / (k + 1)} (a first place in one list) for an article dated at
 * the scope's anchor, halving every {@code recencyDays}. Not thread-safe: one per search.
 */
final class Fusion {
  private final RetrievalTuning tuning;
  private final Map<Integer, Double> scores = new HashMap<>();

  Fusion(RetrievalTuning tuning) {
    this.tuning = tuning;
  }

  void addRank(int doc, int rank, double weight) {
    scores.merge(doc, weight / (tuning.rrfK() + rank), Double::sum);
  }

  static double articleContribution(int rank, double weight, RetrievalTuning tuning) {
    return weight / (tuning.rrfK() + rank);
  }

  void add(int doc, double amount) {
    scores.merge(doc, amount, Double::sum);
  }

  Map<Integer, Double> scores() {
    return scores;
  }

  /** The recency prior of an article dated {@code date} for a search anchored at {@code scope}. */
  static double recency(LocalDate date, TimeScope scope, RetrievalTuning tuning) {
    if (date == null || scope.anchor() == null || tuning.recencyWeight() == 0) {
      return 0;
    }
    long days = Math.abs(scope.anchor().toEpochDay() - date.toEpochDay());
    double prior = Math.pow(0.5, days / tuning.recencyDays());
    double weight = tuning.recencyWeight() * (scope.recent() ? 2 : 1);
    return weight * prior / (tuning.rrfK() + 1);
  }
}
