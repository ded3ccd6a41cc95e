package org.corpusbot.retrieval;

/**
 * The knobs of hybrid search, with the defaults measured best on the dev questions (see the README
 * for the figures). Weights scale each list's contribution.
 *
 * @param fusion how the lists are combined
 * @param candidates how many passages each list contributes before fusion
 * @param rrfK the rank offset of reciprocal rank fusion (RRF only); larger flattens each list's
 *     head
 * @param passageWeight weight of BM25 over passages
 * @param vectorWeight weight of vector similarity over passages
 * @param articleWeight weight of BM25 over whole articles, given to each of the article's passages
 * @param recencyWeight weight of the recency prior (under RRF, relative to a first place)
 * @param recencyDays days over which the recency prior halves
 */
public record RetrievalTuning(
    FusionMethod fusion,
    int candidates,
    int rrfK,
    double passageWeight,
    double vectorWeight,
    double articleWeight,
    double recencyWeight,
    double recencyDays) {

  public RetrievalTuning {
    java.util.Objects.requireNonNull(fusion, "retrieval.fusion");
    if (candidates < 10 || candidates > 2000) {
      throw new IllegalArgumentException("retrieval.candidates must be between 10 and 2000");
    }
    if (rrfK < 1) {
      throw new IllegalArgumentException("retrieval.rrf-k must be positive");
    }
    if (recencyDays <= 0) {
      throw new IllegalArgumentException("retrieval.recency-days must be positive");
    }
  }

  public static RetrievalTuning defaults() {
    return new RetrievalTuning(FusionMethod.CONVEX, 100, 60, 1.0, 2.0, 1.0, 1.0, 7.0);
  }
}
