package org.corpusbot.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.corpusbot.bench.DeliveryBenchmark;
import org.corpusbot.bench.Percentiles;
import org.corpusbot.config.Settings;
import org.corpusbot.telegram.RetryPolicy;
import org.corpusbot.telegram.TelegramBot;
import org.corpusbot.telegram.TelegramSettings;
import org.corpusbot.telegram.sim.BotApiSimulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code corpusbot bench-delivery}: alerts to many chats through the bot's one outgoing queue, on
 * the local Bot API server, while a few users ask questions; prints how long the alerts take, the
 * most messages in any second, and the answer latency during the alerts against idle.
 */
@Command(
    name = "bench-delivery",
    mixinStandardHelpOptions = true,
    description = "Measure alert delivery within Telegram's limits, and answers meanwhile.")
final class BenchDeliveryCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Option(names = "--alerts", defaultValue = "500", description = "Alerts, one per chat.")
  int alerts;

  @Option(
      names = "--senders",
      defaultValue = "50",
      description = "Threads handing alerts to the bot (default ${DEFAULT-VALUE}).")
  int senders;

  @Option(names = "--users", defaultValue = "3", description = "Users asking meanwhile.")
  int users;

  @Option(
      names = "--idle-questions",
      defaultValue = "10",
      description = "Questions each user asks before the alerts (default ${DEFAULT-VALUE}).")
  int idleQuestions;

  @Option(
      names = "--think-ms",
      defaultValue = "1000",
      description = "Pause between a user's questions (default ${DEFAULT-VALUE}).")
  long thinkMs;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Settings s = root.settings();
    String token = BotApiSimulator.fakeToken();
    try (TempState state = TempState.create("corpusbot-bench-delivery");
        Corpusbot bot = Corpusbot.forQuestions(s, ConsoleProgress.auto());
        BotApiSimulator sim = new BotApiSimulator(token, 1, "corpusbot_bench_bot")) {
      TelegramSettings t = s.telegram();
      TelegramSettings benchSettings =
          new TelegramSettings(
              sim.url(),
              t.allowedUsers(),
              t.allowedChats(),
              t.admins(),
              100_000,
              Duration.ofSeconds(1),
              t.workers(),
              t.queueLimit(),
              5,
              t.shutdownSeconds(),
              t.sends());
      TelegramBot.Parts parts =
          new TelegramBot.Parts(
              bot.composer(),
              bot.catalog(),
              bot.contacts(),
              bot.summaries(),
              bot.conversations(),
              bot.llmStats(),
              () -> "",
              List.of(),
              state.dir(),
              null,
              null,
              null);
      DeliveryBenchmark.Result r;
      try (TelegramBot telegram =
          TelegramBot.start(benchSettings, token, parts, RetryPolicy.DEFAULT)) {
        DeliveryBenchmark bench =
            new DeliveryBenchmark(sim, telegram.bulk(), BenchBotCommand.SEED_QUESTIONS);
        bench.run(100, senders, users, idleQuestions, thinkMs / 4, 8_000_000L); // warm-up
        r = bench.run(alerts, senders, users, idleQuestions, thinkMs, 9_000_000L);
      }
      print(r, t);
      if (r.delivered() == r.alerts() && r.failed() == 0) {
        return 0;
      }
      System.err.printf(
          "FAILED: %d of %d alerts delivered, %d refused%n", r.delivered(), r.alerts(), r.failed());
      return 1;
    }
  }

  private void print(DeliveryBenchmark.Result r, TelegramSettings t) {
    double idle50 = Percentiles.of(r.idleMs(), 50);
    double idle95 = Percentiles.of(r.idleMs(), 95);
    double burst50 = Percentiles.of(r.burstMs(), 50);
    double burst95 = Percentiles.of(r.burstMs(), 95);
    ObjectNode o = AnswerFormat.JSON.createObjectNode();
    o.put("alerts", r.alerts()).put("delivered", r.delivered()).put("failed", r.failed());
    o.put("senders", senders).put("users", users).put("sendsPerSecond", t.sends().perSecond());
    o.put("deliverySeconds", round(r.deliverySeconds()))
        .put("alertsPerSecond", round(r.delivered() / r.deliverySeconds()))
        .put("maxInAnySecond", r.maxInSecond());
    o.put("idleAnswers", r.idleMs().size()).put("burstAnswers", r.burstMs().size());
    o.put("idleP50Ms", round(idle50)).put("idleP95Ms", round(idle95));
    o.put("burstP50Ms", round(burst50)).put("burstP95Ms", round(burst95));
    o.put("p50Ratio", round(burst50 / idle50)).put("p95Ratio", round(burst95 / idle95));
    System.out.println(
        json
            ? o.toString()
            : String.format(
                "%d alerts to %d chats (%d sender threads), %d users asking meanwhile%n"
                    + "delivered %d (%d refused) in %.1f s: %.1f alerts/s;"
                    + " most messages in any second: %d (limit %d)%n"
                    + "answer latency idle: p50 %.1f ms, p95 %.1f ms (%d answers)%n"
                    + "answer latency during the alerts: p50 %.1f ms, p95 %.1f ms (%d answers);"
                    + " ratio p50 %.2fx, p95 %.2fx",
                r.alerts(),
                r.alerts(),
                senders,
                users,
                r.delivered(),
                r.failed(),
                r.deliverySeconds(),
                r.delivered() / r.deliverySeconds(),
                r.maxInSecond(),
                t.sends().perSecond(),
                idle50,
                idle95,
                r.idleMs().size(),
                burst50,
                burst95,
                r.burstMs().size(),
                burst50 / idle50,
                burst95 / idle95));
  }

  private static double round(double d) {
    return Math.round(d * 100) / 100.0;
  }
}
