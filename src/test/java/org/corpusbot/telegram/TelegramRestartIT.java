package org.corpusbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.corpusbot.telegram.sim.BotApiSimulator;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real bot process, killed with SIGKILL in the middle of a burst and started again: every
 * question is answered exactly once.
 */
class TelegramRestartIT {
  static final String TOKEN = TelegramBotIT.TOKEN;
  static final String[] QUESTIONS = {
    "Where did Putin and Biden meet?",
    "Who is Ann Neuberger?",
    "How much will the Lisle river bridge cost?",
    "Why did the ferry workers strike?",
    "How much wheat did farmers harvest?"
  };

  @TempDir Path dir;
  BotApiSimulator sim;
  final List<Process> processes = new ArrayList<>();

  @AfterEach
  void cleanUp() {
    processes.forEach(Process::destroyForcibly);
    if (sim != null) {
      sim.close();
    }
  }

  /** Starts the bot process; {@code command} is "telegram", or none for the main command. */
  private Process launch(String name, String... command) throws IOException {
    Path corpus = dir.resolve("corpus");
    List<String> args =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.corpusbot.app.Main",
                "--corpus",
                corpus.toString(),
                "--data",
                dir.resolve("data").toString()));
    args.addAll(List.of(command));
    ProcessBuilder pb = new ProcessBuilder(args);
    pb.environment().put("TELEGRAM_BOT_TOKEN", TOKEN);
    pb.environment().put("CORPUSBOT_TELEGRAM_API_URL", sim.url().toString());
    pb.environment().put("CORPUSBOT_TELEGRAM_POLL_TIMEOUT_SECONDS", "1");
    pb.environment().put("CORPUSBOT_TELEGRAM_RATE_LIMIT_BURST", "100");
    pb.redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
    Process p = pb.start();
    processes.add(p);
    return p;
  }

  private void awaitReady(int getMeCalls) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (sim.calls("getupdates").size() < getMeCalls && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(sim.calls("getupdates")).hasSizeGreaterThanOrEqualTo(getMeCalls);
  }

  private Map<Long, Long> repliesPerChat() {
    return sim.sent().stream()
        .collect(Collectors.groupingBy(BotApiSimulator.Sent::chatId, Collectors.counting()));
  }

  @Test
  void aKilledBotLosesNoQuestionAndAnswersNoneTwice() throws Exception {
    TestCorpus.copyTo(dir.resolve("corpus"));
    sim = new BotApiSimulator(TOKEN, 999, "corpus_test_bot");
    Process first = launch("first"); // the main command: a token in the environment means Telegram
    awaitReady(1);

    for (int i = 0; i < 10; i++) {
      sim.privateText(1000 + i, QUESTIONS[i % QUESTIONS.length]);
    }
    for (int i = 0; i < 10; i++) {
      long chat = 1000 + i;
      assertThat(sim.await(m -> m.chatId() == chat, Duration.ofSeconds(30))).isPresent();
    }

    // Telegram starts failing every send; the burst is received, journaled and confirmed...
    sim.failNext("sendMessage", 1_000_000, 502, null);
    for (int i = 10; i < 40; i++) {
      sim.privateText(1000 + i, QUESTIONS[i % QUESTIONS.length]);
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while ((sim.unconfirmed() > 0 || sim.calls("sendmessage").size() < 14)
        && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(sim.unconfirmed()).as("Telegram considers the burst delivered").isZero();

    // ...then the process dies without any chance to clean up.
    first.destroyForcibly().waitFor();
    sim.failNext("sendMessage", 0, 502, null);
    launch("second", "telegram");

    for (int i = 0; i < 40; i++) {
      long chat = 1000 + i;
      assertThat(sim.await(m -> m.chatId() == chat, Duration.ofSeconds(60)))
          .as("chat " + chat)
          .isPresent();
    }
    Thread.sleep(2000); // time for any duplicate to show up
    Map<Long, Long> replies = repliesPerChat();
    assertThat(replies).hasSize(40);
    assertThat(replies.values()).containsOnly(1L);
    String second = java.nio.file.Files.readString(dir.resolve("second.log"));
    assertThat(second).contains("earlier run received but did not answer");
    assertThat(java.nio.file.Files.readString(dir.resolve("first.log")) + second)
        .contains("Serving Telegram as @corpus_test_bot")
        .doesNotContain(TOKEN)
        .doesNotContain(TOKEN.substring(TOKEN.indexOf(':') + 1));
  }
}
