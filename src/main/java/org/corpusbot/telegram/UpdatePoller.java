package org.corpusbot.telegram;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Long polling on one named thread ({@code telegram-poller}): fetch a batch, journal it with the
 * offset that confirms it, queue it for the chat workers, and only then ask for the next batch with
 * that offset. Telegram forgets a batch when that next call arrives, so nothing it forgets was not
 * journaled first; after a restart polling resumes from the journaled offset.
 *
 * <p>NOTE: TelegramBots' own long-polling session ({@code BotSession}) is not used, for two
 * reasons. It drops every update whose id is at or below the highest it has seen, and asks for that
 * maximum plus one; but after a week without updates Telegram numbers the next update from a random
 * value, possibly lower, and answers an offset far beyond its queue from the queue's head: the
 * session would drop those updates for as long as the process runs. And it confirms a batch as soon
 * as its consumer returns, whatever the consumer managed to do with it. Here the offset sent is
 * always the last batch's highest id plus one, whatever came before.
 *
 * <p>Failed polls are retried with {@link PollBackOff}; a journal that cannot be written (disk
 * full) is retried the same way, and the batch stays unconfirmed at Telegram meanwhile: its first
 * failure is logged with its cause, the next ones in one short line each, and the recovery too.
 */
final class UpdatePoller implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(UpdatePoller.class);

  /** One {@code getUpdates} call: blocks up to the long-poll timeout. */
  interface Fetch {
    List<Update> updates(int offset) throws TelegramApiException;
  }

  private final Fetch fetch;
  private final UpdateJournal journal;
  private final Consumer<List<Update>> dispatch;
  private final PollBackOff backOff;
  private final Runnable cancel;
  private final Thread thread;
  private volatile boolean running = true;
  // Failed attempts at journaling in a row (poller thread only): a full disk can last hours.
  private int journalFailures;

  /**
   * @param dispatch queues journaled updates for the workers ({@link UpdatePump#dispatch})
   * @param cancel aborts a {@code getUpdates} call in flight (used by {@link #close})
   */
  UpdatePoller(
      Fetch fetch,
      UpdateJournal journal,
      Consumer<List<Update>> dispatch,
      PollBackOff backOff,
      Runnable cancel) {
    this.fetch = fetch;
    this.journal = journal;
    this.dispatch = dispatch;
    this.backOff = backOff;
    this.cancel = cancel;
    this.thread = new Thread(this::loop, "telegram-poller");
  }

  void start() {
    thread.start();
  }

  private void loop() {
    int offset = journal.offset();
    while (running) {
      List<Update> batch;
      try {
        batch = fetch.updates(offset);
      } catch (TelegramApiException e) {
        if (running) {
          pause("getUpdates failed (" + TelegramBotApi.describe(e) + ")");
        }
        continue;
      }
      if (batch.isEmpty()) {
        backOff.reset();
        continue;
      }
      int next = batch.stream().mapToInt(Update::getUpdateId).max().getAsInt() + 1;
      List<Update> fresh;
      try {
        fresh = journal.received(batch, next);
      } catch (UncheckedIOException e) {
        journalFailed(batch.size(), e);
        continue;
      }
      if (journalFailures > 0) {
        log.info(
            "The update journal is written again after {} failed attempts; polling resumes",
            journalFailures);
        journalFailures = 0;
      }
      backOff.reset();
      offset = next;
      if (running) {
        dispatch.accept(fresh); // blocks while the queue is full; pending in the journal if stopped
      }
    }
  }

  /**
   * The first failure is logged with its cause; while it lasts (a full disk can last hours), one
   * short line per attempt, and one when it is over.
   */
  private void journalFailed(int updates, UncheckedIOException e) {
    long wait = backOff.nextBackOffMillis();
    if (journalFailures++ == 0) {
      log.error(
          "Cannot journal {} updates; Telegram keeps them; polling again in {} ms",
          updates,
          wait,
          e);
    } else {
      log.warn(
          "Still cannot journal updates (attempt {}: {}); polling again in {} ms",
          journalFailures,
          e.getCause() == null ? e.getMessage() : e.getCause().toString(),
          wait);
    }
    sleep(wait);
  }

  private void pause(String why) {
    long wait = backOff.nextBackOffMillis();
    log.warn("{}; polling again in {} ms", why, wait);
    sleep(wait);
  }

  private void sleep(long wait) {
    try {
      Thread.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  /**
   * Stops polling: aborts the call in flight and waits for the thread. A batch fetched and not yet
   * journaled is never confirmed, so Telegram sends it again to the next run.
   */
  @Override
  public void close() {
    running = false;
    cancel.run();
    thread.interrupt();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (thread.isAlive()) {
      log.warn("The Telegram poller did not stop within 10 s");
    }
  }
}
