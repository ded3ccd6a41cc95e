package org.corpusbot.telegram;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Our update consumer, in place of the library's single-threaded one. On the polling thread it only
 * journals the updates (so they survive a crash once Telegram considers them delivered) and hands
 * each to its chat's lane; answers are composed on the worker threads.
 */
final class UpdatePump implements LongPollingUpdateConsumer {
  private static final Logger log = LoggerFactory.getLogger(UpdatePump.class);

  private final UpdateJournal journal;
  private final ChatLanes lanes;
  private final UpdateHandler handler;
  private final BotStats stats;

  UpdatePump(UpdateJournal journal, ChatLanes lanes, UpdateHandler handler, BotStats stats) {
    this.journal = journal;
    this.lanes = lanes;
    this.handler = handler;
    this.stats = stats;
  }

  @Override
  public void consume(List<Update> updates) {
    List<Update> fresh = new ArrayList<>();
    for (Update u : updates) {
      if (!journal.seen(u.getUpdateId())) {
        fresh.add(u);
      }
    }
    if (fresh.isEmpty()) {
      return;
    }
    journalPatiently(fresh);
    dispatch(fresh);
  }

  /**
   * NOTE: this must not throw: the library has already counted these updates as received, and an
   * exception would end its polling task for good. If the journal cannot be written (disk full),
   * polling waits here, retrying, until it can.
   */
  private void journalPatiently(List<Update> fresh) {
    for (int attempt = 1; ; attempt++) {
      try {
        journal.received(fresh);
        return;
      } catch (RuntimeException e) {
        log.error(
            "Cannot journal {} updates (attempt {}); polling waits: {}",
            fresh.size(),
            attempt,
            e.getMessage());
        try {
          Thread.sleep(Math.min(30_000, 500L * attempt));
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** Queues updates for their chats (also used to replay what an earlier run left pending). */
  void dispatch(List<Update> updates) {
    for (Update u : updates) {
      try {
        lanes.submit(UpdateHandler.lane(u), () -> run(u));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return; // shutting down: what was not queued stays pending in the journal
      }
    }
  }

  private void run(Update u) {
    try {
      handler.handle(u);
      journal.handled(u.getUpdateId());
    } catch (BotApiException e) {
      stats.failures.increment();
      if (e.code() == 0) {
        // Telegram stayed unreachable: keep the update pending so that a restart answers it.
        log.error("Update {} not answered: {}", u.getUpdateId(), e.getMessage());
        return;
      }
      log.warn("Update {}: Telegram refused the reply: {}", u.getUpdateId(), e.getMessage());
      journal.handled(u.getUpdateId());
    } catch (RuntimeException e) {
      stats.failures.increment();
      log.error("Update {} failed", u.getUpdateId(), e);
      journal.handled(u.getUpdateId()); // a bug would fail again on every restart
    }
  }
}
