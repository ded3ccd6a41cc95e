package org.corpusbot.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.corpusbot.bench.BenchQuestion;
import org.corpusbot.bench.BenchQuestions;
import org.corpusbot.bench.BotBenchmark;
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
 * {@code corpusbot bench-bot}: simulated users asking the real bot through the local Bot API server
 * on loopback; prints latency from an update's arrival to its reply, and throughput.
 */
@Command(
    name = "bench-bot",
    mixinStandardHelpOptions = true,
    description = "Measure the Telegram bot under simulated users on a local Bot API server.")
final class BenchBotCommand implements Callable<Integer> {
  static final List<String> SEED_QUESTIONS =
      List.of(
          "Where did Putin and Biden meet?",
          "What did Washington hand over to Moscow?",
          "Who is Ann Neuberger?",
          "When did Biden and Putin talk by phone?",
          "How many times did White House officials visit Moscow?",
          "What topics does Moscow not want to discuss?",
          "What did Biden give Putin at the summit?",
          "Who visited Moscow?",
          "What is the capital of Peru?",
          "What did the NYT report about Nuland's visit?");

  @ParentCommand RootCommand root;

  @Option(
      names = "--users",
      defaultValue = "50",
      description = "Simulated users (default ${DEFAULT-VALUE}).")
  int users;

  @Option(
      names = "--per-user",
      defaultValue = "20",
      description = "Questions each user asks (default ${DEFAULT-VALUE}).")
  int perUser;

  @Option(
      names = "--think-ms",
      defaultValue = "1000",
      description = "Mean pause between a user's questions (default ${DEFAULT-VALUE}).")
  long thinkMs;

  @Option(
      names = "--questions",
      paramLabel = "FILE",
      description = "RealTime QA questions to ask (default: ten questions about the seed).")
  Path questions;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Settings s = root.settings();
    List<String> asked = new ArrayList<>(SEED_QUESTIONS);
    if (questions != null) {
      asked.clear();
      for (BenchQuestion q : BenchQuestions.read(questions)) {
        asked.add(q.sentence());
      }
    }
    String token = BotApiSimulator.fakeToken();
    try (TempState state = TempState.create("corpusbot-bench-bot");
        Corpusbot bot = Corpusbot.forQuestions(s, ConsoleProgress.auto());
        BotApiSimulator sim = new BotApiSimulator(token, 1, "corpusbot_bench_bot")) {
      TelegramSettings t = s.telegram();
      TelegramSettings benchSettings =
          new TelegramSettings(
              sim.url(),
              t.allowedUsers(),
              t.allowedChats(),
              t.admins(),
              users * perUser,
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
      BotBenchmark.Result r;
      try (TelegramBot telegram =
          TelegramBot.start(benchSettings, token, parts, RetryPolicy.DEFAULT)) {
        new BotBenchmark(sim, asked)
            .run(9_000_000L, Math.min(users, 4), 3, 0); // warm-up, not counted
        r = new BotBenchmark(sim, asked).run(5_000_000L, users, perUser, thinkMs);
      }
      ObjectNode o = AnswerFormat.JSON.createObjectNode();
      o.put("users", users)
          .put("questionsPerUser", perUser)
          .put("thinkMs", thinkMs)
          .put("workers", t.workers());
      o.put("asked", r.asked())
          .put("answered", r.latenciesMs().size())
          .put("timeouts", r.timeouts());
      o.put("chatsWithWrongReplyCount", r.wrongCounts());
      r.wrongChats().forEach(o.putArray("wrongChats")::add);
      o.put("p50Ms", round(Percentiles.of(r.latenciesMs(), 50)))
          .put("p95Ms", round(Percentiles.of(r.latenciesMs(), 95)));
      o.put("maxMs", round(Percentiles.of(r.latenciesMs(), 100)));
      o.put("throughputPerSecond", round(r.asked() / r.seconds()))
          .put("seconds", round(r.seconds()));
      System.out.println(
          json
              ? o.toString()
              : String.format(
                  "%d users x %d questions (mean think %d ms), %d workers%n"
                      + "answered %d of %d, %d timed out; chats with a wrong number of replies: %d%n"
                      + "latency from arrival to reply: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n"
                      + "throughput %.1f questions/s over %.1f s",
                  users,
                  perUser,
                  thinkMs,
                  t.workers(),
                  r.latenciesMs().size(),
                  r.asked(),
                  r.timeouts(),
                  r.wrongCounts(),
                  o.get("p50Ms").asDouble(),
                  o.get("p95Ms").asDouble(),
                  o.get("maxMs").asDouble(),
                  o.get("throughputPerSecond").asDouble(),
                  r.seconds()));
      if (r.wrongCounts() == 0 && r.timeouts() == 0) {
        return 0;
      }
      System.err.printf(
          "FAILED: not exactly one reply per question: %d chats wrong, %d questions timed out%n",
          r.wrongCounts(), r.timeouts());
      r.wrongChats().forEach(System.err::println);
      return 1;
    }
  }

  private static double round(double d) {
    return Math.round(d * 10) / 10.0;
  }
}
