package org.corpusbot.telegram;

import java.time.Duration;

/**
 * How long to wait between attempts at a Bot API call: exponential backoff from {@code first} to
 * {@code max} for server errors and unreachable servers, Telegram's own {@code retry_after} for 429
 * (capped at {@code maxRetryAfter}), and giving up after {@code giveUpAfter} in all.
 */
public record RetryPolicy(
    Duration first, Duration max, Duration maxRetryAfter, Duration giveUpAfter) {
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(
          Duration.ofMillis(500),
          Duration.ofSeconds(30),
          Duration.ofMinutes(5),
          Duration.ofMinutes(30));

  /** The wait before attempt {@code attempt + 1} (attempts count from 1). */
  Duration backoff(int attempt) {
    long ms = first.toMillis() << Math.min(attempt - 1, 20);
    return Duration.ofMillis(Math.min(ms, max.toMillis()));
  }

  Duration retryAfter(Integer seconds) {
    long s = seconds == null || seconds < 1 ? 1 : seconds;
    return Duration.ofSeconds(Math.min(s, maxRetryAfter.toSeconds()));
  }
}
