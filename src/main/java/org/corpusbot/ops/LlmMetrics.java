package org.corpusbot.ops;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpusbot.answer.llm.LlmStats;

/**
 * The language model's counts ({@link LlmStats}) as counters. Failure reasons are free text ("HTTP
 * 500", "OkHttpException: …"), so they are mapped onto a short fixed vocabulary before they become
 * label values: a label never carries text from a server, and the number of series stays small.
 */
final class LlmMetrics {
  private static final Pattern HTTP = Pattern.compile("http (\\d{3})");
  private static final String[] FIXED = {
    "timeout",
    "connection_refused",
    "malformed_reply",
    "empty_reply",
    "overlong_reply",
    "interrupted",
    "other"
  };

  private final LlmStats stats;
  private final MeterRegistry registry;

  LlmMetrics(LlmStats stats, MeterRegistry registry) {
    this.stats = stats;
    this.registry = registry;
    count("corpusbot.llm.calls", "Language model calls", stats.calls);
    count("corpusbot.llm.answers", "Model answers citing the articles", stats.answered, "answered");
    count(
        "corpusbot.llm.answers", "Model answers citing the articles", stats.notFound, "not_found");
    count(
        "corpusbot.llm.fallbacks",
        "Answers given offline because the model failed",
        stats.fallbacks);
    count(
        "corpusbot.llm.citations.removed",
        "Citations the model made up, removed",
        stats.removedCitations);
    count(
        "corpusbot.llm.sentences.dropped",
        "Uncited model sentences dropped",
        stats.droppedSentences);
    count("corpusbot.llm.prompt.tokens", "Prompt tokens sent (estimated)", stats.promptTokens);
    for (String reason : FIXED) {
      failures(reason);
    }
  }

  private void count(String name, String description, LongAdder adder) {
    FunctionCounter.builder(name, adder, LongAdder::doubleValue)
        .description(description)
        .register(registry);
  }

  private void count(String name, String description, LongAdder adder, String result) {
    FunctionCounter.builder(name, adder, LongAdder::doubleValue)
        .description(description)
        .tag("result", result)
        .register(registry);
  }

  /** Adds a series for each reason first seen since the last scrape (an HTTP status, say). */
  void refresh() {
    for (String reason : stats.failures().keySet()) {
      failures(reason(reason));
    }
  }

  private void failures(String label) {
    ToDoubleFunction<LlmStats> sum = s -> total(s.failures(), label);
    // Registering a series again returns the one registered first.
    FunctionCounter.builder("corpusbot.llm.failures", stats, sum)
        .description("Failed model calls by reason (answering and rewriting follow-ups)")
        .tag("reason", label)
        .register(registry);
  }

  private static double total(Map<String, Long> failures, String label) {
    long n = 0;
    for (var e : failures.entrySet()) {
      if (reason(e.getKey()).equals(label)) {
        n += e.getValue();
      }
    }
    return n;
  }

  /** A failure reason as a label value: {@code http_NNN}, a fixed word, or {@code other}. */
  static String reason(String failure) {
    String f = failure == null ? "" : failure.strip().toLowerCase(Locale.ROOT);
    Matcher m = HTTP.matcher(f);
    if (m.matches()) {
      return "http_" + m.group(1);
    }
    if (f.equals("timed out") || f.startsWith("no complete reply within")) {
      return "timeout";
    }
    return switch (f) {
      case "connection refused" -> "connection_refused";
      case "malformed reply" -> "malformed_reply";
      case "empty reply" -> "empty_reply";
      case "overlong reply" -> "overlong_reply";
      case "interrupted" -> "interrupted";
      default -> "other";
    };
  }
}
