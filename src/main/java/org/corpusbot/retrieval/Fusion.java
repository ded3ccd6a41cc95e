package org.corpusbot.retrieval;

import java.time.LocalDate;

/**
 * Scores one candidate passage from the evidence of the three lists and its article's date.
 *
 * <p>A passage also receives its article's article-level BM25 evidence, so that a passage of an
 * article that matches as a whole is lifted even when its own words match less. The recency prior
 * is {@code recencyWeight × 2^(−days / recencyDays)}, days counted from the scope's anchor, doubled
 * when the question asks for the latest news; under RRF it is scaled to a first place in one list.
 * Thread-safe.
 */
final class Fusion {
  private final RetrievalTuning tuning;

  Fusion(RetrievalTuning tuning) {
    this.tuning = tuning;
  }

  <K> double score(K doc, String articleId, Double cosine, Evidence<K> e) {
    if (tuning.fusion() == FusionMethod.RRF) {
      return rrf(e.lexical().rank(doc), tuning.passageWeight())
          + rrf(e.vector().rank(doc), tuning.vectorWeight())
          + rrf(articleId == null ? 0 : e.articles().rank(articleId), tuning.articleWeight());
    }
    return tuning.passageWeight() * e.lexical().normalized(doc)
        + tuning.vectorWeight() * (cosine == null ? 0 : Math.max(0, cosine))
        + tuning.articleWeight() * (articleId == null ? 0 : e.articles().normalized(articleId));
  }

  private double rrf(int rank, double weight) {
    return rank == 0 ? 0 : weight / (tuning.rrfK() + rank);
  }

  double recency(LocalDate date, TimeScope scope) {
    if (date == null || scope.anchor() == null || tuning.recencyWeight() == 0) {
      return 0;
    }
    long days = Math.abs(scope.anchor().toEpochDay() - date.toEpochDay());
    double prior =
        tuning.recencyWeight()
            * Math.pow(0.5, days / tuning.recencyDays())
            * (scope.recent() ? 2 : 1);
    return tuning.fusion() == FusionMethod.RRF ? prior / (tuning.rrfK() + 1) : prior;
  }
}
