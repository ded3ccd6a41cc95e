package org.corpusbot.retrieval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Passages best first, and the time scope that was applied. {@code relaxed} is true when the time
 * the question named held no matching article and the search fell back to all dates. {@code model}
 * made {@code queryVector} and the index's vectors: anything compared with the query vector must be
 * embedded by it; null when the index names a model this version does not have (then the search was
 * by words alone and {@code queryVector} is null).
 */
public record SearchResult(
    List<PassageHit> hits,
    TimeScope scope,
    boolean relaxed,
    float[] queryVector,
    EmbeddingModelChoice model) {
  public SearchResult {
    hits = List.copyOf(hits);
  }

  /** The distinct article ids of the hits, in order of their best passage. */
  public List<String> articleIds() {
    Set<String> ids = new LinkedHashSet<>();
    for (PassageHit h : hits) {
      ids.add(h.article().id());
    }
    return new ArrayList<>(ids);
  }
}
