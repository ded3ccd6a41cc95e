package org.corpusbot.app;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On SIGTERM or Ctrl-C, ends indexing at its next batch boundary, so that what is done is committed
 * (a rebuild is abandoned instead, leaving the previous index in service), and holds the JVM until
 * then. With {@code untilClosed} it also waits for the command itself to finish (the {@code index}
 * command prints its summary); otherwise only for indexing to end (the chat may sit reading its
 * input). Bounded: a batch takes about a second. Closing removes the hook.
 */
final class StopIndexingOnShutdown implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(StopIndexingOnShutdown.class);
  private static final Duration WAIT = Duration.ofSeconds(60);

  private final Thread hook;
  private final CountDownLatch closed = new CountDownLatch(1);

  private StopIndexingOnShutdown(Corpusbot bot, boolean untilClosed) {
    this.hook =
        new Thread(
            () -> {
              log.info("Stopping: indexing ends at its next batch");
              if (untilClosed) {
                bot.requestIndexingStop();
                awaitClosed();
              } else {
                bot.stopIndexing(WAIT);
              }
            },
            "shutdown-indexing");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Waits for indexing to end on shutdown. */
  static StopIndexingOnShutdown register(Corpusbot bot) {
    return new StopIndexingOnShutdown(bot, false);
  }

  /** Waits on shutdown until this is closed (the command has finished). */
  static StopIndexingOnShutdown untilClosed(Corpusbot bot) {
    return new StopIndexingOnShutdown(bot, true);
  }

  private void awaitClosed() {
    try {
      if (!closed.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn("Indexing did not stop within {} s; exiting anyway", WAIT.toSeconds());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    closed.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running: it has just been released
    }
  }
}
