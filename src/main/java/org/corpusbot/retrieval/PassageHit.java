package org.corpusbot.retrieval;

import org.corpusbot.corpus.ArticleInfo;
import org.corpusbot.corpus.Passage;

/**
 * A retrieved passage with its article's metadata. {@code score} orders hits within one search
 * only; {@code similarity} is the cosine similarity of the passage to the question (-1 to 1),
 * comparable across searches, and is what thresholds should use. {@code sentences} are the vectors
 * of its sentences stored at index time, by the model of the search's query vector; null when the
 * index holds none (built by an earlier version).
 */
public record PassageHit(
    Passage passage,
    ArticleInfo article,
    double score,
    double similarity,
    SentenceVectors sentences) {

  public PassageHit(Passage passage, ArticleInfo article, double score, double similarity) {
    this(passage, article, score, similarity, null);
  }
}
