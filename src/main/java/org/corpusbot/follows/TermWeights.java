package org.corpusbot.follows;

import java.util.Map;
import java.util.Set;
import org.corpusbot.retrieval.Lexicon;

/**
 * How much each analysed term of a follow weighs: BM25's inverse document frequency in the real
 * index. A one-document {@code MemoryIndex} gives every term the same IDF, so "talks" would count
 * as much as "Nuland"; the weights are read once, when the follows are compiled. A benchmark backs
 * this with its own index. Thread-safe.
 */
@FunctionalInterface
public interface TermWeights {
  /** The weight of each of {@code terms} (analysed as the index analyses text); none missing. */
  Map<String, Double> idf(Set<String> terms);

  /** IDF over the passages of the index {@code lexicon} reads. */
  static TermWeights of(Lexicon lexicon) {
    return lexicon::idf;
  }
}
