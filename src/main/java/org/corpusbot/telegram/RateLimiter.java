package org.corpusbot.telegram;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per key (a user's questions, a chat's messages): {@code burst} at once, then one
 * more every {@code refill}. Buckets idle long enough to be full again are dropped, so memory stays
 * bounded by the number of recently active keys. Thread-safe.
 */
final class RateLimiter {
  private final int burst;
  private final long refillNanos;
  private final LongSupplier clock;
  private final ConcurrentHashMap<Long, Bucket> buckets = new ConcurrentHashMap<>();

  RateLimiter(int burst, Duration refill, LongSupplier nanoClock) {
    this.burst = burst;
    this.refillNanos = Math.max(1, refill.toNanos());
    this.clock = nanoClock;
  }

  /** Takes one token; when none is left, returns how long until the next one (else zero). */
  Duration acquire(long userId) {
    long now = clock.getAsLong();
    if (buckets.size() > 10_000) {
      buckets.values().removeIf(b -> b.fullBy(now, burst, refillNanos));
    }
    Bucket b = buckets.computeIfAbsent(userId, id -> new Bucket(burst, now));
    synchronized (b) {
      b.refill(now, burst, refillNanos);
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return Duration.ZERO;
      }
      return Duration.ofNanos((long) ((1 - b.tokens) * refillNanos));
    }
  }

  /** How long until {@code key} has a token (zero: it has one now); takes nothing. */
  Duration untilToken(long key) {
    Bucket b = buckets.get(key);
    if (b == null) {
      return Duration.ZERO;
    }
    synchronized (b) {
      b.refill(clock.getAsLong(), burst, refillNanos);
      return b.tokens >= 1
          ? Duration.ZERO
          : Duration.ofNanos((long) Math.ceil((1 - b.tokens) * refillNanos));
    }
  }

  private static final class Bucket {
    double tokens;
    long updated;

    Bucket(int tokens, long now) {
      this.tokens = tokens;
      this.updated = now;
    }

    void refill(long now, int burst, long refillNanos) {
      tokens = Math.min(burst, tokens + (now - updated) / (double) refillNanos);
      updated = now;
    }

    synchronized boolean fullBy(long now, int burst, long refillNanos) {
      return tokens + (now - updated) / (double) refillNanos >= burst;
    }
  }
}
