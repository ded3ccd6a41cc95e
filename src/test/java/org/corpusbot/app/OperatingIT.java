package org.corpusbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpusbot.answer.Conversations;
import org.corpusbot.answer.Question;
import org.corpusbot.config.Secrets;
import org.corpusbot.config.Settings;
import org.corpusbot.config.SettingsLoader;
import org.corpusbot.ops.BotMetrics;
import org.corpusbot.ops.OpsServer;
import org.corpusbot.retrieval.IndexProgress;
import org.corpusbot.telegram.RetryPolicy;
import org.corpusbot.telegram.TelegramBot;
import org.corpusbot.telegram.TelegramSettings;
import org.corpusbot.telegram.sim.BotApiSimulator;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Operating it, end to end: the real wiring (Corpusbot, the health checks the telegram command
 * uses), the real metrics server on an ephemeral loopback port, a real test index, the real
 * Telegram bot against the Bot API simulator; every assertion reads {@code /metrics} or {@code
 * /health} over HTTP.
 */
class OperatingIT {
  static final String TOKEN = BotApiSimulator.fakeToken();
  static final String LLM_KEY = "sk-" + Long.toHexString(System.nanoTime()) + "-never-shown";
  static final LocalDate ASKED = LocalDate.of(2024, 4, 1);
  static final Duration WAIT = Duration.ofSeconds(20);
  static final RetryPolicy FAST =
      new RetryPolicy(
          Duration.ofMillis(50),
          Duration.ofMillis(400),
          Duration.ofSeconds(3),
          Duration.ofSeconds(60));

  @TempDir static Path dir;
  static Settings settings;
  static Corpusbot bot;
  static OpsServer ops;
  static final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() {
    Path corpus = TestCorpus.copyTo(dir.resolve("corpus"));
    settings =
        SettingsLoader.load(
            null,
            Map.of(
                Secrets.TELEGRAM_TOKEN_VAR,
                TOKEN,
                Secrets.LLM_API_KEY_VAR,
                LLM_KEY,
                "CORPUSBOT_TELEGRAM_POLL_TIMEOUT_SECONDS",
                "1",
                // Metrics on; the tests serve them on an ephemeral port of their own.
                "CORPUSBOT_METRICS_PORT",
                "9464"),
            Map.of("corpus.path", corpus.toString(), "data.dir", dir.resolve("data").toString()));
    bot = Corpusbot.writable(settings);
    bot.sync(false, IndexProgress.NONE);
    ops =
        OpsServer.start(
            new InetSocketAddress("127.0.0.1", 0), bot.metrics(), TelegramCommand.health(bot));
  }

  @AfterAll
  static void stop() {
    if (ops != null) {
      ops.close();
    }
    if (bot != null) {
      bot.close();
    }
  }

