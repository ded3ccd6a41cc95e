package org.corpusbot.retrieval;

import java.util.concurrent.TimeUnit;

/**
 * Work a person is waiting for (an answer) goes before background indexing: while any is in flight,
 * the indexer's embedding threads wait before each passage, at most {@code maxWait} each, so a
 * question asked during a burst of new files gets the cores it needs, and indexing still moves
 * under a steady stream of questions. NOTE: on two cores an answer and an embedding thread
 * otherwise share a core; an answer took up to 13 times its idle time at p95 during a burst.
 * Thread-safe.
 */
public final class Foreground {
  private final long maxWaitNanos;
  private int inFlight; // guarded by this

  public Foreground(long maxWait, TimeUnit unit) {
    this.maxWaitNanos = unit.toNanos(maxWait);
  }

  /** Marks foreground work until the returned handle is closed. */
  public Work enter() {
    synchronized (this) {
      inFlight++;
    }
    return this::exit;
  }

  private synchronized void exit() {
    if (--inFlight == 0) {
      notifyAll();
    }
  }

  /** Background work's yield: waits while foreground work is in flight, at most the max wait. */
  public synchronized void yieldToForeground() {
    long end = System.nanoTime() + maxWaitNanos;
    try {
      for (long left = maxWaitNanos; inFlight > 0 && left > 0; left = end - System.nanoTime()) {
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // a stop: the run ends at its next batch
    }
  }

  /** A piece of foreground work; closing it ends it. */
  public interface Work extends AutoCloseable {
    @Override
    void close();
  }
}
