package org.corpusbot.answer.llm;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** What the language model did, for /stats and the log. Thread-safe. */
public final class LlmStats {
  public final LongAdder calls = new LongAdder();
  public final LongAdder answered = new LongAdder();
  public final LongAdder notFound = new LongAdder();
  public final LongAdder fallbacks = new LongAdder();
  public final LongAdder removedCitations = new LongAdder();
  public final LongAdder droppedSentences = new LongAdder();
  public final LongAdder promptTokens = new LongAdder();
  private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
  private final java.util.ArrayDeque<double[]> recent = new java.util.ArrayDeque<>();

  /**
   * One call's cost: our own time around the model (prompt building, checking, streaming progress),
   * the model call itself, and the prompt's estimated tokens. The last 10,000 are kept.
   */
  synchronized void record(long ownNanos, long modelNanos, int tokens) {
    recent.addLast(new double[] {ownNanos / 1e6, modelNanos / 1e6, tokens});
    if (recent.size() > 10_000) {
      recent.removeFirst();
    }
  }

  /** Our own milliseconds around each recent model call. */
  public synchronized java.util.List<Double> ownMillis() {
    return recent.stream().map(x -> x[0]).toList();
  }

  /** Milliseconds of each recent model call. */
  public synchronized java.util.List<Double> modelMillis() {
    return recent.stream().map(x -> x[1]).toList();
  }

  /** Estimated prompt tokens of each recent model call. */
  public synchronized java.util.List<Double> promptTokenCounts() {
    return recent.stream().map(x -> x[2]).toList();
  }

  /** The model failed and the offline path answered instead. */
  void failed(String reason) {
    fallbacks.increment();
    failure(reason);
  }

  /** The model failed at a step with its own offline way (rewriting a follow-up). */
  void failure(String reason) {
    failures.computeIfAbsent(reason, r -> new AtomicLong()).incrementAndGet();
  }

  /** Failures by reason ("HTTP 500", "timed out", …). */
  public Map<String, Long> failures() {
    Map<String, Long> out = new TreeMap<>();
    failures.forEach((k, v) -> out.put(k, v.get()));
    return out;
  }

  /** One line for /stats. */
  public String summary() {
    long n = calls.sum();
    return n
        + " model calls: "
        + answered.sum()
        + " answered, "
        + notFound.sum()
        + " not found, "
        + fallbacks.sum()
        + " answered offline instead"
        + (failures.isEmpty() ? "" : " " + failures())
        + "; "
        + removedCitations.sum()
        + " invalid citations removed, "
        + droppedSentences.sum()
        + " uncited sentences dropped; "
        + (n == 0 ? 0 : promptTokens.sum() / n)
        + " prompt tokens a call";
  }
}