  static HttpResponse<String> get(OpsServer server, String path) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + server.address().getPort() + path);
    return http.send(
        HttpRequest.newBuilder(uri).timeout(WAIT).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Every sample of a scrape by its series ({@code name{labels}}). */
  static Map<String, Double> scrape() throws Exception {
    HttpResponse<String> r = get(ops, "/metrics");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain; version=0.0.4"));
    Map<String, Double> out = new HashMap<>();
    for (String line : r.body().split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int space = line.lastIndexOf(' ');
      out.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
    }
    return out;
  }

  static double delta(Map<String, Double> before, Map<String, Double> after, String series) {
    assertThat(after).as("series %s in the scrape", series).containsKey(series);
    return after.get(series) - before.getOrDefault(series, 0.0);
  }

  @Test
  void countsQuestionsAndAnswersAndTimesRetrievalAndComposing() throws Exception {
    Map<String, Double> before = scrape();
    assertThat(bot.composer().answer(Question.of("Where did Putin and Biden meet?", ASKED)).found())
        .isTrue();
    assertThat(bot.composer().answer(Question.of("What is the capital of Peru?", ASKED)).found())
        .isFalse();
    Map<String, Double> after = scrape();
    assertThat(delta(before, after, "corpusbot_questions_total")).isEqualTo(2);
    assertThat(delta(before, after, "corpusbot_answers_total{result=\"found\"}")).isEqualTo(1);
    assertThat(delta(before, after, "corpusbot_answers_total{result=\"not_found\"}")).isEqualTo(1);
    assertThat(delta(before, after, "corpusbot_answers_total{result=\"failed\"}")).isZero();
    assertThat(delta(before, after, "corpusbot_compose_seconds_count")).isEqualTo(2);
    assertThat(delta(before, after, "corpusbot_compose_seconds_bucket{le=\"+Inf\"}")).isEqualTo(2);
    assertThat(delta(before, after, "corpusbot_compose_seconds_sum")).isPositive();
    // The meeting question is answered from the contact store, the other one by searching.
    assertThat(delta(before, after, "corpusbot_retrieval_seconds_count")).isGreaterThanOrEqualTo(1);
    // Composing includes its searches, so it cannot take less time in all than they do.
    assertThat(delta(before, after, "corpusbot_compose_seconds_sum"))
        .isGreaterThanOrEqualTo(delta(before, after, "corpusbot_retrieval_seconds_sum"));
  }

  @Test
  void showsTheIndexItsSizeAndWhatTheSyncWrote() throws Exception {
    int articles = TestCorpus.load(settings.corpus()).size();
    Map<String, Double> m = scrape();
    assertThat(m.get("corpusbot_index_articles")).isEqualTo(articles);
    assertThat(m.get("corpusbot_index_passages")).isGreaterThan(articles);
    assertThat(m.get("corpusbot_index_articles_written_total")).isEqualTo(articles);
    assertThat(m.get("corpusbot_index_articles_pending")).isZero();
    assertThat(m.get("corpusbot_index_sync_seconds_count{result=\"ok\"}")).isEqualTo(1);
    assertThat(m.get("corpusbot_index_last_success_seconds"))
        .isGreaterThan(System.currentTimeMillis() / 1000.0 - 600);
    assertThat(m.get("corpusbot_llm_calls_total")).isZero();
    assertThat(m.get("jvm_memory_used_bytes{area=\"heap\",id=\"G1 Eden Space\"}")).isNotNull();
  }

  @Test
  void telegramSeriesAndReadinessFollowTheRunningBot() throws Exception {
    HttpResponse<String> notYet = get(ops, "/health");
    assertThat(notYet.statusCode()).isEqualTo(503);
    assertThat(notYet.body()).contains("\"status\":\"DOWN\"").contains("getUpdates");
    try (BotApiSimulator sim = new BotApiSimulator(TOKEN, 999, "ops_test_bot");
        TelegramBot telegram = startTelegram(sim)) {
      awaitHealth(200);
      Map<String, Double> before = scrape();
      sim.privateText(42, "Where did Putin and Biden meet?");
      awaitReply(sim, 42, "Geneva");
      sim.failNext("sendMessage", 1, 429, 1);
      sim.privateText(43, "Where did Putin and Biden meet?");
      awaitReply(sim, 43, "Geneva");
      sim.failNext("sendMessage", 1, 500, null);
      sim.privateText(44, "Where did Putin and Biden meet?");
      awaitReply(sim, 44, "Geneva");
      // The simulator shows a reply before the bot has its response and journals the update as
      // answered: wait for the bot's own count and journal.
      String sent = "corpusbot_telegram_api_seconds_count{method=\"sendMessage\",outcome=\"ok\"}";
      Map<String, Double> after =
          await(
              m -> delta(before, m, sent) >= 3 && m.get("corpusbot_telegram_journal_pending") == 0);
      assertThat(delta(before, after, "corpusbot_telegram_updates_total")).isEqualTo(3);
      assertThat(delta(before, after, sent)).isEqualTo(3);
      String failures =
          "corpusbot_telegram_api_failures_total{cause=\"%s\",method=\"sendMessage\"}";
      assertThat(delta(before, after, failures.formatted("rate_limited"))).isEqualTo(1);
      assertThat(delta(before, after, failures.formatted("server_error"))).isEqualTo(1);
      assertThat(delta(before, after, failures.formatted("refused"))).isZero();
      String waits = "corpusbot_telegram_retry_after_seconds_%s{method=\"sendMessage\"}";
      assertThat(delta(before, after, waits.formatted("count"))).isEqualTo(1);
      assertThat(delta(before, after, waits.formatted("sum"))).isEqualTo(1.0);
      assertThat(after.get("corpusbot_telegram_journal_pending")).isZero();
      assertThat(after.get("corpusbot_telegram_polling_up")).isEqualTo(1);
      assertThat(delta(before, after, "corpusbot_telegram_polls_total{outcome=\"ok\"}"))
          .isPositive();

      sim.failNext("sendMessage", 1, 400, null); // refused for good: not retried, not answered
      sim.privateText(45, "Where did Putin and Biden meet?");
      // One scrape reads the series one after another while the bot may be between its three
      // counts of the refusal: wait until all three show it, then check none counted twice.
      String failedCalls =
          "corpusbot_telegram_api_seconds_count{method=\"sendMessage\",outcome=\"failed\"}";
      Map<String, Double> refused =
          await(
              m ->
                  delta(after, m, "corpusbot_telegram_failures_total") >= 1
                      && delta(after, m, failedCalls) >= 1
                      && delta(after, m, failures.formatted("refused")) >= 1);
      assertThat(delta(after, refused, "corpusbot_telegram_failures_total")).isEqualTo(1);
      assertThat(delta(after, refused, failures.formatted("refused"))).isEqualTo(1);
      assertThat(delta(after, refused, failedCalls)).isEqualTo(1);

      sim.stop(); // Telegram unreachable: polling fails, the bot is not ready
      HttpResponse<String> down = awaitHealth(503);
      assertThat(down.body())
          .contains("\"index\":{\"status\":\"UP\"")
          .contains("\"polling\":{\"status\":\"DOWN\",\"detail\":\"getUpdates failing");
      assertThat(scrape().get("corpusbot_telegram_polling_up")).isZero();
      sim.restart();
      awaitHealth(200);
      assertThat(get(ops, "/health/live").statusCode()).isEqualTo(200);
    }
  }

  private static TelegramBot startTelegram(BotApiSimulator sim) throws Exception {
    TelegramSettings t =
        new TelegramSettings(
            sim.url(),
            java.util.Set.of(),
            java.util.Set.of(),
            java.util.Set.of(),
            100,
            Duration.ofMinutes(1),
            2,
            100,
            1,
            5);
    TelegramBot.Parts parts =
        new TelegramBot.Parts(
            bot.composer(),
            bot.catalog(),
            bot.contacts(),
            bot.summaries(),
            new Conversations(),
            bot.llmStats(),
            () -> "not here",
            List.of(),
            dir.resolve("state"),
            null,
            null,
            null);
    TelegramBot telegram = TelegramBot.start(t, TOKEN, parts, FAST, bot.metrics().telegram());
    bot.metrics().bind(telegram::stats);
    return telegram;
  }

  /** The first scrape that {@code done} accepts, or the last one after {@link #WAIT}. */
  private static Map<String, Double> await(java.util.function.Predicate<Map<String, Double>> done)
      throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    Map<String, Double> now = scrape();
    while (!done.test(now) && System.nanoTime() < deadline) {
      Thread.sleep(20);
      now = scrape();
    }
    return now;
  }

  private static void awaitReply(BotApiSimulator sim, long chat, String text) throws Exception {
    assertThat(sim.await(m -> m.chatId() == chat && m.text().contains(text), WAIT))
        .as("a reply in chat %d containing %s", chat, text)
        .isPresent();
  }

  private static HttpResponse<String> awaitHealth(int code) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    HttpResponse<String> r = get(ops, "/health");
    while (r.statusCode() != code && System.nanoTime() < deadline) {
      Thread.sleep(50);
      r = get(ops, "/health");
    }
    assertThat(r.statusCode()).as("/health: %s", r.body()).isEqualTo(code);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
    return r;
  }

  @Test
  void notReadyOnceTheIndexIsClosed() throws Exception {
    Corpusbot reader = Corpusbot.forQuestions(settings, IndexProgress.NONE);
    try (OpsServer own =
        OpsServer.start(
            new InetSocketAddress("127.0.0.1", 0),
            reader.metrics(),
            TelegramCommand.health(reader))) {
      reader.metrics().telegram().polled(true);
      assertThat(get(own, "/health").statusCode()).isEqualTo(200);
      reader.close();
      HttpResponse<String> r = get(own, "/health");
      assertThat(r.statusCode()).isEqualTo(503);
      assertThat(r.body())
          .startsWith("{\"status\":\"DOWN\"")
          .contains("\"index\":{\"status\":\"DOWN\",\"detail\":\"AlreadyClosedException")
          .contains("\"polling\":{\"status\":\"UP\"");
      assertThat(get(own, "/health/live").statusCode()).isEqualTo(200);
      assertThat(get(own, "/metrics").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void secretsNeverReachMetricsOrHealth() throws Exception {
    bot.composer().answer(Question.of("Who is Ann Neuberger?", ASKED));
    String secretPart = TOKEN.substring(TOKEN.indexOf(':') + 1);
    for (String path : List.of("/metrics", "/health", "/health/live")) {
      HttpResponse<String> r = get(ops, path);
      assertThat(r.statusCode()).as(path).isIn(200, 503); // no bot running: not ready
      assertThat(r.body())
          .as(path)
          .contains(path.equals("/metrics") ? "corpusbot_" : "\"status\"")
          .doesNotContain(TOKEN)
          .doesNotContain(secretPart)
          .doesNotContain(LLM_KEY);
    }
    // Label values of our own series come from code: method names, causes, results.
    Matcher labels =
        Pattern.compile("^corpusbot_\\w+\\{([^}]*)\\}", Pattern.MULTILINE)
            .matcher(get(ops, "/metrics").body());
    int seen = 0;
    while (labels.find()) {
      seen++;
      assertThat(labels.group(1)).matches("(\\w+=\"[A-Za-z0-9_+.]*\",?)+");
    }
    assertThat(seen).isGreaterThan(10);
  }

  @Test
  void offUnlessAPortIsSetAndOnlyGetIsServed() throws Exception {
    assertThat(SettingsLoader.load(null, Map.of(), Map.of()).metrics().enabled()).isFalse();
    assertThat(BotMetrics.of(SettingsLoader.load(null, Map.of(), Map.of()).metrics()).enabled())
        .isFalse();
    assertThat(
            OpsServer.startIfEnabled(
                SettingsLoader.load(null, Map.of(), Map.of()).metrics(),
                bot.metrics(),
                TelegramCommand.health(bot)))
        .isNull();
    assertThat(get(ops, "/nothing").statusCode()).isEqualTo(404);
    HttpResponse<String> post =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + ops.address().getPort() + "/metrics"))
                .POST(HttpRequest.BodyPublishers.ofString("x"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(ops.address().getAddress().isLoopbackAddress()).isTrue();
  }

  @Test
  void everySeriesOfOursIsInTheReadmeTable() throws Exception {
    String readme = java.nio.file.Files.readString(Path.of("README.md"));
    Matcher types =
        Pattern.compile("(?m)^# TYPE (corpusbot_\\w+) (\\w+)$")
            .matcher(get(ops, "/metrics").body());
    int n = 0;
    while (types.find()) {
      n++;
      String name = types.group(1).replaceFirst("_(total|seconds_max)$", "");
      assertThat(readme).as("README documents %s", types.group(1)).contains("`" + name);
    }
    assertThat(n).isGreaterThan(20);
  }
}
