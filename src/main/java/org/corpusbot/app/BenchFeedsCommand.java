package org.corpusbot.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.corpusbot.answer.Citation;
import org.corpusbot.answer.Question;
import org.corpusbot.bench.FeedBenchmark;
import org.corpusbot.bench.FeedSite;
import org.corpusbot.bench.Percentiles;
import org.corpusbot.bench.WatchBenchmark;
import org.corpusbot.config.Settings;
import org.corpusbot.config.SettingsLoader;
import org.corpusbot.feeds.Feeds;
import org.corpusbot.retrieval.IndexProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code corpusbot bench-feeds}: the freshness of feeds, from an item appearing in a feed on a
 * loopback news site to the first answer citing its page (asked by its title), over RealTime QA
 * articles served from memory. The poll interval is left out: each item's poll starts the moment it
 * appears. A temporary data folder, deleted at the end.
 */
@Command(
    name = "bench-feeds",
    mixinStandardHelpOptions = true,
    description = "Measure feeds: an item appearing to the first answer citing it.")
final class BenchFeedsCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Option(
      names = "--research",
      defaultValue = "../shared/data",
      description = "Research data folder (default ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--base", defaultValue = "300", description = "Articles indexed first.")
  int base;

  @Option(names = "--items", defaultValue = "100", description = "Feed items, one at a time.")
  int items;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Path rtqa = data.resolve("rtqa/articles.jsonl");
    var baseArticles =
        WatchBenchmark.stories(rtqa, 0, base, o -> !o.path("text").asText().isBlank());
    // Far past the base articles' lines, so no item repeats one of them.
    List<FeedBenchmark.Story> fresh = FeedBenchmark.stories(rtqa, 3 * base + 1000, items);
    ObjectNode o = AnswerFormat.JSON.createObjectNode();
    try (TempState tmp = TempState.create("corpusbot-bench-feeds");
        FeedSite site = new FeedSite()) {
      Path corpus = tmp.dir().resolve("corpus");
      WatchBenchmark.write(corpus, baseArticles);
      try (Corpusbot bot = Corpusbot.writable(settings(corpus, tmp.dir().resolve("data"), site))) {
        bot.startLive();
        bot.sync(false, IndexProgress.NONE);
        Feeds feeds = bot.startFeeds(bot.ingest());
        var f =
            FeedBenchmark.freshness(
                measured(bot, feeds, site), site, fresh, Duration.ofSeconds(60));
        o.put("baseArticles", baseArticles.size()).put("items", fresh.size());
        o.put("polledP50S", p(f.polled(), 50)).put("polledP95S", p(f.polled(), 95));
        o.put("citedP50S", p(f.cited(), 50)).put("citedP95S", p(f.cited(), 95));
        o.put("notCitedIn60S", f.notCited());
      }
    }
    print(o);
    return 0;
  }

  private Settings settings(Path corpus, Path dataDir, FeedSite site) {
    Map<String, String> over = new HashMap<>();
    over.put("corpus.path", corpus.toString());
    over.put("data.dir", dataDir.toString());
    over.put("feeds.urls", site.feedUrl());
    over.put("feeds.allow-private", "true"); // the site is on loopback
    over.put(
        "feeds.interval", "86400"); // no scheduled poll during the run: each is started by hand
    return SettingsLoader.load(root.config, System.getenv(), over);
  }

  private static FeedBenchmark.Bot measured(Corpusbot bot, Feeds feeds, FeedSite site) {
    return new FeedBenchmark.Bot() {
      @Override
      public List<String> citedUrls(String question, LocalDate asOf) {
        return bot.composer().answer(Question.of(question, asOf)).citations().stream()
            .map(Citation::url)
            .filter(u -> u != null)
            .toList();
      }

      @Override
      public void pollNow() {
        feeds.pollNow(site.feedUrl());
      }
    };
  }

  private static double p(List<Double> sample, double q) {
    List<Double> done = sample.stream().filter(d -> !d.isNaN()).toList();
    return Percentiles.round3(Percentiles.of(done, q));
  }

  private void print(ObjectNode o) throws Exception {
    if (json) {
      System.out.println(AnswerFormat.JSON.writeValueAsString(o));
      return;
    }
    System.out.println(AnswerFormat.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o));
    System.out.println(
        "(figures on a shared machine: other processes compete for its cores; one run; the poll"
            + " interval excluded: each poll starts when its item appears)");
  }
}
