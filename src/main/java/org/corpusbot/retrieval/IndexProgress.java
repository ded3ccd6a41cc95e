package org.corpusbot.retrieval;

/** Hears how indexing goes; called on the indexing thread, so it must be quick. */
public interface IndexProgress {
  /** {@code done} of {@code total} articles to (re)index are written. */
  void update(int done, int total);

  /** Indexing ended (also after a failure). */
  void finish();

  IndexProgress NONE =
      new IndexProgress() {
        @Override
        public void update(int done, int total) {}

        @Override
        public void finish() {}
      };
}
