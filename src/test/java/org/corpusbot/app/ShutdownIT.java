package org.corpusbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpusbot.telegram.sim.BotApiSimulator;
import org.corpusbot.testing.CorpusbotProcess;
import org.corpusbot.testing.SyntheticCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM to the Telegram bot while it builds its first index, as systemd or a container runtime
 * sends it on a first deployment: the build stops at its next batch, commits what it did and says
 * how much is left; the bot does not start serving; the process exits promptly; the next start
 * serves from what was committed and indexes the rest in the background.
 */
class ShutdownIT {
  private static final int ARTICLES = 300;
  private static final Duration RUN = Duration.ofMinutes(3);
  private static final String TOKEN = BotApiSimulator.fakeToken();

  @TempDir Path dir;
  BotApiSimulator sim;

  @AfterEach
  void stop() {
    if (sim != null) {
      sim.close();
    }
  }

  private CorpusbotProcess telegram(Path corpus, Path data, String name) {
    return CorpusbotProcess.start(
        dir.resolve(name + ".log"),
        Map.of(
            "TELEGRAM_BOT_TOKEN",
            TOKEN,
            "CORPUSBOT_TELEGRAM_API_URL",
            sim.url().toString(),
            "CORPUSBOT_TELEGRAM_POLL_TIMEOUT_SECONDS",
            "1"),
        "--corpus",
        corpus.toString(),
        "--data",
        data.toString(),
        "telegram");
  }

  private static void awaitOutput(CorpusbotProcess p, String text) throws InterruptedException {
    long deadline = System.nanoTime() + RUN.toNanos();
    while (!p.output().contains(text) && p.process().isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(p.output()).contains(text);
  }

  /** Sends SIGTERM; the seconds until the process ended. */
  private static double terminate(CorpusbotProcess p) throws InterruptedException {
    long t0 = System.nanoTime();
    p.terminate();
    assertThat(p.waitFor(Duration.ofSeconds(60))).as("exit code after SIGTERM").isEqualTo(143);
    return (System.nanoTime() - t0) / 1e9;
  }

  @Test
  void sigtermDuringAFirstBuildUnderTelegramCommitsStopsPromptlyAndTheNextStartCarriesOn()
      throws Exception {
    sim = new BotApiSimulator(TOKEN, 999, "corpus_test_bot");
    Path corpus = SyntheticCorpus.writeText(dir.resolve("corpus"), ARTICLES);
    Path data = dir.resolve("data");
    Path index = data.resolve("index");

    CorpusbotProcess first = telegram(corpus, data, "first");
    awaitOutput(first, "Loaded " + ARTICLES + " articles");
    double seconds = terminate(first);
    String out = first.output();
    System.out.printf("ShutdownIT: SIGTERM to exit during a first build: %.1f s%n", seconds);
    assertThat(seconds).as("seconds from SIGTERM to exit").isLessThan(20);
    assertThat(out)
        .contains("Stopping")
        .containsPattern("stopped early, \\d+ articles left for the next run")
        .doesNotContain("Serving Telegram")
        .doesNotContain("Exception");
    assertThat(sim.calls("getme")).as("the bot was not started").isEmpty();
    IndexFaultsIT.Stats committed = IndexFaultsIT.stats(index);
    assertThat(committed.articles()).as("committed before stopping").isPositive();
    int left = ARTICLES - committed.articles();
    assertThat(out).contains(left + " articles left for the next run");

    CorpusbotProcess next = telegram(corpus, data, "next");
    awaitOutput(next, "Serving Telegram as @corpus_test_bot");
    awaitOutput(next, left + " new, 0 changed, " + committed.articles() + " unchanged");
    sim.privateText(42, SyntheticCorpus.question(ARTICLES - 1));
    assertThat(
            sim.await(
                m -> m.text().contains(SyntheticCorpus.cost(ARTICLES - 1) + " million"),
                Duration.ofSeconds(60)))
        .as("an article of the second part answers")
        .isPresent();
    System.out.printf("ShutdownIT: SIGTERM to exit while serving: %.1f s%n", terminate(next));
    IndexFaultsIT.Stats all = IndexFaultsIT.stats(index);
    assertThat(all.articles()).isEqualTo(ARTICLES);
    assertThat(new HashSet<>(all.ids())).hasSize(ARTICLES);
    Matcher m = Pattern.compile("Telegram bot stopped; (\\d+) received").matcher(next.output());
    assertThat(m.find()).isTrue();
  }
}
