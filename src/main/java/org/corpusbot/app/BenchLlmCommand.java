package org.corpusbot.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpusbot.answer.Answer;
import org.corpusbot.answer.Question;
import org.corpusbot.answer.llm.LlmStats;
import org.corpusbot.answer.llm.sim.ScriptedLlmServer;
import org.corpusbot.bench.BenchQuestion;
import org.corpusbot.bench.BenchQuestions;
import org.corpusbot.bench.Percentiles;
import org.corpusbot.config.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code corpusbot bench-llm}: what the LLM path costs around the model call (prompt building,
 * citation checks, streaming progress), measured against a scripted local server that streams a
 * cited three-sentence reply at once, so the model's own time is near zero; and the tokens sent.
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

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    List<BenchQuestion> qs = BenchQuestions.read(questions);
    if (limit > 0 && limit < qs.size()) {
      qs = qs.subList(0, limit);
    }
    try (ScriptedLlmServer server = new ScriptedLlmServer()) {
      server.script(r -> ScriptedLlmServer.Reply.chunks(0, reply(r.prompt())));
      Settings settings =
          root.benchSettings(
              articles,
              Map.of(
                  "llm.provider", "openai",
                  "llm.base-url", server.openAiUrl(),
                  "llm.model", "scripted"));
      try (Corpusbot bot = Corpusbot.writable(settings)) {
        bot.sync(!reuse, ConsoleProgress.auto());
        // Warm-up: class loading and the first HTTP connections are not what is measured.
        for (BenchQuestion q : qs.subList(0, Math.min(5, qs.size()))) {
          bot.composer().answer(Question.of(q.sentence(), q.asked()), s -> {});
        }
        LlmStats stats = bot.llmStats();
        int before = stats.ownMillis().size();
        int found = 0;
        List<Double> total = new ArrayList<>();
        for (BenchQuestion q : qs) {
          long t0 = System.nanoTime();
          Answer a = bot.composer().answer(Question.of(q.sentence(), q.asked()), s -> {});
          total.add((System.nanoTime() - t0) / 1e6);
          found += a.found() ? 1 : 0;
        }
        List<Double> own = tail(stats.ownMillis(), before);
        List<Double> model = tail(stats.modelMillis(), before);
        List<Double> tokens = tail(stats.promptTokenCounts(), before);
        ObjectNode o = AnswerFormat.JSON.createObjectNode();
        o.put("questions", qs.size());
        o.put("answered", found);
        o.put("overheadP50Ms", Percentiles.round3(Percentiles.of(own, 50)));
        o.put("overheadP95Ms", Percentiles.round3(Percentiles.of(own, 95)));
        o.put("modelCallP50Ms", Percentiles.round3(Percentiles.of(model, 50)));
        o.put("answerP50Ms", Percentiles.round3(Percentiles.of(total, 50)));
        o.put("answerP95Ms", Percentiles.round3(Percentiles.of(total, 95)));
        o.put("promptTokensP50", Percentiles.of(tokens, 50));
        o.put("promptTokensP95", Percentiles.of(tokens, 95));
        o.put("promptTokensMax", tokens.stream().mapToDouble(d -> d).max().orElse(0));
        o.put("contextTokens", settings.llm().contextTokens());
        System.out.println(json ? o.toString() : table(o));
        return 0;
      }
    }
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
        "%d questions, %d answered by the scripted model%n"
            + "LLM path overhead around the model call  p50 %.2f ms, p95 %.2f ms%n"
            + "model call (scripted, streamed)           p50 %.1f ms%n"
            + "whole answer incl. retrieval              p50 %.1f ms, p95 %.1f ms%n"
            + "prompt tokens per question (estimated)    p50 %.0f, p95 %.0f, max %.0f (budget %d for passages)",
        o.get("questions").asInt(),
        o.get("answered").asInt(),
        o.get("overheadP50Ms").asDouble(),
        o.get("overheadP95Ms").asDouble(),
        o.get("modelCallP50Ms").asDouble(),
        o.get("answerP50Ms").asDouble(),
        o.get("answerP95Ms").asDouble(),
        o.get("promptTokensP50").asDouble(),
        o.get("promptTokensP95").asDouble(),
        o.get("promptTokensMax").asDouble(),
        o.get("contextTokens").asInt());
  }
}
