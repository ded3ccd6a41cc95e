package org.corpusbot.ops;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.corpusbot.ops.HealthCheck.Status;

/**
 * How the long polls have gone (the last success, failures in a row); whether polling works is
 * {@link #check}ed against a staleness limit given by each reader. Thread-safe.
 */
final class PollingState {
  private final LongSupplier nanoClock;
  private long lastOkNanos;
  private long failedSinceNanos;
  private int failuresInARow;
  private boolean everOk;

  /**
   * @param nanoClock {@link System#nanoTime}, or a test's clock
   */
  PollingState(LongSupplier nanoClock) {
    this.nanoClock = nanoClock;
  }

  /** A poll ended. */
  synchronized void polled(boolean ok) {
    long now = nanoClock.getAsLong();
    if (ok) {
      lastOkNanos = now;
      everOk = true;
      failuresInARow = 0;
    } else if (failuresInARow++ == 0) {
      failedSinceNanos = now;
    }
  }

  /** The last poll succeeded (whatever its age). */
  synchronized boolean lastOk() {
    return everOk && failuresInARow == 0;
  }

  /**
   * Up when the last {@code getUpdates} succeeded no longer ago than {@code staleAfter}: a poll
   * ends at least once per poll timeout, so a longer silence means polling stopped or is stuck (a
   * deaf bot). Down before the first success and while polls fail.
   */
  synchronized Status check(Duration staleAfter) {
    long now = nanoClock.getAsLong();
    if (failuresInARow > 0) {
      return Status.down(
          "getUpdates failing for "
              + seconds(now - failedSinceNanos)
              + " s ("
              + failuresInARow
              + (failuresInARow == 1 ? " failure)" : " failures in a row)"));
    }
    if (!everOk) {
      return Status.down("no getUpdates answered yet");
    }
    long age = now - lastOkNanos;
    if (age > staleAfter.toNanos()) {
      return Status.down("no getUpdates answered for " + seconds(age) + " s");
    }
    return Status.up("last getUpdates answered " + seconds(age) + " s ago");
  }

  private static long seconds(long nanos) {
    return nanos / 1_000_000_000L;
  }
}
