package org.corpusbot.telegram;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * At most {@code limit} events per key in any {@code window}: a sliding log of each key's recent
 * events. Unlike a token bucket it never lets {@code 2 × limit} through across a window's edge,
 * which is what Telegram's "20 messages a minute in a group" asks. Keys whose events are all older
 * than the window are dropped, so memory stays bounded by the recently active keys. Not
 * thread-safe: {@link SendQueue} calls it under its owner's lock.
 */
final class WindowLimit {
  private final int limit;
  private final long windowNanos;
  private final LongSupplier clock;
  private final Map<Long, ArrayDeque<Long>> events = new HashMap<>();

  WindowLimit(int limit, Duration window, LongSupplier nanoClock) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive");
    }
    this.limit = limit;
    this.windowNanos = window.toNanos();
    this.clock = nanoClock;
  }

  /** Nanoseconds until {@code key} may have one more event (zero: now). */
  long waitNanos(long key) {
    ArrayDeque<Long> log = events.get(key);
    if (log == null) {
      return 0;
    }
    long now = clock.getAsLong();
    expire(log, now);
    return log.size() < limit ? 0 : log.peekFirst() + windowNanos - now;
  }

  /** Records an event of {@code key} now; the caller has checked {@link #waitNanos}. */
  void take(long key) {
    long now = clock.getAsLong();
    if (events.size() > 10_000) {
      events.values().removeIf(log -> expire(log, now));
    }
    ArrayDeque<Long> log = events.computeIfAbsent(key, k -> new ArrayDeque<>());
    expire(log, now);
    log.addLast(now);
  }

  /** Drops events out of the window; true when none is left. */
  private boolean expire(ArrayDeque<Long> log, long now) {
    while (!log.isEmpty() && now - log.peekFirst() >= windowNanos) {
      log.removeFirst();
    }
    return log.isEmpty();
  }
}
