package org.corpusbot.retrieval;

/**
 * Which evidence a search uses: the bot always uses {@link #HYBRID}; the others are for measuring.
 */
public enum SearchMode {
  BM25,
  VECTOR,
  HYBRID
}
