package org.corpusbot.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.corpusbot.answer.Answer;
import org.corpusbot.answer.Question;
import org.corpusbot.bench.HostileQuestions;
import org.corpusbot.bench.Percentiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code corpusbot bench-hostile}: how long the whole answer chain takes on hostile questions (a
 * pasted megabyte, query syntax, control characters, emoji, one word 10,000 times), over the
 * configured corpus, and what each gets: an answer, "the articles don't say", a refusal, or an
 * error (which fails the benchmark).
 */
@Command(
    name = "bench-hostile",
    mixinStandardHelpOptions = true,
    description = "Time the answers to hostile questions over the configured corpus.")
final class BenchHostileCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Option(
      names = "--runs",
      defaultValue = "5",
      paramLabel = "N",
      description =
          "Times each question is asked; the median is reported (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  public Integer call() {
    if (runs < 1 || runs > 1000) {
      throw new picocli.CommandLine.ParameterException(
          new picocli.CommandLine(this), "--runs must be 1 to 1000");
    }
    try (Corpusbot bot = Corpusbot.forQuestions(root.settings(), ConsoleProgress.auto())) {
      bot.composer().answer(Question.of("Warm-up question?", LocalDate.now()));
      ObjectNode o = AnswerFormat.JSON.createObjectNode();
      ArrayNode rows = o.putArray("cases");
      boolean failed = false;
      for (HostileQuestions.Case c : HostileQuestions.cases()) {
        List<Double> ms = new ArrayList<>();
        String outcome = null;
        for (int i = 0; i < runs; i++) {
          long t0 = System.nanoTime();
          try {
            outcome = outcome(bot.composer().answer(Question.of(c.text(), LocalDate.now())));
          } catch (RuntimeException e) {
            outcome = "error: " + e.getClass().getSimpleName();
            failed = true;
          }
          ms.add((System.nanoTime() - t0) / 1e6);
        }
        ObjectNode r = rows.addObject();
        r.put("case", c.name());
        r.put("chars", c.text().length());
        r.put("outcome", outcome);
        r.put("medianMs", Percentiles.round3(Percentiles.of(ms, 50)));
        r.put("maxMs", Percentiles.round3(Percentiles.of(ms, 100)));
      }
      o.put("runs", runs);
      o.put("articles", bot.catalog().overview().articles());
      System.out.println(json ? o.toString() : table(o));
      return failed ? 1 : 0;
    }
  }

  private static String outcome(Answer a) {
    if (a.found()) {
      return "answer";
    }
    return a.text().startsWith("That question is too long") ? "refused" : "not found";
  }

  private static String table(ObjectNode o) {
    StringBuilder sb =
        new StringBuilder(
            String.format(
                "hostile questions over %d articles, median (max) of %d runs:%n",
                o.get("articles").asInt(), o.get("runs").asInt()));
    for (var r : o.get("cases")) {
      sb.append(
          String.format(
              "  %-44s %,10d chars  %-9s %8.1f ms (%.1f)%n",
              r.get("case").asText(),
              r.get("chars").asInt(),
              r.get("outcome").asText(),
              r.get("medianMs").asDouble(),
              r.get("maxMs").asDouble()));
    }
    return sb.toString().stripTrailing();
  }
}
