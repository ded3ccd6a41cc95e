package org.corpusbot.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.corpusbot.retrieval.ArticleCatalog;
import org.corpusbot.retrieval.IndexProgress;
import org.corpusbot.retrieval.IndexReport;

/**
 * Indexing as series: articles written (its rate is the indexing rate), articles still to write in
 * the running sync and the time of the last complete one (together, the lag behind the corpus),
 * each sync's duration by how it ended, and the index's size. Thread-safe.
 */
final class IndexMetrics {
  private final MeterRegistry registry;
  private final Counter written;
  private final AtomicInteger pending = new AtomicInteger();
  private final AtomicLong lastSuccessMillis = new AtomicLong();
  private final Timer ok;
  private final Timer stopped;
  private final Timer refused;
  private final Timer failed;

  IndexMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.written =
        Counter.builder("corpusbot.index.articles.written")
            .description("Articles embedded and written to the index")
            .register(registry);
    Gauge.builder("corpusbot.index.articles.pending", pending, AtomicInteger::get)
        .description("Articles the running sync has still to write (0 when idle)")
        .register(registry);
    Gauge.builder("corpusbot.index.last.success", lastSuccessMillis, v -> v.get() / 1000.0)
        .description("When the last sync completed, Unix time (0: none since start)")
        .baseUnit("seconds")
        .register(registry);
    this.ok = runs("ok");
    this.stopped = runs("stopped");
    this.refused = runs("refused");
    this.failed = runs("failed");
  }

  private Timer runs(String result) {
    return Timer.builder("corpusbot.index.sync")
        .description("Syncs of the index with the corpus, by result")
        .tag("result", result)
        .register(registry);
  }

  /**
   * Runs one sync (loading the corpus included), counting its articles as they are written and
   * timing it by how it ended: {@code ok} (only this one is a success), {@code stopped}, {@code
   * refused} (something looked like a fault and was not done), or {@code failed} (it threw). {@code
   * run} is given {@code progress} with counting added.
   */
  IndexReport measure(IndexProgress progress, Function<IndexProgress, IndexReport> run) {
    long t0 = System.nanoTime();
    IndexReport report;
    try {
      report = run.apply(new Counting(progress));
    } catch (RuntimeException | Error e) {
      failed.record(System.nanoTime() - t0, TimeUnit.NANOSECONDS);
      throw e;
    }
    Timer result =
        switch (report.result()) {
          case OK -> ok;
          case STOPPED -> stopped;
          case REFUSED -> refused;
        };
    result.record(System.nanoTime() - t0, TimeUnit.NANOSECONDS);
    if (result == ok) {
      lastSuccessMillis.set(System.currentTimeMillis());
    }
    return report;
  }

  void bind(ArticleCatalog catalog) {
    size("corpusbot.index.articles", "Articles in the index", catalog, o -> o.articles());
    size("corpusbot.index.passages", "Passages in the index", catalog, o -> o.passages());
  }

  private void size(
      String name,
      String description,
      ArticleCatalog catalog,
      ToDoubleFunction<ArticleCatalog.Overview> part) {
    // NOTE: a closed or broken index shows NaN here; /health says why.
    Gauge.builder(name, catalog, c -> part.applyAsDouble(c.overview()))
        .description(description)
        .strongReference(true)
        .register(registry);
  }

  /** Adds each batch's articles to the counter and keeps the pending gauge current. */
  private final class Counting implements IndexProgress {
    private final IndexProgress next;
    private int done;

    Counting(IndexProgress next) {
      this.next = next;
    }

    @Override
    public void update(int done, int total) {
      written.increment(Math.max(0, done - this.done));
      this.done = done;
      pending.set(Math.max(0, total - done));
      next.update(done, total);
    }

    @Override
    public void finish() {
      pending.set(0);
      next.finish();
    }
  }
}
