package org.corpusbot.retrieval;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The one thread of a process that indexes ({@code indexer}): the start-up check, {@code /reindex}
 * and the {@code index} command all run on it, one after the other, so two runs never write the
 * index (or its contacts) at once. A run can be asked to stop; it then ends at its next batch.
 * Thread-safe.
 */
public final class IndexRuns implements AutoCloseable {
  /** What is running or waiting to, since when. */
  public record Running(String why, Instant since) {}

  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "indexer");
            t.setDaemon(true); // a process that ends without close() is not held up by it
            return t;
          });
  // Submitted and not finished, in the order the thread runs them; guarded by this.
  private final Deque<Running> pending = new ArrayDeque<>();
  private volatile boolean stopRequested;

  /**
   * Runs {@code task} on the indexing thread and waits for it; a run already going finishes first.
   * Its failure is rethrown here, as it was thrown.
   */
  public <T> T run(String why, Supplier<T> task) {
    Future<T> f = submit(why, task);
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopRequested = true; // the caller gave up: end the run at its next batch
      throw new IllegalStateException("interrupted while waiting for indexing", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Starts {@code task} unless a run is going or waiting: then empty, see {@link #running}. */
  public synchronized <T> Optional<Future<T>> startIfIdle(String why, Supplier<T> task) {
    if (!pending.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(submit(why, task));
  }

  private synchronized <T> Future<T> submit(String why, Supplier<T> task) {
    if (thread.isShutdown()) {
      return CompletableFuture.failedFuture(new IllegalStateException("indexing has stopped"));
    }
    pending.addLast(new Running(why, Instant.now()));
    return thread.submit(
        () -> {
          try {
            return task.get();
          } finally {
            finished();
          }
        });
  }

  private synchronized void finished() {
    pending.removeFirst();
  }

  /** The run going (or about to start), if any. */
  public synchronized Optional<Running> running() {
    return Optional.ofNullable(pending.peekFirst());
  }

  /** True once a stop was asked for: a run checks this between batches. */
  public boolean stopRequested() {
    return stopRequested;
  }

  /** Asks the running run to stop at its next batch (it commits what it has done). */
  public void requestStop() {
    stopRequested = true;
  }

  /**
   * Asks for a stop, then waits up to {@code wait} for the run going to end; false if it did not.
   */
  public boolean stop(Duration wait) {
    requestStop();
    synchronized (this) {
      thread.shutdown();
    }
    try {
      return thread.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Stops (see {@link #stop}) and waits up to a minute: a batch takes about a second. */
  @Override
  public void close() {
    stop(Duration.ofMinutes(1));
  }
}
