package org.corpusbot.retrieval;

import java.io.IOException;

/**
 * The search side of the storage boundary. A search runs several requests (words over passages,
 * words over articles, nearest vectors, facts of the candidates, the hits) in one {@link
 * PassageView}, so that a backend that can (Lucene) answers them all from one point in time.
 */
public interface PassageIndex {
  /** Something to do with one view. */
  @FunctionalInterface
  interface ViewAction<T> {
    T apply(PassageView view) throws IOException;
  }

  /**
   * Runs {@code action} on a view of the archive. I/O failures are rethrown unchecked; an archive
   * that cannot be reached throws {@link IndexUnavailableException} with a one-line reason.
   */
  <T> T read(ViewAction<T> action);
}
