package org.corpusbot.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.corpusbot.answer.Citation;
import org.corpusbot.answer.Question;
import org.corpusbot.bench.BenchQuestion;
import org.corpusbot.bench.BenchQuestions;
import org.corpusbot.bench.Percentiles;
import org.corpusbot.bench.WatchBenchmark;
import org.corpusbot.bench.WatchBenchmark.Asked;
import org.corpusbot.bench.WatchBenchmark.Story;
import org.corpusbot.config.Settings;
import org.corpusbot.config.SettingsLoader;
import org.corpusbot.ingest.LiveCorpus;
import org.corpusbot.retrieval.IndexProgress;
import org.corpusbot.retrieval.IndexReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code corpusbot bench-watch}: the live corpus's freshness (a file landing in the watched folder
 * to the first answer citing it, over RealTime QA articles, each asked by its title) and a burst of
 * Reuters stories (time to index them watched vs {@code index} on the same files; answer latency
 * during the burst vs idle). Everything is written to a temporary folder, deleted at the end.
 */
@Command(
    name = "bench-watch",
    mixinStandardHelpOptions = true,
    description = "Measure the live corpus: freshness of watched files, and a burst of files.")
final class BenchWatchCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Option(
      names = "--research",
      defaultValue = "../shared/data",
      description = "Research data folder (default ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--base", defaultValue = "300", description = "Articles indexed first.")
  int base;

  @Option(names = "--fresh", defaultValue = "100", description = "Articles landed one by one.")
  int fresh;

  @Option(names = "--burst", defaultValue = "2000", description = "Reuters stories in the burst.")
  int burst;

  @Option(names = "--questions", defaultValue = "40", description = "Questions timed.")
  int questions;

  @Option(names = "--settle-ms", defaultValue = "1000", description = "watch.settle-ms.")
  int settleMs;

  @Option(
      names = "--pause-ms",
      defaultValue = "500",
      description = "Pause after each answer during the burst (default ${DEFAULT-VALUE}).")
  long pauseMs;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Path rtqa = data.resolve("rtqa/articles.jsonl");
    List<Story> articles =
        WatchBenchmark.stories(rtqa, 0, base + fresh, o -> !o.path("text").asText().isBlank());
    List<Story> stories =
        WatchBenchmark.stories(
            data.resolve("reuters21578.jsonl"),
            0,
            burst,
            o -> o.path("body").asText().strip().length() > 200);
    List<Asked> asked = new ArrayList<>();
    for (BenchQuestion q : BenchQuestions.read(data.resolve("rtqa/questions-dev.jsonl"))) {
      asked.add(new Asked(q.sentence(), q.asked()));
    }
    asked = asked.subList(0, Math.min(questions, asked.size()));
    ObjectNode o = AnswerFormat.JSON.createObjectNode();
    try (TempState tmp = TempState.create("corpusbot-bench-watch")) {
      Path corpus = tmp.dir().resolve("watched");
      WatchBenchmark.write(corpus.resolve("base"), articles.subList(0, base));
      try (Corpusbot bot = Corpusbot.writable(settings(corpus, tmp.dir().resolve("data")))) {
        LiveCorpus live = bot.startLive();
        bot.sync(false, IndexProgress.NONE);
        WatchBenchmark.LiveBot measured = measured(bot, live);
        WatchBenchmark.latencies(measured, asked.subList(0, Math.min(5, asked.size()))); // warm-up
        List<Double> idle = WatchBenchmark.latencies(measured, asked);
        var f =
            WatchBenchmark.freshness(
                measured,
                corpus.resolve("fresh"),
                articles.subList(base, articles.size()),
                Duration.ofSeconds(60));
        long runsBefore = live.stats().runs();
        var b =
            WatchBenchmark.burst(
                measured, corpus.resolve("burst"), stories, asked, Duration.ofMillis(pauseMs));
        o.put("settleMs", settleMs).put("baseArticles", base).put("freshArticles", fresh);
        o.put("freshIndexedP50S", p(f.indexed(), 50)).put("freshIndexedP95S", p(f.indexed(), 95));
        o.put("freshCitedP50S", p(f.cited(), 50)).put("freshCitedP95S", p(f.cited(), 95));
        o.put("freshNotCitedIn60S", f.notCited());
        o.put("burstFiles", stories.size()).put("burstWatchedS", Percentiles.round3(b.seconds()));
        o.put("burstNotIndexed", b.missing()).put("burstRuns", live.stats().runs() - runsBefore);
        o.put("idleP50Ms", p(idle, 50)).put("idleP95Ms", p(idle, 95));
        o.put("duringBurstP50Ms", p(b.latenciesMs(), 50));
        o.put("duringBurstP95Ms", p(b.latenciesMs(), 95));
        o.put("duringBurstQuestions", b.latenciesMs().size()).put("pauseMs", pauseMs);
        o.put("p95DuringOverIdle", Percentiles.round3(p(b.latenciesMs(), 95) / p(idle, 95)));
      }
      double index = indexOnly(tmp.dir().resolve("batch"), stories);
      o.put("burstIndexS", Percentiles.round3(index));
      o.put(
          "watchedThroughputVsIndex",
          Percentiles.round3(index / o.get("burstWatchedS").asDouble()));
    }
    print(o);
    return 0;
  }

  /** Seconds {@code index} takes for the stories, in a fresh data folder (model loaded first). */
  private double indexOnly(Path dir, List<Story> stories) throws Exception {
    Path corpus = dir.resolve("corpus");
    WatchBenchmark.write(corpus.resolve("burst"), stories);
    try (Corpusbot bot = Corpusbot.writable(settings(corpus, dir.resolve("data")))) {
      long t0 = System.nanoTime();
      IndexReport r = bot.sync(false, IndexProgress.NONE);
      double s = (System.nanoTime() - t0) / 1e9;
      if (r.added() == 0) {
        throw new IllegalStateException("index added nothing: " + r.summary());
      }
      return s;
    }
  }

  private Settings settings(Path corpus, Path dataDir) {
    Map<String, String> over = new HashMap<>();
    over.put("corpus.path", corpus.toString());
    over.put("data.dir", dataDir.toString());
    over.put("watch.settle-ms", String.valueOf(settleMs));
    return SettingsLoader.load(root.config, System.getenv(), over);
  }

  private static WatchBenchmark.LiveBot measured(Corpusbot bot, LiveCorpus live) {
    return new WatchBenchmark.LiveBot() {
      @Override
      public List<String> cited(String question, LocalDate asOf) {
        return bot.composer().answer(Question.of(question, asOf)).citations().stream()
            .map(Citation::articleId)
            .toList();
      }

      @Override
      public boolean indexed(String id) {
        return bot.catalog().get(id).isPresent();
      }

      @Override
      public boolean busy() {
        return live.stats().waiting() > 0 || bot.indexingBusy().isPresent();
      }
    };
  }

  private static double p(List<Double> sample, double q) {
    return Percentiles.round3(Percentiles.of(sample, q));
  }

  private void print(ObjectNode o) throws Exception {
    if (json) {
      System.out.println(AnswerFormat.JSON.writeValueAsString(o));
      return;
    }
    System.out.println(AnswerFormat.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o));
    System.out.println(
        "(figures on a shared machine: other processes compete for its cores; medians of one run)");
  }
}
