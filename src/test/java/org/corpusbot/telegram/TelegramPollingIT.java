package org.corpusbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Polling and the connection to Telegram: 429s and 5xx, an outage, a lower update id after a quiet
 * week (in the running bot and after a restart), and closing.
 */
class TelegramPollingIT extends BotOverSimulator {
  @Test
  void survivesRateLimitingAndServerErrorsFromTelegram() throws Exception {
    start();
    sim.failNext("sendMessage", 1, 429, 1);
    sim.privateText(42, "Where did Putin and Biden meet?");
    reply(42, "Geneva");
    sim.failNext("sendMessage", 2, 502, null);
    sim.privateText(43, "Who is Ann Neuberger?");
    reply(43, "Neuberger");
    assertThat(sim.calls("sendmessage")).hasSizeGreaterThanOrEqualTo(5);
  }

  @Test
  void pollingResumesByItselfAfterAnOutage() throws Exception {
    start();
    sim.stop();
    Thread.sleep(1500);
    sim.privateText(42, "Where did Putin and Biden meet?");
    sim.restart();
    reply(42, "Geneva");
  }

  @Test
  void aLowerUpdateIdAfterAQuietWeekIsAnswered() throws Exception {
    start();
    sim.privateText(42, "Where did Putin and Biden meet?");
    reply(42, "Geneva");
    awaitConfirmed();
    sim.restartUpdateIdsAt(17); // a week without updates: Telegram picks the next id at random
    sim.privateText(43, "Who is Ann Neuberger?");
    reply(43, "Neuberger");
    sim.privateText(44, "How much will the Lisle river bridge cost?");
    reply(44, "84 million");
    awaitConfirmed();
  }

  @Test
  void aLowerUpdateIdAfterAQuietWeekIsAnsweredAfterARestart() throws Exception {
    Path state = dir.resolve("state-renumbered");
    start(Set.of(), Set.of(), 100, state);
    sim.privateText(42, "Where did Putin and Biden meet?");
    reply(42, "Geneva");
    awaitConfirmed();
    bot.close();
    bot = null;
    sim.restartUpdateIdsAt(17);
    sim.privateText(43, "Who is Ann Neuberger?");
    start(Set.of(), Set.of(), 100, state);
    reply(43, "Neuberger");
    sim.privateText(44, "How much will the Lisle river bridge cost?");
    reply(44, "84 million");
    assertThat(sim.sent()).hasSize(3);
  }

  /**
   * This process's TCP connections to {@code port} that are open (Linux: /proc/net/tcp*, state 01;
   * only a client's side of a connection has the server's port as its remote port).
   */
  static long openConnectionsTo(int port) throws java.io.IOException {
    long n = 0;
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      for (String line : java.nio.file.Files.readAllLines(Path.of(table))) {
        String[] f = line.trim().split("\\s+");
        if (f.length > 3 && f[2].contains(":") && f[3].equals("01")) {
          String remotePort = f[2].substring(f[2].indexOf(':') + 1);
          n += Integer.parseInt(remotePort, 16) == port ? 1 : 0;
        }
      }
    }
    return n;
  }

  @Test
  void closingTheBotClosesItsConnectionsToTelegram() throws Exception {
    start();
    sim.privateText(42, "Where did Putin and Biden meet?");
    reply(42, "Geneva");
    int port = sim.url().getPort();
    assertThat(openConnectionsTo(port)).as("kept alive while serving").isPositive();
    bot.close();
    bot = null;
    long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
    while (openConnectionsTo(port) > 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(openConnectionsTo(port)).as("connections left open after close").isZero();
  }
}
