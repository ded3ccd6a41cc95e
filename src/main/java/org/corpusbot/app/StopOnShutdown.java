package org.corpusbot.app;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every command does on SIGTERM or Ctrl-C, in one shutdown hook: indexing is asked to end at
 * its next batch boundary, so that what is done is committed (a rebuild is abandoned instead,
 * leaving the previous index in service), the command is told ({@link #stopping}, {@link
 * #awaitStop}), and the JVM is held until the command has closed what it opened ({@link #close})
 * or, for the chat, whose thread may sit reading its input, until indexing has ended.
 *
 * <p>Bounded: the JVM halts once the hook returns, so it waits at most {@link #INDEXING} (a batch
 * takes a second or two, its commit a few more) plus, for the Telegram bot, {@code
 * telegram.shutdown-seconds} for the answers in progress: 38 s by default, below the 60 s that the
 * systemd unit ({@code TimeoutStopSec}) and the container's {@code --stop-timeout} give it. Closing
 * removes the hook.
 */
final class StopOnShutdown implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(StopOnShutdown.class);

  /** The longest indexing may take to reach its next batch boundary and commit. */
  static final Duration INDEXING = Duration.ofSeconds(30);

  private final Thread hook;
  private final CountDownLatch stopping = new CountDownLatch(1);
  private final CountDownLatch closed = new CountDownLatch(1);

  private StopOnShutdown(Corpusbot bot, String what, Duration wait, boolean untilClosed) {
    this.hook =
        new Thread(
            () -> {
              log.info("Stopping{}: indexing ends at its next batch", what);
              stopping.countDown();
              if (untilClosed) {
                bot.requestIndexingStop();
                awaitClosed(wait);
              } else if (!bot.stopIndexing(wait)) {
                log.warn("Indexing did not stop within {} s; exiting anyway", wait.toSeconds());
              }
            },
            "shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** The chat: on shutdown, waits for indexing to end (at most {@link #INDEXING}). */
  static StopOnShutdown untilIndexingEnds(Corpusbot bot) {
    return new StopOnShutdown(bot, "", INDEXING, false);
  }

  /**
   * {@code index}: on shutdown, waits until this is closed (the command has printed its summary and
   * closed the index), at most {@link #INDEXING}.
   */
  static StopOnShutdown untilClosed(Corpusbot bot) {
    return new StopOnShutdown(bot, "", INDEXING, true);
  }

  /**
   * The Telegram bot: as {@link #untilClosed(Corpusbot)}, with {@code answers} more for the answers
   * in progress.
   */
  static StopOnShutdown untilClosed(Corpusbot bot, Duration answers) {
    return new StopOnShutdown(
        bot,
        " the Telegram bot (answers in progress get " + answers.toSeconds() + " s)",
        answers.plus(INDEXING),
        true);
  }

  /** True once a stop was asked for: start nothing new. */
  boolean stopping() {
    return stopping.getCount() == 0;
  }

  /** Blocks until a stop is asked for. */
  void awaitStop() throws InterruptedException {
    stopping.await();
  }

  private void awaitClosed(Duration wait) {
    try {
      if (!closed.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn(
            "Not closed within {} s; exiting anyway (the index keeps its last commit, the"
                + " journal what was received)",
            wait.toSeconds());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Releases a shutdown waiting for the command, or removes the hook when none is under way. */
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
