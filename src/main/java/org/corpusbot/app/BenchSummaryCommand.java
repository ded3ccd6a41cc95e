package org.corpusbot.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.corpusbot.bench.BenchQuestion;
import org.corpusbot.bench.BenchQuestions;
import org.corpusbot.bench.Percentiles;
import org.corpusbot.bench.SummaryBenchmark;
import org.corpusbot.config.Settings;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.ArticleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code corpusbot bench-summary}: summary coverage of the quiz questions' evidence against the
 * lead baseline, and summary latency for articles of about 900 words and for topics.
 */
@Command(
    name = "bench-summary",
    mixinStandardHelpOptions = true,
    description = "Measure summary coverage and latency on a question set.")
final class BenchSummaryCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Option(names = "--articles", required = true, paramLabel = "FILE", description = "Articles.")
  Path articles;

  @Option(
      names = "--questions",
      required = true,
      paramLabel = "FILE",
      description = "Questions with gold articles and evidence (RealTime QA JSON Lines).")
  Path questions;

  @Option(
      names = "--reuse-index",
      description = "Keep an index left by an earlier run (only changes are embedded).")
  boolean reuse;

  @Option(
      names = "--samples",
      defaultValue = "100",
      paramLabel = "N",
      description = "Articles and topics timed (default: ${DEFAULT-VALUE}).")
  int samples;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Settings settings = root.benchSettings(articles, Map.of());
    List<BenchQuestion> qs = BenchQuestions.read(questions);
    try (Corpusbot bot = Corpusbot.writable(settings)) {
      bot.sync(!reuse, ConsoleProgress.auto());
      SummaryBenchmark bench = new SummaryBenchmark(bot.summaries(), bot.catalog());
      SummaryBenchmark.Coverage c =
          bench.coverage(qs, settings.summary().sentences(), settings.summary().maxWords());
      List<String> ids = new ArrayList<>();
      List<String> topics = new ArrayList<>();
      int[] seen = {0};
      bot.loader()
          .load(
              articles,
              a -> {
                int words = a.text().split("\\s+").length;
                if (words >= 800 && words <= 1000 && ids.size() < samples) {
                  ids.add(a.id());
                }
                if (seen[0]++ % 37 == 0 && topics.size() < samples) {
                  topics.add(topic(a)); // headlines spread over the corpus
                }
              });
      List<Double> one = bench.articleLatencies(ids);
      List<Double> topic = bench.topicLatencies(topics, LocalDate.of(2100, 1, 1));
      ObjectNode o = AnswerFormat.JSON.createObjectNode();
      o.put("questions", c.questions());
      o.put("coverageVerbatim", Percentiles.round3(c.verbatim()));
      o.put("coverageMostWords", Percentiles.round3(c.most()));
      o.put("leadCoverageVerbatim", Percentiles.round3(c.leadVerbatim()));
      o.put("leadCoverageMostWords", Percentiles.round3(c.leadMost()));
      o.put("medianWords", Percentiles.of(c.words(), 50));
      o.put("articles", ids.size());
      o.put("articleP50Ms", Percentiles.round3(Percentiles.of(one, 50)));
      o.put("articleP95Ms", Percentiles.round3(Percentiles.of(one, 95)));
      o.put("topics", topics.size());
      o.put("topicP50Ms", Percentiles.round3(Percentiles.of(topic, 50)));
      o.put("topicP95Ms", Percentiles.round3(Percentiles.of(topic, 95)));
      System.out.println(json ? o.toString() : table(o));
      return 0;
    }
  }

  /** A topic as a reader might ask for it: the first six words of a headline. */
  private static String topic(Article a) {
    String[] w = ArticleInfo.of(a).title().split("\\s+");
    return String.join(" ", java.util.Arrays.copyOf(w, Math.min(6, w.length)));
  }

  private static String table(ObjectNode o) {
    return String.format(
        "coverage of the evidence sentence over %d questions (summary vs lead baseline):%n"
            + "  verbatim        %.3f vs %.3f%n"
            + "  most words      %.3f vs %.3f%n"
            + "  median length   %.0f words%n"
            + "article summary  p50 %.1f ms, p95 %.1f ms over %d articles of 800-1,000 words%n"
            + "topic summary    p50 %.1f ms, p95 %.1f ms over %d topics",
        o.get("questions").asInt(),
        o.get("coverageVerbatim").asDouble(),
        o.get("leadCoverageVerbatim").asDouble(),
        o.get("coverageMostWords").asDouble(),
        o.get("leadCoverageMostWords").asDouble(),
        o.get("medianWords").asDouble(),
        o.get("articleP50Ms").asDouble(),
        o.get("articleP95Ms").asDouble(),
        o.get("articles").asInt(),
        o.get("topicP50Ms").asDouble(),
        o.get("topicP95Ms").asDouble(),
        o.get("topics").asInt());
  }
}
