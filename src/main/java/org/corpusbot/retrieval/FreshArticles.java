package org.corpusbot.retrieval;

import java.util.Collection;
import java.util.List;

/**
 * Served articles read back with their passages, vectors and annotations: those that arrived after
 * a given arrival (what follows are matched against), or given ids (a benchmark's replay).
 * Duplicates (stored, not served) are never returned. Thread-safe.
 */
public interface FreshArticles {
  /** The greatest arrival of a served article; 0 for an empty archive. */
  long lastArrival();

  /**
   * Served articles with an arrival greater than {@code after}, oldest arrival first, at most
   * {@code limit}; passages in ordinal order, annotations by start offset.
   */
  List<FreshArticle> since(long after, int limit);

  /** The served articles among {@code ids} (those not served are left out), in no set order. */
  List<FreshArticle> of(Collection<String> ids);
}
