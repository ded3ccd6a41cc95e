package org.corpusbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.corpusbot.telegram.sim.BotApiSimulator;
import org.corpusbot.telegram.sim.BotApiSimulator.Sent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM, as a service manager or {@code docker stop} sends it: the answer in progress is finished
 * within {@code telegram.shutdown-seconds}, what was received and not started is left in the
 * journal, and the next start answers it; an answer that cannot finish in time is stopped and
 * answered by the next start.
 */
class TelegramShutdownIT {
  static final String TOKEN = BotApiSimulator.fakeToken();

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

  private static Map<String, String> grace(int seconds) {
    return Map.of("CORPUSBOT_TELEGRAM_SHUTDOWN_SECONDS", Integer.toString(seconds));
  }

  /** Sends SIGTERM and returns the seconds the process took to exit. */
  private static double terminate(Process p) throws InterruptedException {
    long t0 = System.nanoTime();
    p.destroy();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("exited").isTrue();
    return (System.nanoTime() - t0) / 1e9;
  }

  @Test
  void sigtermFinishesTheAnswerInProgressAndTheNextStartAnswersTheRest() throws Exception {
    sim = new BotApiSimulator(TOKEN, 999, "corpus_test_bot");
    bots = new BotProcesses(dir, sim, TOKEN);
    Process first = bots.launch("first", grace(20), "telegram");
    bots.awaitPolls(1);

    // Telegram is slow to accept the first answer (two 429s, one second each)...
    sim.failNext("sendMessage", 2, 429, 1);
    sim.privateText(42, "Where did Putin and Biden meet?");
    sim.privateText(42, "Who is Ann Neuberger?");
    sim.privateText(42, "How much will the Lisle river bridge cost?");
    bots.awaitConfirmed(Duration.ofSeconds(30));
    while (sim.calls("sendmessage").isEmpty()) {
      Thread.sleep(20);
    }
    // ...and the bot is told to stop while it waits.
    double seconds = terminate(first);
    List<Sent> sent = sim.sent();
    assertThat(sent).as("the answer in progress was finished").hasSize(1);
    assertThat(sent.get(0).text()).contains("Geneva");
    assertThat(seconds).isLessThan(15);
    assertThat(bots.log("first"))
        .contains("Stopping the Telegram bot")
        .contains("2 received updates left for the next start");

    // A second run, stopped while Telegram refuses every reply: it gives up after its grace.
    sim.failNext("sendMessage", 1_000_000, 429, 2);
    Process second = bots.launch("second", grace(1), "telegram");
    while (sim.calls("sendmessage").size() < 4) {
      Thread.sleep(20);
    }
    seconds = terminate(second);
    assertThat(seconds).as("bounded by telegram.shutdown-seconds").isLessThan(8);
    assertThat(sim.sent()).hasSize(1);

    sim.failNext("sendMessage", 0, 429, null);
    bots.launch("third", Map.of(), "telegram");
    assertThat(sim.await(m -> m.text().contains("84 million"), Duration.ofSeconds(60))).isPresent();
    Thread.sleep(1500); // time for any duplicate to show up
    assertThat(sim.sent())
        .extracting(Sent::text)
        .satisfiesExactly(
            a -> assertThat(a).contains("Geneva"),
            a -> assertThat(a).contains("Neuberger"),
            a -> assertThat(a).contains("84 million"));
  }
}
