package org.corpusbot.ops;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
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
 * format: the Micrometer side of {@link BotMetrics}. Thread-safe.
 */
final class Meters {
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
  private final FollowMetrics follows = new FollowMetrics(registry);
  private LlmMetrics llm;

  /** A histogram timer with the shared buckets. */
  static Timer.Builder latency(String name, String description) {
    return Timer.builder(name).description(description).serviceLevelObjectives(BUCKETS);
  }

  AnswerComposer timed(AnswerComposer composer) {
    return new TimedComposer(composer, registry);
  }

  SearchListener retrieval() {
    return nanos -> retrieval.record(nanos, TimeUnit.NANOSECONDS);
  }

  TelegramMetrics telegram() {
    return telegram;
  }

  IndexMetrics indexing() {
    return indexing;
  }

  synchronized void bind(LlmStats stats) {
    if (llm != null) {
      throw new IllegalStateException("language model counts are already bound");
    }
    llm = new LlmMetrics(stats, registry);
  }

  FollowMetrics follows() {
    return follows;
  }

  void bind(ArticleCatalog catalog) {
    indexing.bind(catalog);
  }

  String scrape() {
    LlmMetrics l;
    synchronized (this) {
      l = llm;
    }
    if (l != null) {
      l.refresh();
    }
    return registry.scrape();
  }

  /** Memory, garbage collection, threads, CPU, uptime and open files of this process. */
  AutoCloseable bindJvm() {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    new FileDescriptorMetrics().bindTo(registry);
    JvmGcMetrics gc = new JvmGcMetrics();
    gc.bindTo(registry);
    return gc;
  }
}
