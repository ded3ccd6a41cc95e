package org.corpusbot.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.corpusbot.answer.AnswerComposer;
import org.corpusbot.answer.llm.LlmStats;
import org.corpusbot.retrieval.ArticleCatalog;
import org.corpusbot.retrieval.SearchListener;

/**
 * Every metric of a running corpusbot, in one Micrometer registry rendered in the Prometheus text
 * format. The other packages stay free of Micrometer: they count in their own snapshot records or
 * tell a small listener, and this package turns that into series.
 *
 * <p>Recording costs about a microsecond a question, so the metrics are kept whether or not a
 * server shows them. Thread-safe.
 */
public final class BotMetrics {
  /**
   * Latency histogram buckets, shared by every stage so that they compare: from a BM25 search (a
   * few milliseconds) to a language model answer or a Bot API call waiting out a 429 (a minute).
   */
  private static final Duration[] BUCKETS = {
    Duration.ofMillis(5),
    Duration.ofMillis(10),
    Duration.ofMillis(25),
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofMillis(2500),
    Duration.ofSeconds(5),
    Duration.ofSeconds(10),
    Duration.ofSeconds(30),
    Duration.ofSeconds(60)
  };

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Timer retrieval =
      latency("corpusbot.retrieval", "Hybrid searches (BM25 and vectors), each").register(registry);
  private final TelegramMetrics telegram = new TelegramMetrics(registry);
  private final IndexMetrics indexing = new IndexMetrics(registry);
  private LlmMetrics llm;

  /** A histogram timer with the shared buckets. */
  static Timer.Builder latency(String name, String description) {
    return Timer.builder(name).description(description).serviceLevelObjectives(BUCKETS);
  }

  /** {@code composer}, counting questions and answers and timing each answer. */
  public AnswerComposer timed(AnswerComposer composer) {
    return new TimedComposer(composer, registry);
  }

  /** Times each search; give it to the {@code HybridSearcher}. */
  public SearchListener retrieval() {
    return nanos -> retrieval.record(nanos, TimeUnit.NANOSECONDS);
  }

  public TelegramMetrics telegram() {
    return telegram;
  }

  public IndexMetrics indexing() {
    return indexing;
  }

  /** Shows the language model's counts; call once. */
  public synchronized void bind(LlmStats stats) {
    if (llm != null) {
      throw new IllegalStateException("language model counts are already bound");
    }
    llm = new LlmMetrics(stats, registry);
  }

  /** Shows the index's size; call once. */
  public void bind(ArticleCatalog catalog) {
    indexing.bind(catalog);
  }

  /** Every series, in the Prometheus text format 0.0.4. */
  public String scrape() {
    LlmMetrics l;
    synchronized (this) {
      l = llm;
    }
    if (l != null) {
      l.refresh();
    }
    return registry.scrape();
  }

  MeterRegistry registry() {
    return registry;
  }
}
