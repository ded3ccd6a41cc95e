package org.corpusbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corpusbot.telegram.sim.BotApiSimulator;
import org.corpusbot.telegram.sim.BotApiSimulator.Sent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot process under a burst of questions while the Bot API answers 429s and 5xx, then goes away
 * for 60 seconds: every question is answered exactly once, in order in each chat.
 */
class TelegramFaultIT {
  static final String TOKEN = BotApiSimulator.fakeToken();
  static final int CHATS = 20;
  static final String[][] QUESTIONS = {
    {"Where did Putin and Biden meet?", "geneva"},
    {"Who is Ann Neuberger?", "neuberger"},
    {"How much will the Lisle river bridge cost?", "84 million"},
    {"Why did the ferry workers strike?", "ferry"},
    {"How much wheat did farmers harvest?", "wheat"}
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

  /** Chat {@code c}'s {@code turn}-th question: every chat asks all five, in its own order. */
  private static String[] question(int c, int turn) {
    return QUESTIONS[(c + turn) % QUESTIONS.length];
  }

  private void ask(int turn) {
    for (int c = 0; c < CHATS; c++) {
      sim.privateText(5000 + c, question(c, turn)[0]);
    }
  }

  @Test
  void aBurstThrough429s5xxAndAMinuteOfOutageIsAnsweredExactlyOnceInOrder() throws Exception {
    sim = new BotApiSimulator(TOKEN, 999, "corpus_test_bot");
    bots = new BotProcesses(dir, sim, TOKEN);
    bots.launch("bot", Map.of(), "telegram");
    bots.awaitPolls(1);

    sim.failEvery("sendMessage", 3, 429, 1);
    sim.failEvery("getUpdates", 4, 502, null);
    sim.failEvery("sendChatAction", 2, 500, null);
    ask(0);
    ask(1);
    ask(2);
    sim.await(m -> true, Duration.ofSeconds(30)).orElseThrow();
    sim.stop(); // Telegram goes away while answers are being sent...
    ask(3); // ...and users keep asking
    ask(4);
    Thread.sleep(60_000);
    sim.failEvery("sendMessage", 4, 502, null);
    sim.restart();

    long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
    while (sim.sent().size() < CHATS * QUESTIONS.length && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    Thread.sleep(2000); // time for any duplicate to show up
    List<Sent> sent = sim.sent();
    for (int c = 0; c < CHATS; c++) {
      long chat = 5000 + c;
      List<String> replies =
          sent.stream()
              .filter(m -> m.chatId() == chat)
              .map(m -> m.text().toLowerCase(Locale.ROOT))
              .toList();
      assertThat(replies).as("chat " + chat + " gets one reply a question").hasSize(5);
      for (int turn = 0; turn < QUESTIONS.length; turn++) {
        assertThat(replies.get(turn))
            .as("chat " + chat + ", turn " + turn)
            .contains(question(c, turn)[1]);
      }
    }
    assertThat(bots.log("bot"))
        .contains("Serving Telegram as @corpus_test_bot")
        .doesNotContain(TOKEN.substring(TOKEN.indexOf(':') + 1));
  }
}
