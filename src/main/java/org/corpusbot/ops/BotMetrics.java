package org.corpusbot.ops;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import org.corpusbot.answer.AnswerComposer;
import org.corpusbot.answer.llm.LlmStats;
import org.corpusbot.follows.FollowStats;
import org.corpusbot.ops.HealthCheck.Status;
import org.corpusbot.retrieval.ArticleCatalog;
import org.corpusbot.retrieval.IndexProgress;
import org.corpusbot.retrieval.IndexReport;
import org.corpusbot.retrieval.SearchListener;
import org.corpusbot.telegram.TelegramListener;
import org.corpusbot.telegram.TelegramStats;

/**
 * Every metric of a running corpusbot, for {@link OpsServer}. The other packages stay free of
 * Micrometer: they count in their own snapshot records or tell a small listener, and this class
 * turns that into series. Recording costs about a microsecond a question.
 *
 * <p>Off (metrics.port = 0) it records nothing and passes everything through, and no Micrometer
 * class is loaded: loading them costs about 0.3 s, a third of a one-shot {@code ask}. For that,
 * this class names no Micrometer type; {@link Meters} holds them. Thread-safe.
 */
public final class BotMetrics {
  private final Meters meters; // null when off

  private BotMetrics(Meters meters) {
    this.meters = meters;
  }

  /** Metrics when the settings serve them, else none. */
  public static BotMetrics of(MetricsSettings settings) {
    return settings.enabled() ? on() : off();
  }

  public static BotMetrics on() {
    return new BotMetrics(new Meters());
  }

  public static BotMetrics off() {
    return new BotMetrics(null);
  }

  public boolean enabled() {
    return meters != null;
  }

  /** {@code composer}, counting questions and answers and timing each answer. */
  public AnswerComposer timed(AnswerComposer composer) {
    return meters == null ? composer : meters.timed(composer);
  }

  /** Times each search; give it to the {@code HybridSearcher}. */
  public SearchListener retrieval() {
    return meters == null ? SearchListener.NONE : meters.retrieval();
  }

  /**
   * Runs one sync of the index, counting its articles as they are written and timing it; {@code
   * run} is given {@code progress} with the counting added.
   */
  public IndexReport indexing(IndexProgress progress, Function<IndexProgress, IndexReport> run) {
    return meters == null ? run.apply(progress) : meters.indexing().measure(progress, run);
  }

  /** Give it to the Telegram bot: Bot API calls, failures by cause, 429 waits, polls. */
  public TelegramListener telegram() {
    return meters == null ? TelegramListener.NONE : meters.telegram();
  }

  /** Shows the running Telegram bot's counts and journal depth. */
  public void bind(Supplier<TelegramStats> telegram) {
    if (meters != null) {
      meters.telegram().bind(telegram);
    }
  }

  /** Shows the language model's counts; call once. */
  public void bind(LlmStats stats) {
    if (meters != null) {
      meters.bind(stats);
    }
  }

  /** Shows the follows' counts once the bot has started them. */
  public void bindFollows(Supplier<FollowStats> follows) {
    if (meters != null) {
      meters.follows().bind(follows);
    }
  }

  /** Shows the index's size; call once. */
  public void bind(ArticleCatalog catalog) {
    if (meters != null) {
      meters.bind(catalog);
    }
  }

  /**
   * Up while long polling works: the last poll succeeded no longer ago than {@code staleAfter} (the
   * longest a healthy poll takes: its timeout plus network slack).
   */
  public HealthCheck polling(Duration staleAfter) {
    return meters == null
        ? () -> Status.down("not watched (metrics.port = 0)")
        : meters.telegram().polling(staleAfter);
  }

  /** Every series, in the Prometheus text format 0.0.4. */
  String scrape() {
    return served().scrape();
  }

  /** Adds the JVM's own series until the returned handle is closed. */
  AutoCloseable bindJvm() {
    return served().bindJvm();
  }

  private Meters served() {
    if (meters == null) {
      throw new IllegalStateException("metrics are off: set metrics.port to serve them");
    }
    return meters;
  }
}
