package org.corpusbot.follows;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.corpusbot.app.Corpusbot;
import org.corpusbot.config.SettingsLoader;
import org.corpusbot.corpus.Article;
import org.corpusbot.retrieval.IndexProgress;
import org.corpusbot.telegram.RetryPolicy;
import org.corpusbot.telegram.TelegramBot;
import org.corpusbot.telegram.TelegramSettings;
import org.corpusbot.telegram.sim.BotApiSimulator;
import org.corpusbot.telegram.sim.BotApiSimulator.Sent;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thousand users follow, one new article matches five hundred of them: every alert is delivered,
 * within Telegram's limits (30 messages a second overall, one a second per chat), through the one
 * outgoing queue where questions asked meanwhile are answered first.
 */
class FollowBurstIT {
  private static final String TOKEN = BotApiSimulator.fakeToken();
  private static final long FIRST_CHAT = 10_000;
  private static final int USERS = 1_000;
  private static final long[] ASKERS = {1, 2, 3};
  private static final RetryPolicy FAST =
      new RetryPolicy(
          Duration.ofMillis(50),
          Duration.ofMillis(400),
          Duration.ofSeconds(3),
          Duration.ofSeconds(60));

  @TempDir Path dir;

  @Test
  void fiveHundredAlertsGoOutWithinTelegramsLimitsAndQuestionsAreAnsweredFirst() throws Exception {
    Path corpus = TestCorpus.copyTo(dir.resolve("corpus"));
    try (Corpusbot bot =
            Corpusbot.writable(
                SettingsLoader.load(
                    null,
                    Map.of(),
                    Map.of(
                        "corpus.path", corpus.toString(),
                        "data.dir", dir.resolve("data").toString(),
                        "watch.enabled", "false")));
        BotApiSimulator sim = new BotApiSimulator(TOKEN, 999, "corpus_test_bot")) {
      bot.startLive();
      bot.sync(false, IndexProgress.NONE);
      FollowService follows = bot.startFollows(Clock.systemUTC());
      for (int i = 0; i < USERS; i++) {
        follows.follow(FIRST_CHAT + i, i % 2 == 0 ? "Lunde dock strike" : "Osk concert hall");
      }
      TelegramSettings t =
          new TelegramSettings(
              sim.url(), Set.of(), Set.of(), Set.of(), 100, Duration.ofMinutes(1), 2, 100, 1, 5);
      try (TelegramBot telegram =
          TelegramBot.start(
              t, TOKEN, FollowAlertsIT.parts(bot, follows, dir.resolve("data")), FAST)) {
        bot.ingest()
            .add(
                new Article(
                    "strike-1",
                    "Lunde dock strike ends",
                    LocalDate.of(2026, 3, 1),
                    "Harbour News",
                    null,
                    List.of(),
                    String.join("\n\n", FollowAlertsIT.STRIKE),
                    null),
                "test")
            .get(120, TimeUnit.SECONDS);
        sim.await(s -> s.chatId() >= FIRST_CHAT && isAlert(s), Duration.ofSeconds(60))
            .orElseThrow();

        Map<Long, Integer> asked = new HashMap<>();
        for (long user : ASKERS) {
          asked.put(user, sim.privateText(user, "Who did Nuland meet in Moscow?"));
          Thread.sleep(1_000);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (alerts(sim).size() < USERS / 2 && System.nanoTime() < deadline) {
          Thread.sleep(200);
        }

        List<Sent> alerts = alerts(sim);
        assertThat(alerts).hasSize(USERS / 2);
        assertThat(alerts.stream().map(Sent::chatId).distinct().count()).isEqualTo(USERS / 2);
        assertThat(alerts).allMatch(s -> (s.chatId() - FIRST_CHAT) % 2 == 0);
        List<Long> times = sim.deliveries().stream().map(d -> d.nanos()).toList();
        assertThat(maxInAnySecond(times)).as("Telegram's ~30 a second").isLessThanOrEqualTo(30);
        long firstAlert = alerts.stream().mapToLong(Sent::nanos).min().orElseThrow();
        System.out.printf(
            "500 alerts delivered in %.1f s (%d messages and edits in all, at most %d in a second)%n",
            (alerts.stream().mapToLong(Sent::nanos).max().orElseThrow() - firstAlert) / 1e9,
            times.size(),
            maxInAnySecond(times));

        long lastAlert = alerts.stream().mapToLong(Sent::nanos).max().orElseThrow();
        for (long user : ASKERS) {
          Sent answer =
              sim.await(s -> s.chatId() == user && s.text().contains("[1]"), Duration.ofSeconds(60))
                  .orElseThrow();
          assertThat(answer.nanos())
              .as("answered before the alerts still waiting")
              .isLessThan(lastAlert);
          assertThat(Duration.ofNanos(answer.nanos() - sim.arrival(asked.get(user))))
              .isLessThan(Duration.ofSeconds(8));
        }
      }
    }
  }

  private static boolean isAlert(Sent s) {
    return s.text().startsWith("🔔");
  }

  private static List<Sent> alerts(BotApiSimulator sim) {
    return sim.sent().stream().filter(FollowBurstIT::isAlert).toList();
  }

  /** The most messages sent in any one-second window. */
  static int maxInAnySecond(List<Long> nanos) {
    List<Long> t = new ArrayList<>(nanos.stream().sorted().toList());
    int best = 0;
    int from = 0;
    for (int to = 0; to < t.size(); to++) {
      while (t.get(to) - t.get(from) >= 1_000_000_000L) {
        from++;
      }
      best = Math.max(best, to - from + 1);
    }
    return best;
  }
}
