package org.corpusbot.retrieval;

import java.util.Map;
import java.util.Set;

/** How common analysed terms are among passages: what BM25's inverse document frequency needs. */
public interface TermStats {
  /** Passages holding text, and how many of them hold each of {@code terms}. */
  record Frequencies(long passages, Map<String, Long> docFreq) {}

  Frequencies frequencies(Set<String> terms);
}
