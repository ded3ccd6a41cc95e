package org.corpusbot.telegram;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait between attempts at a Bot API call, and between failed long polls: exponential
 * backoff from {@code first} to {@code max}, with ±25% jitter, for server errors and unreachable
 * servers; Telegram's own {@code retry_after} for 429 (capped at {@code maxRetryAfter}); giving up
 * on a call after {@code giveUpAfter} in all (polling never gives up).
 */
public record RetryPolicy(
    Duration first, Duration max, Duration maxRetryAfter, Duration giveUpAfter) {
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(
          Duration.ofMillis(500),
          Duration.ofSeconds(30),
          Duration.ofMinutes(5),
          Duration.ofMinutes(30));

  /**
   * The wait before attempt {@code attempt + 1} (attempts count from 1). NOTE: jittered, so that
   * the chats waiting on one outage (and bots restarted together) do not all retry at once.
   */
  Duration backoff(int attempt) {
    return backoff(attempt, ThreadLocalRandom.current().nextDouble());
  }

  /** As above, with {@code random} (0 to 1) choosing where in ±25% the wait falls. */
  Duration backoff(int attempt, double random) {
    long ms = Math.min(first.toMillis() << Math.min(Math.max(attempt, 1) - 1, 20), max.toMillis());
    return Duration.ofMillis(Math.max(1, Math.round(ms * (0.75 + random * 0.5))));
  }

  Duration retryAfter(Integer seconds) {
    long s = seconds == null || seconds < 1 ? 1 : seconds;
    return Duration.ofSeconds(Math.min(s, maxRetryAfter.toSeconds()));
  }
}
