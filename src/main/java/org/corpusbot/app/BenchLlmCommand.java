package org.corpusbot.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpusbot.answer.llm.LlmStats;
import org.corpusbot.answer.llm.sim.ScriptedLlmServer;
import org.corpusbot.bench.AskedInTelegram;
import org.corpusbot.bench.BenchQuestion;
import org.corpusbot.bench.BenchQuestions;
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
 * {@code corpusbot bench-llm}: what the LLM path costs around the model call (prompt building,
 * citation checks, streaming progress), measured against a scripted local server that streams a
 * cited three-sentence reply, so the model's own time is near zero; and the tokens sent. Questions
 * go through the real Telegram bot and the local Bot API simulator, so the streamed answer is
 * really sent and edited there, as users see it.
 */
@Command(
    name = "bench-llm",
    mixinStandardHelpOptions = true,
    description = "Measure the LLM path's own overhead and prompt size with a scripted model.")
final class BenchLlmCommand implements Callable<Integer> {
  private static final Pattern SOURCE =
      Pattern.compile("(?s)\\[(\\d+)\\] [^\\n]*\\n([^\\n]{0,400})");

  @ParentCommand RootCommand root;

  @Option(names = "--articles", required = true, paramLabel = "FILE", description = "Articles.")
  Path articles;

  @Option(names = "--questions", required = true, paramLabel = "FILE", description = "Questions.")
  Path questions;

  @Option(names = "--reuse-index", description = "Keep an index left by an earlier run.")
  boolean reuse;

