package org.corpusbot.retrieval;

/**
 * The Lucene index's {@link PassageIndex}: a view is one acquired searcher, so every request of a
 * search sees the same commit. Thread-safe.
 */
final class LucenePassages implements PassageIndex {
  private final CorpusIndex index;

  LucenePassages(CorpusIndex index) {
    this.index = index;
  }

  @Override
  public <T> T read(ViewAction<T> action) {
    return index.search(searcher -> action.apply(new LuceneView(searcher)));
  }
}
