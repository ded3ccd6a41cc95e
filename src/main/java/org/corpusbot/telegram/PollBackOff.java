package org.corpusbot.telegram;

/**
 * The wait between failed {@code getUpdates} calls: {@link RetryPolicy#backoff}'s schedule
 * (doubling, with jitter, up to its {@code max}) for as long as the outage lasts, from the start
 * again after a poll that worked.
 *
 * <p>NOTE: TelegramBots' default backoff switches to 15-minute sleeps once an outage has lasted 15
 * minutes, so a bot would take up to 15 minutes to notice that Telegram is back.
 */
final class PollBackOff {
  private final RetryPolicy retry;
  private final TelegramListener listener;
  private int failures;

  PollBackOff(RetryPolicy retry) {
    this(retry, TelegramListener.NONE);
  }

  /**
   * As above, telling {@code listener} how each poll ended: {@link UpdatePoller} calls {@link
   * #reset} after each successful {@code getUpdates} (journaled) and {@link #nextBackOffMillis}
   * after each failed one (or a batch it could not journal).
   */
  PollBackOff(RetryPolicy retry, TelegramListener listener) {
    this.retry = retry;
    this.listener = listener;
  }

  synchronized void reset() {
    failures = 0;
    listener.polled(true);
  }

  synchronized long nextBackOffMillis() {
    listener.polled(false);
    failures = Math.min(failures + 1, 1000);
    return retry.backoff(failures).toMillis();
  }
}
