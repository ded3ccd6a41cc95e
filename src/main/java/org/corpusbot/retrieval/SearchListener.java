package org.corpusbot.retrieval;

/**
 * Hears how long each {@link HybridSearcher#search} took, for monitoring. Called on the searching
 * thread after the search, also when it failed: implementations must be quick, thread-safe and must
 * not throw.
 */
@FunctionalInterface
public interface SearchListener {
  void searched(long nanos);

  SearchListener NONE = nanos -> {};
}
