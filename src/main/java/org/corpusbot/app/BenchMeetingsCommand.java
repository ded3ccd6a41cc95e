package org.corpusbot.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.corpusbot.bench.MeetingsBenchmark;
import org.corpusbot.bench.Percentiles;
import org.corpusbot.config.Settings;
import org.corpusbot.config.SettingsLoader;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.CorpusLoader;
import org.corpusbot.corpus.JsonFields;
import org.corpusbot.corpus.LoadReport;
import org.corpusbot.retrieval.Embedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code corpusbot bench-meetings}: how fast contacts are extracted from a whole corpus, and how
 * much they slow indexing down.
 */
@Command(
    name = "bench-meetings",
    mixinStandardHelpOptions = true,
    description = "Measure contact extraction speed and its cost to indexing.")
final class BenchMeetingsCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Option(
      names = "--articles",
      required = true,
      paramLabel = "FILE",
      description = "Articles (any corpus format), e.g. ../shared/data/reuters21578.jsonl.")
  Path articles;

  @Option(
      names = "--passes",
      defaultValue = "3",
      paramLabel = "N",
      description = "Timed extraction passes over all articles (default: ${DEFAULT-VALUE}).")
  int passes;

  @Option(
      names = "--sample",
      defaultValue = "300",
      paramLabel = "N",
      description =
          "Articles indexed with and without contacts to measure the slowdown; 0 skips it"
              + " (default: ${DEFAULT-VALUE}).")
  int sample;

  @Option(
      names = "--runs",
      defaultValue = "3",
      paramLabel = "N",
      description = "Indexing runs each way (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (passes < 1 || runs < 1 || sample < 0) {
      throw new picocli.CommandLine.ParameterException(
          new picocli.CommandLine(this),
          "--passes and --runs must be at least 1, --sample at least 0");
    }
    Settings settings =
        SettingsLoader.load(
            root.config, System.getenv(), Map.of("corpus.path", articles.toString()));
    try (Embedder embedder = new Embedder(settings.embeddingModel())) {
      List<Article> all = new ArrayList<>();
      LoadReport load =
          CorpusLoader.standard(JsonFields.defaults().withOverrides(settings.jsonlFields()))
              .load(articles, all::add);
      MeetingsBenchmark bench = new MeetingsBenchmark();
      MeetingsBenchmark.Extraction x = bench.extraction(all, passes);
      ObjectNode o = AnswerFormat.JSON.createObjectNode();
      o.put("articles", x.articles());
      o.put("skipped", load.skippedTotal());
      o.put("events", x.events());
      o.put("articlesWithEvents", x.articlesWithEvents());
      o.put("extractionArticlesPerSecond", Math.round(x.medianArticlesPerSecond()));
      StringBuilder text = new StringBuilder();
      text.append(
          String.format(
              "extraction  %d articles, %d contacts in %d of them; median of %d passes %.0f articles/s%n",
              x.articles(),
              x.events(),
              x.articlesWithEvents(),
              passes,
              x.medianArticlesPerSecond()));
      if (sample > 0) {
        Path scratch = Files.createTempDirectory("corpusbot-bench-meetings");
        MeetingsBenchmark.Overhead h =
            bench.overhead(
                all.subList(0, Math.min(sample, all.size())),
                embedder,
                settings.chunkChars(),
                scratch,
                runs);
        Files.deleteIfExists(scratch);
        o.put("sampleArticles", h.articles());
        o.put("indexSecondsWithout", Percentiles.round3(h.medianWithout()));
        o.put("indexSecondsWith", Percentiles.round3(h.medianWith()));
        o.put("indexSlowdown", Percentiles.round3(h.slowdown()));
        text.append(
            String.format(
                "indexing    %d articles: median %.2f s without contacts, %.2f s with (%+.1f%%, ratio %.3f)",
                h.articles(),
                h.medianWithout(),
                h.medianWith(),
                h.slowdown() * 100,
                h.medianWith() / h.medianWithout()));
      }
      System.out.println(json ? o.toString() : text.toString().strip());
      return 0;
    }
  }
}
