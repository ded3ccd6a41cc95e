package org.corpusbot.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.corpusbot.answer.ExtractiveComposer;
import org.corpusbot.bench.BenchQuestion;
import org.corpusbot.bench.BenchQuestions;
import org.corpusbot.bench.BenchSplit;
import org.corpusbot.bench.NotFoundBenchmark;
import org.corpusbot.bench.NotFoundBenchmark.Outcome;
import org.corpusbot.bench.NotFoundBenchmark.Reply;
import org.corpusbot.bench.Percentiles;
import org.corpusbot.config.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code corpusbot bench-not-found}: what the answers do when the articles can't answer. The quiz
 * questions asked as a person writes them, of the corpus as given (a refusal is a false one) or,
 * with {@code --without-gold}, of the corpus without their gold articles (a reply citing articles
 * that don't answer is the failure); and {@code --absent} questions about people the corpus never
 * names (a refusal is right).
 */
@Command(
    name = "bench-not-found",
    mixinStandardHelpOptions = true,
    description = "Measure refusals and answers citing articles that don't answer.")
final class BenchNotFoundCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Option(names = "--articles", required = true, paramLabel = "FILE", description = "Articles.")
  Path articles;

  @Option(
      names = "--questions",
      required = true,
      paramLabel = "FILE",
      description = "Questions (RealTime QA JSON Lines).")
  Path questions;

  @Option(
      names = "--split",
      defaultValue = "dev",
      paramLabel = "dev|heldout|all",
      description = "Which half of the questions (default: ${DEFAULT-VALUE}).")
  String split;

  @Option(
      names = "--without-gold",
      description =
          "Index the articles without the gold articles of the questions asked (use a data folder"
              + " of its own: they are removed from its index).")
  boolean withoutGold;

  @Option(
      names = "--absent",
      paramLabel = "FILE",
      description = "Also ask these questions (one a line) about people the corpus never names.")
  Path absent;

  @Option(names = "--show", description = "Print each refusal and each non-answering reply.")
  boolean show;

  @Override
  public Integer call() throws Exception {
    BenchSplit which = parseSplit();
    List<BenchQuestion> qs =
        BenchQuestions.read(questions).stream().filter(q -> which.holds(q.id())).toList();
    Path corpus = withoutGold ? withoutGold(qs) : articles;
    Settings settings = root.benchSettings(corpus, Map.of());
    try (Corpusbot bot = Corpusbot.writable(settings)) {
      bot.sync(false, ConsoleProgress.auto());
      NotFoundBenchmark bench = new NotFoundBenchmark(bot.composer());
      ObjectNode o = AnswerFormat.JSON.createObjectNode();
      o.put("split", split);
      o.put("withoutGold", withoutGold);
      report(o.putObject("quiz"), bench.quiz(qs));
      if (absent != null) {
        List<String> asked = Files.readAllLines(absent).stream().filter(l -> !l.isBlank()).toList();
        report(o.putObject("absentPeople"), bench.unanswerable(asked));
      }
      System.out.println(o.toPrettyString());
      return 0;
    }
  }

  private BenchSplit parseSplit() {
    try {
      return BenchSplit.parse(split);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(
          new picocli.CommandLine(this), e.getMessage());
    }
  }

  private void report(ObjectNode o, List<Reply> replies) {
    o.put("questions", replies.size());
    for (Outcome k : Outcome.values()) {
      o.put(k.name(), replies.stream().filter(r -> r.outcome() == k).count());
    }
    o.put(
        "refused",
        Percentiles.round3(
            NotFoundBenchmark.share(replies, Outcome.REFUSED_NAME, Outcome.NOT_FOUND)));
    // a hedge over sentences that do hold the answer is a false "no"
    o.put(
        "hedgedHoldingGold",
        replies.stream()
            .filter(r -> r.outcome() == Outcome.ANSWERED)
            .filter(r -> r.text().startsWith(ExtractiveComposer.NOT_OUTRIGHT))
            .count());
    o.put(
        "citesNonAnswering",
        Percentiles.round3(NotFoundBenchmark.share(replies, Outcome.CITES_NON_ANSWERING)));
    // Held-out answers are scored, never read.
    if (show && !"heldout".equals(split)) {
      for (Reply r : replies) {
        boolean hedged = r.text().startsWith(ExtractiveComposer.NOT_OUTRIGHT);
        if (r.outcome() != Outcome.ANSWERED || hedged) {
          String what = r.outcome() == Outcome.ANSWERED ? "ANSWERED_HEDGED" : r.outcome().name();
          System.out.printf("%s | %s | %s%n", what, r.question(), r.text());
        }
      }
    }
  }

  /** The articles file without the gold articles of {@code qs}, in the data folder. */
  private Path withoutGold(List<BenchQuestion> qs) throws IOException {
    Set<String> gold = new HashSet<>();
    qs.forEach(q -> gold.addAll(q.goldArticles()));
    Path dir = root.benchSettings(articles, Map.of()).dataDir();
    Files.createDirectories(dir);
    Path out = dir.resolve("articles-without-gold.jsonl");
    try (BufferedReader r = Files.newBufferedReader(articles, StandardCharsets.UTF_8);
        BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        JsonNode a = line.isBlank() ? null : AnswerFormat.JSON.readTree(line);
        if (a != null && !gold.contains(a.path("id").asText())) {
          w.write(line);
          w.newLine();
        }
      }
    }
    return out;
  }
}
