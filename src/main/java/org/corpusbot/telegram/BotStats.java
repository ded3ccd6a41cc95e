package org.corpusbot.telegram;

import java.util.Arrays;
import java.util.concurrent.atomic.LongAdder;

/** Counters and recent answer latencies for /stats. Thread-safe. */
final class BotStats {
  private static final int WINDOW = 1000;

  final LongAdder updates = new LongAdder();
  final LongAdder questions = new LongAdder();
  final LongAdder found = new LongAdder();
  final LongAdder notFound = new LongAdder();
  final LongAdder refused = new LongAdder();
  final LongAdder rateLimited = new LongAdder();
  final LongAdder failures = new LongAdder();
  final LongAdder streamEdits = new LongAdder();
  private final long[] latencies = new long[WINDOW];
  private int next;
  private int filled;

  TelegramStats snapshot(int journalDepth) {
    return new TelegramStats(
        updates.sum(),
        questions.sum(),
        found.sum(),
        notFound.sum(),
        refused.sum(),
        rateLimited.sum(),
        failures.sum(),
        streamEdits.sum(),
        journalDepth);
  }

  synchronized void latency(long ms) {
    latencies[next] = ms;
    next = (next + 1) % WINDOW;
    filled = Math.min(WINDOW, filled + 1);
  }

  /** The p-th percentile (nearest rank) of the last {@value #WINDOW} answer latencies, or -1. */
  synchronized long percentile(double p) {
    if (filled == 0) {
      return -1;
    }
    long[] copy = Arrays.copyOf(latencies, filled);
    Arrays.sort(copy);
    int rank = (int) Math.ceil(p / 100.0 * filled);
    return copy[Math.max(0, Math.min(filled - 1, rank - 1))];
  }
}