  @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "First N only.")
  int limit;

  @Option(
      names = "--chunk-ms",
      defaultValue = "0",
      paramLabel = "MS",
      description = "Pause between the scripted model's pieces (default ${DEFAULT-VALUE}).")
  long chunkMs;

  @Option(
      names = "--edit-429",
      paramLabel = "SECONDS",
      description = "Telegram answers every other edit with 429 retry_after SECONDS.")
  Integer edit429;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    List<BenchQuestion> qs = BenchQuestions.read(questions);
    if (limit > 0 && limit < qs.size()) {
      qs = qs.subList(0, limit);
    }
    String token = BotApiSimulator.fakeToken();
    try (TempState state = TempState.create("corpusbot-bench-llm");
        ScriptedLlmServer server = new ScriptedLlmServer();
        BotApiSimulator sim = new BotApiSimulator(token, 1, "corpusbot_bench_bot")) {
      server.script(r -> ScriptedLlmServer.Reply.chunks(chunkMs, reply(r.prompt())));
      Settings settings =
          root.benchSettings(
              articles,
              Map.of(
                  "llm.provider", "openai",
                  "llm.base-url", server.openAiUrl(),
                  "llm.model", "scripted"));
      try (Corpusbot bot = Corpusbot.writable(settings)) {
        bot.sync(!reuse, ConsoleProgress.auto());
        try (TelegramBot telegram =
            TelegramBot.start(
                benchTelegram(settings.telegram(), sim),
                token,
                parts(bot, state.dir()),
                RetryPolicy.DEFAULT)) {
          // Warm-up: class loading and the first HTTP connections are not what is measured.
          AskedInTelegram.ask(sim, qs.subList(0, Math.min(5, qs.size())), 8_000_000L);
          LlmStats stats = bot.llmStats();
          int before = stats.ownMillis().size();
          int calls = telegramCalls(sim);
          if (edit429 != null) {
            sim.failEvery("editMessageText", 2, 429, edit429);
          }
          AskedInTelegram asked = AskedInTelegram.ask(sim, qs, 9_000_000L);
          ObjectNode o = figures(stats, before, asked, settings);
          o.put(
              "telegramCallsPerAnswer",
              Percentiles.round3((telegramCalls(sim) - calls) / (double) qs.size()));
          System.out.println(json ? o.toString() : table(o));
          return asked.timeouts() == 0 ? 0 : 1;
        }
      }
    }
  }

  private static TelegramSettings benchTelegram(TelegramSettings t, BotApiSimulator sim) {
    return new TelegramSettings(
        sim.url(),
        Set.of(),
        Set.of(),
        Set.of(),
        1000,
        Duration.ofSeconds(1),
        t.workers(),
        t.queueLimit(),
        5,
        5,
        t.sends());
  }

  private static TelegramBot.Parts parts(Corpusbot bot, Path state) {
    return new TelegramBot.Parts(
        bot.composer(),
        bot.catalog(),
        bot.contacts(),
        bot.summaries(),
        bot.conversations(),
        bot.llmStats(),
        () -> "",
        List.of(),
        state,
        null,
        null,
        null);
  }

  private static int telegramCalls(BotApiSimulator sim) {
    return sim.calls("sendMessage").size() + sim.calls("editMessageText").size();
  }

  private static ObjectNode figures(
      LlmStats stats, int before, AskedInTelegram asked, Settings settings) {
    List<Double> own = tail(stats.ownMillis(), before);
    List<Double> model = tail(stats.modelMillis(), before);
    List<Double> tokens = tail(stats.promptTokenCounts(), before);
    ObjectNode o = AnswerFormat.JSON.createObjectNode();
    o.put("questions", asked.answerMillis().size() + asked.timeouts());
    o.put("answered", asked.found());
    o.put("timeouts", asked.timeouts());
    o.put("overheadP50Ms", Percentiles.round3(Percentiles.of(own, 50)));
    o.put("overheadP95Ms", Percentiles.round3(Percentiles.of(own, 95)));
    o.put("modelCallP50Ms", Percentiles.round3(Percentiles.of(model, 50)));
    o.put("modelCallP95Ms", Percentiles.round3(Percentiles.of(model, 95)));
    o.put("answerP50Ms", Percentiles.round3(Percentiles.of(asked.answerMillis(), 50)));
    o.put("answerP95Ms", Percentiles.round3(Percentiles.of(asked.answerMillis(), 95)));
    o.put("promptTokensP50", Percentiles.of(tokens, 50));
    o.put("promptTokensP95", Percentiles.of(tokens, 95));
    o.put("promptTokensMax", tokens.stream().mapToDouble(d -> d).max().orElse(0));
    o.put("contextTokens", settings.llm().contextTokens());
    return o;
  }

  /** A cited, three-sentence reply quoting the first three sources, in five-word pieces. */
  static String[] reply(String prompt) {
    StringBuilder sb = new StringBuilder();
    Matcher m = SOURCE.matcher(prompt);
    int n = 0;
    while (m.find() && n < 3) {
      n++;
      String[] words = m.group(2).split("\\s+");
      sb.append(String.join(" ", java.util.Arrays.copyOf(words, Math.min(18, words.length))))
          .append(". [")
          .append(m.group(1))
          .append("] ");
    }
    String[] words = sb.toString().split("(?<= )");
    List<String> pieces = new ArrayList<>();
    for (int i = 0; i < words.length; i += 5) {
      pieces.add(
          String.join("", java.util.Arrays.copyOfRange(words, i, Math.min(words.length, i + 5))));
    }
    return pieces.toArray(new String[0]);
  }

  private static List<Double> tail(List<Double> all, int from) {
    return all.subList(Math.min(from, all.size()), all.size());
  }

  private static String table(ObjectNode o) {
    return String.format(
        "%d questions through the Telegram bot, %d answered with sources by the scripted model, %d timed out%n"
            + "LLM path overhead around the model call  p50 %.2f ms, p95 %.2f ms%n"
            + "model call (scripted, streamed)           p50 %.1f ms, p95 %.1f ms%n"
            + "question's arrival to final answer in Telegram (retrieval, model, send and edits)  p50 %.1f ms, p95 %.1f ms%n"
            + "Bot API sendMessage + editMessageText per answer  %.2f%n"
            + "prompt tokens per question (estimated)    p50 %.0f, p95 %.0f, max %.0f (budget %d for passages)",
        o.get("questions").asInt(),
        o.get("answered").asInt(),
        o.get("timeouts").asInt(),
        o.get("overheadP50Ms").asDouble(),
        o.get("overheadP95Ms").asDouble(),
        o.get("modelCallP50Ms").asDouble(),
        o.get("modelCallP95Ms").asDouble(),
        o.get("answerP50Ms").asDouble(),
        o.get("answerP95Ms").asDouble(),
        o.get("telegramCallsPerAnswer").asDouble(),
        o.get("promptTokensP50").asDouble(),
        o.get("promptTokensP95").asDouble(),
        o.get("promptTokensMax").asDouble(),
        o.get("contextTokens").asInt());
  }
}
