package org.corpusbot.retrieval;

import java.util.List;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.Passage;

/**
 * A served article as written: the whole article (stored whole, searched by its words), its content
 * hash, its copy keys and place ({@code fp}, {@code cluster}, {@code arrival}), its passages (of at
 * most its first {@code index.max-article-chars}) each with its vector and quantized sentence
 * vectors (null when none), and its annotations. Written as one unit: a reader sees all of it or
 * none of it, and it replaces everything the id held before.
 */
public record ArticleBlock(
    Article article,
    String hash,
    Fingerprint fp,
    String cluster,
    long arrival,
    List<Vectored> passages,
    List<Annotation> annotations) {
  public ArticleBlock {
    passages = List.copyOf(passages);
    annotations = List.copyOf(annotations);
  }

  /** A passage with its vector and its sentences' quantized vectors ({@link SentenceVectors}). */
  public record Vectored(Passage passage, float[] vector, byte[] sentenceVectors) {}
}
