package org.corpusbot.retrieval;

import java.io.IOException;
import java.util.function.BooleanSupplier;

/**
 * The boundary between two batches of an indexing run: the only place a run commits (when one is
 * due) or stops (when asked), so that a commit never splits an article from its passages or
 * contacts. One per run; not thread-safe.
 */
final class Checkpoints {
  /** Commits the index. */
  interface Committer {
    void commit() throws IOException;
  }

  private final BooleanSupplier stop;
  private final long everyNanos;
  private final Committer committer;
  private long last = System.nanoTime();

  /**
   * @param stop asked at each boundary
   * @param everyNanos commit when this long has passed since the last commit; {@link
   *     Long#MAX_VALUE} for a run that commits only at its end (a rebuild)
   */
  Checkpoints(BooleanSupplier stop, long everyNanos, Committer committer) {
    this.stop = stop;
    this.everyNanos = everyNanos;
    this.committer = committer;
  }

  /** True when the run is asked to stop: it then ends here and commits what it has done. */
  boolean stopRequested() {
    return stop.getAsBoolean();
  }

  /** Commits when one is due. */
  void commitIfDue() throws IOException {
    if (System.nanoTime() - last > everyNanos) {
      committer.commit();
      last = System.nanoTime();
    }
  }
}
