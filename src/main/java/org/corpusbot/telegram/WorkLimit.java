package org.corpusbot.telegram;

import java.time.Duration;
import java.util.Optional;

/**
 * Who may make the bot work how often. The rule: every question, every command and every button
 * press that does work (searching, composing, summarising, listing articles, showing a passage)
 * takes one token from the user's {@link RateLimiter} bucket; only /help and /reset, which do none,
 * and presses of forged or expired buttons, which are refused before any work, are free.
 */
final class WorkLimit {
  private final RateLimiter limiter;
  private final BotStats stats;

  WorkLimit(RateLimiter limiter, BotStats stats) {
    this.limiter = limiter;
    this.stats = stats;
  }

  /** Takes a token for {@code userId}; when none is left, the notice to show instead of working. */
  Optional<String> refusal(long userId) {
    Duration wait = limiter.acquire(userId);
    if (wait.isZero()) {
      return Optional.empty();
    }
    stats.rateLimited.increment();
    long s = Math.max(1, (wait.toMillis() + 999) / 1000);
    return Optional.of(
        "You're asking faster than I can keep up. Please try again in "
            + s
            + (s == 1 ? " second." : " seconds."));
  }
}
