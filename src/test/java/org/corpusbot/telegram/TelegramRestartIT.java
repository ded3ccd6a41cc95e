package org.corpusbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.corpusbot.telegram.sim.BotApiSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real bot process, killed with SIGKILL in the middle of a burst and started again: every
 * question is answered exactly once.
 */
class TelegramRestartIT {
  static final String TOKEN = BotOverSimulator.TOKEN;
  static final String[] QUESTIONS = {
    "Where did Putin and Biden meet?",
    "Who is Ann Neuberger?",
    "How much will the Lisle river bridge cost?",
    "Why did the ferry workers strike?",
    "How much wheat did farmers harvest?"
  };

  @TempDir Path dir;
  BotApiSimulator sim;
  BotProcesses bots;

  @AfterEach
  void cleanUp() {
    if (bots != null) {
      bots.close();
    }
    if (sim != null) {
      sim.close();
    }
  }

  private Map<Long, Long> repliesPerChat() {
    return sim.sent().stream()
        .collect(Collectors.groupingBy(BotApiSimulator.Sent::chatId, Collectors.counting()));
  }

  @Test
  void aKilledBotLosesNoQuestionAndAnswersNoneTwice() throws Exception {
    sim = new BotApiSimulator(TOKEN, 999, "corpus_test_bot");
    bots = new BotProcesses(dir, sim, TOKEN);
    // The main command: a token in the environment means Telegram.
    Process first = bots.launch("first", Map.of());
    bots.awaitPolls(1);

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
    bots.launch("second", Map.of(), "telegram");

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
    String second = bots.log("second");
    assertThat(second).contains("earlier run received but did not answer");
    assertThat(bots.log("first") + second)
        .contains("Serving Telegram as @corpus_test_bot")
        .doesNotContain(TOKEN)
        .doesNotContain(TOKEN.substring(TOKEN.indexOf(':') + 1));
  }
}
