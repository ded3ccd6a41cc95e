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

  void failed(String reason) {
    fallbacks.increment();
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
