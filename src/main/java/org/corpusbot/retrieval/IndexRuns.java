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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The one thread of a process that indexes ({@code indexer}): the start-up check, {@code /reindex}
 * and the {@code index} command all run on it, one after the other, so two runs never write the
 * index (or its contacts) at once. Each run is given its own stop, asked between batches: it is set
 * when the caller waiting for that run gives up, and for every run by {@link #shutdown}, after
 * which no run starts. Thread-safe.
 */
public final class IndexRuns implements AutoCloseable {
  /** What is running or waiting to, since when. */
  public record Running(String why, Instant since) {}

  /** A submitted run and its own stop. */
  private record Run(Running running, AtomicBoolean stop) {
    Run(String why) {
      this(new Running(why, Instant.now()), new AtomicBoolean());
    }
  }

  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "indexer");
            t.setDaemon(true); // a process that ends without close() is not held up by it
            return t;
          });
  // Submitted and not finished, in the order the thread runs them; guarded by this.
  private final Deque<Run> pending = new ArrayDeque<>();
  private volatile boolean shutdown;

  /**
   * Runs {@code task} on the indexing thread and waits for it; a run already going finishes first.
   * {@code task} is given its stop. Its failure is rethrown here, as it was thrown. When the
   * waiting thread is interrupted, this run (and no other) is asked to stop.
   */
  public <T> T run(String why, Function<BooleanSupplier, T> task) {
    Run run = new Run(why);
    Future<T> f = submit(run, task);
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      run.stop().set(true); // the caller gave up: end the run at its next batch
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

  /** Starts {@code task} after the runs going or waiting, without waiting for it. */
  public <T> Future<T> start(String why, Function<BooleanSupplier, T> task) {
    return submit(new Run(why), task);
  }

  /** Starts {@code task} unless a run is going or waiting: then empty, see {@link #running}. */
  public synchronized <T> Optional<Future<T>> startIfIdle(
      String why, Function<BooleanSupplier, T> task) {
    if (!pending.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(submit(new Run(why), task));
  }

  private synchronized <T> Future<T> submit(Run run, Function<BooleanSupplier, T> task) {
    if (thread.isShutdown()) {
      return CompletableFuture.failedFuture(
          new IllegalStateException("indexing has stopped: corpusbot is shutting down"));
    }
    pending.addLast(run);
    BooleanSupplier stop = () -> run.stop().get() || shutdown;
    return thread.submit(
        () -> {
          try {
            return task.apply(stop);
          } finally {
            finished();
          }
        });
  }

  private synchronized void finished() {
    pending.removeFirst();
  }

  /** True once {@link #shutdown} was called: no run starts any more. */
  public boolean stopped() {
    return shutdown;
  }

  /** The run going (or about to start), if any. */
  public synchronized Optional<Running> running() {
    return Optional.ofNullable(pending.peekFirst()).map(Run::running);
  }

  /**
   * No more indexing (closing, SIGTERM): the run going stops at its next batch (it commits what it
   * has done; a rebuild is abandoned), runs waiting stop at their first, and none starts after.
   */
  public void shutdown() {
    synchronized (this) {
      shutdown = true;
      thread.shutdown();
    }
  }

  /** Shuts down (see {@link #shutdown}) and waits up to {@code wait} for the runs to end. */
  public boolean stop(Duration wait) {
    shutdown();
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
