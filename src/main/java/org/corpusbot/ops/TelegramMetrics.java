package org.corpusbot.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.corpusbot.telegram.TelegramListener;
import org.corpusbot.telegram.TelegramStats;

/**
 * The Telegram side as series: Bot API call time by method (the "sending" stage), failed attempts
 * by cause, 429 waits, poll outcomes, and the bot's own counts and journal depth from {@link
 * TelegramStats}. Label values come from code (method names, fixed causes), never from a user or a
 * server. Thread-safe.
 */
final class TelegramMetrics implements TelegramListener {
  private static final TelegramStats NONE = new TelegramStats(0, 0, 0, 0, 0, 0, 0, 0, 0);

  private final MeterRegistry registry;
  private final Counter pollsOk;
  private final Counter pollsFailed;
  private volatile Supplier<TelegramStats> stats = () -> NONE;
  private final PollingState polling = new PollingState(System::nanoTime);

  TelegramMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.pollsOk = polls("ok");
    this.pollsFailed = polls("failed");
    // Series for sending exist from the start, so that rates and alerts work before any traffic.
    for (Failure f : Failure.values()) {
      failures("sendMessage", f);
    }
    calls("sendMessage", true);
    calls("sendMessage", false);
    waits("sendMessage");
    count("corpusbot.telegram.updates", "Updates received", TelegramStats::updates);
    count(
        "corpusbot.telegram.refused", "Updates from users or chats not allowed", s -> s.refused());
    count(
        "corpusbot.telegram.user.rate.limited",
        "Questions refused by the per-user rate limit",
        TelegramStats::rateLimited);
    count("corpusbot.telegram.failures", "Updates whose handling failed", s -> s.failures());
    count(
        "corpusbot.telegram.stream.edits",
        "Edits of partly written answers",
        TelegramStats::streamEdits);
    Gauge.builder("corpusbot.telegram.journal.pending", this, m -> m.current().journalDepth())
        .description("Updates received and not yet answered (in the journal)")
        .register(registry);
    Gauge.builder("corpusbot.telegram.polling.up", this, m -> m.pollingUp() ? 1 : 0)
        .description("1 when the last getUpdates succeeded")
        .register(registry);
  }

  private Counter polls(String outcome) {
    return Counter.builder("corpusbot.telegram.polls")
        .description("getUpdates long polls by outcome")
        .tag("outcome", outcome)
        .register(registry);
  }

  private Counter failures(String method, Failure cause) {
    return Counter.builder("corpusbot.telegram.api.failures")
        .description("Failed Bot API attempts by method and cause (retried unless refused)")
        .tag("method", label(method))
        .tag("cause", cause.name().toLowerCase(Locale.ROOT))
        .register(registry);
  }

  private void count(String name, String description, ToDoubleFunction<TelegramStats> part) {
    FunctionCounter.builder(name, this, m -> part.applyAsDouble(m.current()))
        .description(description)
        .register(registry);
  }

  /** Shows the running bot's counts (call once the bot has started). */
  void bind(Supplier<TelegramStats> source) {
    this.stats = source;
  }

  /**
   * Up while long polling works: the last poll succeeded no longer ago than {@code staleAfter} (the
   * longest a healthy poll takes: its timeout plus network slack).
   */
  HealthCheck polling(Duration staleAfter) {
    return () -> polling.check(staleAfter);
  }

  private TelegramStats current() {
    return stats.get();
  }

  private boolean pollingUp() {
    return polling.lastOk();
  }

  private Timer calls(String method, boolean ok) {
    return Meters.latency("corpusbot.telegram.api", "Bot API calls, retries and waits included")
        .tag("method", label(method))
        .tag("outcome", ok ? "ok" : "failed")
        .register(registry);
  }

  private Timer waits(String method) {
    return Timer.builder("corpusbot.telegram.retry.after")
        .description("Waits Telegram asked for with 429 (count and total time)")
        .tag("method", label(method))
        .register(registry);
  }

  @Override
  public void called(String method, long nanos, boolean ok) {
    calls(method, ok).record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void failed(String method, Failure cause) {
    failures(method, cause).increment();
  }

  @Override
  public void rateLimited(String method, Duration wait) {
    waits(method).record(wait);
  }

  @Override
  public void polled(boolean ok) {
    (ok ? pollsOk : pollsFailed).increment();
    polling.polled(ok);
  }

  /** A Bot API method name as a label: letters only, else "other". */
  static String label(String method) {
    return method != null && method.matches("[A-Za-z]{1,40}") ? method : "other";
  }
}
