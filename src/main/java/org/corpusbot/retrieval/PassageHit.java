package org.corpusbot.retrieval;

import org.corpusbot.corpus.ArticleInfo;
import org.corpusbot.corpus.Passage;

/**
 * A retrieved passage with its article's metadata. {@code score} orders hits within one search
 * only; {@code similarity} is the cosine similarity of the passage to the question (-1 to 1),
 * comparable across searches, and is what thresholds should use.
 */
public record PassageHit(Passage passage, ArticleInfo article, double score, double similarity) {}
