package org.corpusbot.telegram;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The wait between failed {@code getUpdates} calls: doubling from half a second to at most {@code
 * maxMillis}, with ±25% jitter, for as long as the outage lasts.
 *
 * <p>NOTE: TelegramBots' default backoff switches to 15-minute sleeps once an outage has lasted 15
 * minutes, so a bot would take up to 15 minutes to notice that Telegram is back.
 */
final class PollBackOff {
  private final long maxMillis;
  private final TelegramListener listener;
  private long current;

  PollBackOff(long maxMillis) {
    this(maxMillis, TelegramListener.NONE);
  }

  /**
   * As above, telling {@code listener} how each poll ended: {@link UpdatePoller} calls {@link
   * #reset} after each successful {@code getUpdates} (journaled) and {@link #nextBackOffMillis}
   * after each failed one (or a batch it could not journal).
   */
  PollBackOff(long maxMillis, TelegramListener listener) {
    this.maxMillis = maxMillis;
    this.listener = listener;
    current = Math.min(500, maxMillis);
  }

  synchronized void reset() {
    current = Math.min(500, maxMillis);
    listener.polled(true);
  }

  synchronized long nextBackOffMillis() {
    listener.polled(false);
    long wait = current;
    current = Math.min(maxMillis, current * 2);
    double jitter = 0.75 + ThreadLocalRandom.current().nextDouble() * 0.5;
    return Math.max(1, (long) (wait * jitter));
  }
}
