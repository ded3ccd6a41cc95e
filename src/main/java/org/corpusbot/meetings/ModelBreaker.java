package org.corpusbot.meetings;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Stops asking a model that keeps failing: after {@link #FAILURES} failures in a row, no call for
 * {@code pause}, then one trial call (a success closes it, a failure opens it again). While the
 * model is down, indexing then waits for at most {@link #FAILURES} timeouts, and one more per
 * pause, instead of one per article. Thread-safe.
 *
 * <p>NOTE: hand-written, not resilience4j: one counter and one instant, for the one caller there
 * is.
 */
final class ModelBreaker {
  static final int FAILURES = 3;

  private final long pauseNanos;
  private final LongSupplier clock;
  private int inARow;
  private long openUntil;
  private boolean open;

  ModelBreaker(Duration pause, LongSupplier nanoClock) {
    this.pauseNanos = pause.toNanos();
    this.clock = nanoClock;
  }

  /** True when the model may be asked now. */
  synchronized boolean allows() {
    return !open || clock.getAsLong() - openUntil >= 0;
  }

  synchronized void succeeded() {
    inARow = 0;
    open = false;
  }

  /** Records a failure; true when it opens the breaker (the caller says so, once). */
  synchronized boolean failed() {
    inARow++;
    boolean trial = open;
    if (inARow >= FAILURES || trial) {
      open = true;
      openUntil = clock.getAsLong() + pauseNanos;
      return !trial;
    }
    return false;
  }
}
