package org.corpusbot.retrieval;

import java.util.Comparator;

/**
 * A passage, by its article and its ordinal in it: the same key in every backend. Ordered by
 * article id, then ordinal (the tie-break of equal fused scores).
 */
public record PassageKey(String articleId, int ordinal) implements Comparable<PassageKey> {
  private static final Comparator<PassageKey> ORDER =
      Comparator.comparing(PassageKey::articleId).thenComparingInt(PassageKey::ordinal);

  @Override
  public int compareTo(PassageKey o) {
    return ORDER.compare(this, o);
  }
}
