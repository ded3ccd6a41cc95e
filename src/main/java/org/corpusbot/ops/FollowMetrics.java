package org.corpusbot.ops;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.corpusbot.follows.FollowStats;

/**
 * The follows as series: follows, paused chats and waiting alerts as gauges; alerts sent and
 * deliveries failed, blocked or refused as counters. The series exist from the start (zero until
 * the bot's follows are bound), so that alerts on them work before any traffic. Thread-safe.
 */
final class FollowMetrics {
  private volatile Supplier<FollowStats> stats = () -> FollowStats.NONE;

  FollowMetrics(MeterRegistry registry) {
    gauge(registry, "corpusbot.follows", "Follows of every chat", FollowStats::follows);
    gauge(
        registry,
        "corpusbot.follows.paused.chats",
        "Chats whose follows are paused because they blocked the bot",
        FollowStats::pausedChats);
    gauge(
        registry,
        "corpusbot.alerts.waiting",
        "Alerts matched and not yet sent (digests wait for their time)",
        FollowStats::waitingAlerts);
    FunctionCounter.builder("corpusbot.alerts.sent", this, m -> m.now().alertsSent())
        .description("Alerts delivered (an alert or an article of a digest)")
        .register(registry);
    deliveries(registry, "failed", FollowStats::deliveriesFailed);
    deliveries(registry, "blocked", FollowStats::chatsBlocked);
    deliveries(registry, "refused", FollowStats::deliveriesRefused);
  }

  /** Shows the running bot's follows (call once they are started). */
  void bind(Supplier<FollowStats> source) {
    this.stats = source;
  }

  private FollowStats now() {
    return stats.get();
  }

  private void gauge(
      MeterRegistry registry, String name, String description, ToDoubleFunction<FollowStats> f) {
    Gauge.builder(name, this, m -> f.applyAsDouble(m.now()))
        .description(description)
        .register(registry);
  }

  private void deliveries(MeterRegistry registry, String outcome, ToDoubleFunction<FollowStats> f) {
    FunctionCounter.builder(
            "corpusbot.alert.deliveries.unsent", this, m -> f.applyAsDouble(m.now()))
        .description(
            "Deliveries not sent: failed (tried again), blocked (paused), refused (dropped)")
        .tag("outcome", outcome)
        .register(registry);
  }
}
