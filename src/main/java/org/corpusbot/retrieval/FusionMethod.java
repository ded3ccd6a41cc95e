package org.corpusbot.retrieval;

import java.util.Locale;

/**
 * How ranked lists are combined. {@link #RRF}: reciprocal rank fusion, which only sees ranks;
 * {@link #CONVEX}: a weighted sum of scores normalised per list (BM25 by the list's best score,
 * vectors by raw cosine), which keeps how far ahead a clear winner is.
 */
public enum FusionMethod {
  RRF,
  CONVEX;

  public static FusionMethod parse(String s) {
    try {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown fusion '" + s + "'; choose rrf or convex");
    }
  }
}
