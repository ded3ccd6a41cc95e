package org.corpusbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corpusbot.telegram.sim.BotApiSimulator;
import org.corpusbot.testing.TestCorpus;

/**
 * The real bot as separate processes ({@code java … org.corpusbot.app.Main}) over the test corpus,
 * talking to a {@link BotApiSimulator}, as an operator runs it. Closing kills what still runs.
 */
final class BotProcesses implements AutoCloseable {
  private final Path dir;
  private final BotApiSimulator sim;
  private final String token;
  private final List<Process> processes = new ArrayList<>();

  BotProcesses(Path dir, BotApiSimulator sim, String token) throws IOException {
    this.dir = dir;
    this.sim = sim;
    this.token = token;
    if (!Files.exists(dir.resolve("corpus"))) {
      TestCorpus.copyTo(dir.resolve("corpus"));
    }
  }

  /**
   * Starts the bot; {@code env} adds settings, {@code command} is "telegram", or none for the main
   * command (a token in the environment means Telegram). Output goes to {@code name.log}.
   */
  Process launch(String name, Map<String, String> env, String... command) throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.corpusbot.app.Main",
                "--corpus",
                dir.resolve("corpus").toString(),
                "--data",
                dir.resolve("data").toString()));
    args.addAll(List.of(command));
    ProcessBuilder pb = new ProcessBuilder(args);
    pb.environment().put("TELEGRAM_BOT_TOKEN", token);
    pb.environment().put("CORPUSBOT_TELEGRAM_API_URL", sim.url().toString());
    pb.environment().put("CORPUSBOT_TELEGRAM_POLL_TIMEOUT_SECONDS", "1");
    pb.environment().put("CORPUSBOT_TELEGRAM_RATE_LIMIT_BURST", "100");
    pb.environment().putAll(env);
    pb.redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
    Process p = pb.start();
    processes.add(p);
    return p;
  }

  String log(String name) throws IOException {
    return Files.readString(dir.resolve(name + ".log"));
  }

  /** Waits until the bot has called getUpdates {@code calls} times in all. */
  void awaitPolls(int calls) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (sim.calls("getupdates").size() < calls && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(sim.calls("getupdates")).hasSizeGreaterThanOrEqualTo(calls);
  }

  /** Waits until Telegram holds no update the bot has not confirmed. */
  void awaitConfirmed(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (sim.unconfirmed() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(sim.unconfirmed()).as("updates not yet confirmed").isZero();
  }

  @Override
  public void close() {
    processes.forEach(Process::destroyForcibly);
  }
}
