package org.corpusbot.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.corpusbot.ops.HealthCheck.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpsPartsTest {
  private static final long S = 1_000_000_000L;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "HTTP 500 | http_500",
        "HTTP 401 | http_401",
        "timed out | timeout",
        "no complete reply within 30 s | timeout",
        "connection refused | connection_refused",
        "malformed reply | malformed_reply",
        "empty reply | empty_reply",
        "overlong reply | overlong_reply",
        "interrupted | interrupted",
        "OkHttpException: http://admin:pw@host/v1 said no | other",
        "HTTP 5000 | other",
        "'' | other"
      })
  void modelFailureReasonsBecomeAFixedVocabularyOfLabels(String reason, String label) {
    assertThat(LlmMetrics.reason(reason)).isEqualTo(label);
  }

  @Test
  void botApiMethodNamesAreLettersOnly() {
    assertThat(TelegramMetrics.label("sendMessage")).isEqualTo("sendMessage");
    assertThat(TelegramMetrics.label("send\"Message")).isEqualTo("other");
    assertThat(TelegramMetrics.label(null)).isEqualTo("other");
  }

  @Test
  void pollingIsDownUntilAPollSucceedsWhileItFailsAndWhenItGoesQuiet() {
    AtomicLong now = new AtomicLong(1000 * S);
    PollingState p = new PollingState(now::get);
    Duration stale = Duration.ofSeconds(60);
    assertThat(p.check(stale)).isEqualTo(Status.down("no getUpdates answered yet"));
    assertThat(p.lastOk()).isFalse();

    p.polled(true);
    now.addAndGet(5 * S);
    assertThat(p.check(stale)).isEqualTo(Status.up("last getUpdates answered 5 s ago"));
    assertThat(p.lastOk()).isTrue();

    p.polled(false);
    now.addAndGet(3 * S);
    p.polled(false);
    assertThat(p.check(stale))
        .isEqualTo(Status.down("getUpdates failing for 3 s (2 failures in a row)"));
    assertThat(p.lastOk()).isFalse();

    p.polled(true);
    assertThat(p.check(stale).up()).isTrue();
    now.addAndGet(61 * S);
    assertThat(p.check(stale)).isEqualTo(Status.down("no getUpdates answered for 61 s"));
  }

  @Test
  void everyPollingCheckHearsEveryPoll() {
    BotMetrics m = BotMetrics.on();
    HealthCheck first = m.polling(Duration.ofSeconds(60));
    HealthCheck second = m.polling(Duration.ofSeconds(120));
    m.telegram().polled(true);
    assertThat(first.check().up()).isTrue();
    assertThat(second.check().up()).isTrue();
    m.telegram().polled(false);
    assertThat(first.check().up()).isFalse();
    assertThat(second.check().up()).isFalse();
  }

  @Test
  void theFollowsSeriesAreZeroUntilBoundThenShowTheBotsCounts() {
    BotMetrics m = BotMetrics.on();
    assertThat(m.scrape())
        .contains("corpusbot_follows 0.0")
        .contains("corpusbot_alerts_sent_total 0.0");
    m.bindFollows(() -> new org.corpusbot.follows.FollowStats(12, 1, 3, 40, 5, 2, 4));
    assertThat(m.scrape().lines())
        .contains(
            "corpusbot_follows 12.0",
            "corpusbot_follows_paused_chats 1.0",
            "corpusbot_alerts_waiting 3.0",
            "corpusbot_alerts_sent_total 40.0",
            "corpusbot_alert_deliveries_unsent_total{outcome=\"failed\"} 5.0",
            "corpusbot_alert_deliveries_unsent_total{outcome=\"blocked\"} 2.0",
            "corpusbot_alert_deliveries_unsent_total{outcome=\"refused\"} 4.0");
  }

  @Test
  void offMetricsPassEverythingThroughAndServeNothing() {
    BotMetrics off = BotMetrics.off();
    org.corpusbot.answer.AnswerComposer composer = q -> null;
    assertThat(off.enabled()).isFalse();
    assertThat(off.timed(composer)).isSameAs(composer);
    assertThat(off.retrieval()).isSameAs(org.corpusbot.retrieval.SearchListener.NONE);
    assertThat(off.telegram()).isSameAs(org.corpusbot.telegram.TelegramListener.NONE);
    assertThat(off.polling(Duration.ofSeconds(1)).check().up()).isFalse();
    assertThatThrownBy(
            () ->
                OpsServer.start(
                    new java.net.InetSocketAddress("127.0.0.1", 0), off, new Health(Map.of())))
        .hasMessageContaining("off");
  }

  /** Uses every method of metrics that are off, in a JVM of its own (see below). */
  public static void main(String[] args) {
    BotMetrics off = BotMetrics.of(MetricsSettings.OFF);
    off.timed(q -> null);
    off.retrieval().searched(1);
    off.telegram().polled(true);
    off.bind(new org.corpusbot.answer.llm.LlmStats());
    off.bind(() -> null);
    off.polling(Duration.ofSeconds(1)).check();
    off.indexing(org.corpusbot.retrieval.IndexProgress.NONE, p -> null);
  }

  @Test
  void offMetricsLoadNoMicrometerClass() throws Exception {
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class",
                "-cp",
                System.getProperty("java.class.path"),
                OpsPartsTest.class.getName())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).as(out).isZero();
    assertThat(out).contains("org.corpusbot.ops.BotMetrics").doesNotContain("io.micrometer");
  }

  @Test
  void readyOnlyWhenEveryCheckIsUpAndAThrowingCheckIsDown() {
    Map<String, HealthCheck> checks = new LinkedHashMap<>();
    checks.put("index", () -> Status.up("61 articles"));
    checks.put("polling", () -> Status.up("fine"));
    assertThat(new Health(checks).report().up()).isTrue();
    assertThat(new Health(checks).report().json())
        .isEqualTo(
            "{\"status\":\"UP\",\"checks\":{\"index\":{\"status\":\"UP\",\"detail\":\"61"
                + " articles\"},\"polling\":{\"status\":\"UP\",\"detail\":\"fine\"}}}");
    checks.put(
        "polling",
        () -> {
          throw new IllegalStateException("poller \"gone\"");
        });
    Health.Report r = new Health(checks).report();
    assertThat(r.up()).isFalse();
    assertThat(r.json())
        .startsWith("{\"status\":\"DOWN\"")
        .contains(
            "\"polling\":{\"status\":\"DOWN\",\"detail\":\"IllegalStateException: poller"
                + " \\\"gone\\\"\"}");
  }

  @Test
  void settingsRefuseAnEmptyHostAndAPortOutOfRange() {
    assertThat(MetricsSettings.OFF.enabled()).isFalse();
    assertThat(new MetricsSettings(" 127.0.0.1 ", 9464).host()).isEqualTo("127.0.0.1");
    assertThatThrownBy(() -> new MetricsSettings("", 9464)).hasMessageContaining("metrics.host");
    assertThatThrownBy(() -> new MetricsSettings("127.0.0.1", -1))
        .hasMessageContaining("metrics.port");
  }
}
