package org.corpusbot.retrieval;

import java.util.List;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.Passage;

/**
 * A served article as indexed, with what matching a follow needs: its arrival (the index's
 * sequence: greater is later; 0 for an index older than schema 3), its near-duplicate cluster (its
 * own id when it has none), its passages with their vectors, and its annotations (contacts).
 */
public record FreshArticle(
    Article article,
    long arrival,
    String cluster,
    List<Vectored> passages,
    List<Annotation> annotations) {
  public FreshArticle {
    passages = List.copyOf(passages);
    annotations = List.copyOf(annotations);
  }

  public String id() {
    return article.id();
  }

  /** A passage and its embedding (unit length, as indexed). */
  public record Vectored(Passage passage, float[] vector) {}
}
