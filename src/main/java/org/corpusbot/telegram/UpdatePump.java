package org.corpusbot.telegram;

import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Hands each journaled update to its chat's lane, and records it as handled once answered. Answers
 * are composed on the worker threads, never on the polling thread.
 */
final class UpdatePump {
  private static final Logger log = LoggerFactory.getLogger(UpdatePump.class);

  private final UpdateJournal journal;
  private final ChatLanes lanes;
  private final Consumer<Update> handler;
  private final BotStats stats;

  /**
   * @param handler answers one update ({@link UpdateHandler#handle}) on a chat worker
   */
  UpdatePump(UpdateJournal journal, ChatLanes lanes, Consumer<Update> handler, BotStats stats) {
    this.journal = journal;
    this.lanes = lanes;
    this.handler = handler;
    this.stats = stats;
  }

  /**
   * Queues journaled updates for their chats, waiting while the queue is full. What is not queued
   * because the bot is stopping stays pending in the journal for the next start.
   */
  void dispatch(List<Update> updates) {
    for (Update u : updates) {
      try {
        if (!lanes.submit(UpdateHandler.lane(u), () -> run(u))) {
          return;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void run(Update u) {
    try {
      handler.accept(u);
    } catch (RuntimeException e) {
      if (Thread.currentThread().isInterrupted()) {
        // Stopped by the shutdown (a search, a send or a wait cut short): not an error, and not
        // handled either, so the next start answers it in full.
        log.info("Update {} stopped by the shutdown, left for the next start", u.getUpdateId());
        return;
      }
      stats.failures.increment();
      if (e instanceof BotApiException b && b.code() == 0) {
        // Telegram stayed unreachable for the whole retry budget: a restart answers it.
        log.error(
            "Update {} not answered, left for the next start: {}", u.getUpdateId(), e.getMessage());
        return;
      }
      if (e instanceof BotApiException) {
        log.warn("Update {}: Telegram refused the reply: {}", u.getUpdateId(), e.getMessage());
      } else {
        log.error(
            "Update {} failed", u.getUpdateId(), e); // handled all the same: it would fail again
      }
    }
    try {
      journal.handled(u.getUpdateId());
    } catch (RuntimeException e) {
      log.error(
          "Update {} answered but not journaled as such; a restart answers it again",
          u.getUpdateId(),
          e);
    }
  }
}
