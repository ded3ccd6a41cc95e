package org.corpusbot.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.corpusbot.answer.Question;
import org.corpusbot.bench.BenchQuestion;
import org.corpusbot.bench.Percentiles;
import org.corpusbot.bench.QaBenchmark;
import org.corpusbot.bench.RankScores;
import org.corpusbot.config.Settings;
import org.corpusbot.retrieval.IndexProgress;
import org.corpusbot.retrieval.IndexReport;
import org.corpusbot.retrieval.Partition;
import org.corpusbot.retrieval.SearchMode;
import org.corpusbot.retrieval.SyncOptions;
import org.corpusbot.solr.Configset;
import org.corpusbot.solr.LocalSolrCluster;

/**
 * {@code bench --backend solr}: the same questions over the same articles, on the local index and
 * on a SolrCloud collection in one run (the cluster of {@code solr.zk-hosts}, or one this starts:
 * two Solr nodes and ZooKeeper in this JVM). Prints retrieval (Hits@1/10, MRR@10), answer latency
 * (p50/p95, the ratio to local), throughput with {@value #ASKERS} concurrent askers, and the
 * indexing rate with one indexer and with two partitions at once.
 *
 * <p>NOTE: a cluster in this JVM shares its cores with the bot: on a small machine the figures are
 * what one machine does with Solr's overhead, not what a cluster of machines does.
 */
final class BenchSolr {
  static final int ASKERS = 8;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What one backend measured. */
  record Figures(
      RankScores hybrid, double p50Ms, double p95Ms, double questionsPerSecond, double indexRate) {}

  private BenchSolr() {}

  /**
   * Runs the comparison over {@code articles} (at most {@code limitArticles}, the questions' gold
   * articles first; 0: all) with {@code questions}; {@code base} holds the settings of the bench.
   */
  static String run(Settings base, Path articles, int limitArticles, List<BenchQuestion> questions)
      throws Exception {
    try (TempState tmp = TempState.create("corpusbot-bench-solr")) {
      Path corpus = tmp.dir().resolve("corpus");
      int n = writeCorpus(articles, limitArticles, questions, corpus.resolve("articles.jsonl"));
      LocalSolrCluster cluster = null;
      try {
        Settings local = with(base, corpus, tmp.dir().resolve("local"), null, null);
        String zk = base.solr().zkConnectString();
        if (zk == null && base.solr().urls().isEmpty()) {
          cluster = LocalSolrCluster.start(2, tmp.dir().resolve("solr"));
          zk = cluster.zkAddress();
        }
        Figures l = measure(local, questions, false);
        // NOTE: collections of their own each run: on a real cluster, one left by an earlier run
        // would hold the articles already, and the indexing rate would read 0.
        String run = "-bench-" + System.currentTimeMillis() / 1000;
        Settings one = with(base, corpus, tmp.dir().resolve("solr1"), zk, run + "-1");
        Figures s = measure(one, questions, true);
        double two = partitioned(with(base, corpus, tmp.dir().resolve("solr2"), zk, run + "-2"));
        return table(n, questions.size(), l, s, two, cluster != null);
      } finally {
        if (cluster != null) {
          cluster.close();
        }
      }
    }
  }

  /** Indexes with one bot, then measures its retrieval, latency and throughput. */
  private static Figures measure(Settings s, List<BenchQuestion> qs, boolean solr)
      throws Exception {
    if (solr) {
      SolrCommand.init(s, SolrCommand.dimension(s), Configset.choose(null));
    }
    try (Corpusbot bot = Corpusbot.writable(s)) {
      IndexReport r = bot.sync(false, ConsoleProgress.auto());
      QaBenchmark bench = new QaBenchmark(bot.searcher(), bot.composer());
      RankScores hybrid = bench.retrieval(qs, SearchMode.HYBRID, true);
      List<Double> ms = bench.answers(qs).latenciesMs();
      return new Figures(
          hybrid,
          Percentiles.of(ms, 50),
          Percentiles.of(ms, 95),
          throughput(bot, qs),
          r.indexed() / Math.max(1e-9, r.seconds()));
    }
  }

  /** Articles a second over two partitions indexed at once, each by its own bot and model. */
  private static double partitioned(Settings s) throws Exception {
    SolrCommand.init(s, SolrCommand.dimension(s), Configset.choose(null));
    ExecutorService pool = Executors.newFixedThreadPool(2, r -> new Thread(r, "bench-partition"));
    try {
      long t0 = System.nanoTime();
      List<Future<Integer>> runs = new ArrayList<>();
      for (int i = 1; i <= 2; i++) {
        Partition p = new Partition(i, 2);
        runs.add(
            pool.submit(
                () -> {
                  try (Corpusbot bot = Corpusbot.writable(s)) {
                    return bot.sync(SyncOptions.UPDATE.inPartition(p, false), IndexProgress.NONE)
                        .indexed();
                  }
                }));
      }
      int indexed = 0;
      for (Future<Integer> f : runs) {
        indexed += f.get();
      }
      return indexed / ((System.nanoTime() - t0) / 1e9);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Questions a second with {@value #ASKERS} askers going through {@code qs} together. */
  private static double throughput(Corpusbot bot, List<BenchQuestion> qs) throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(ASKERS, r -> new Thread(r, "bench-asker"));
    try {
      long t0 = System.nanoTime();
      List<Future<?>> askers = new ArrayList<>();
      for (int i = 0; i < ASKERS; i++) {
        askers.add(
            pool.submit(
                () -> {
                  for (int q = next.getAndIncrement(); q < qs.size(); q = next.getAndIncrement()) {
                    BenchQuestion b = qs.get(q);
                    bot.composer().answer(Question.of(b.sentence(), b.asked()));
                  }
                }));
      }
      for (Future<?> f : askers) {
        f.get();
      }
      return qs.size() / ((System.nanoTime() - t0) / 1e9);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * {@code base} over {@code corpus} with its data in {@code data}; with {@code zk}, on the Solr
   * backend in the collection {@code solr.collection + suffix}.
   */
  private static Settings with(Settings base, Path corpus, Path data, String zk, String suffix) {
    Map<String, String> o = new HashMap<>();
    o.put("corpus.path", corpus.toString());
    o.put("data.dir", data.toString());
    o.put("embedding.model", base.embeddingModel().configName());
    if (suffix != null) {
      o.put("retrieval.backend", "solr");
      if (zk != null) {
        o.put("solr.zk-hosts", zk);
      } else {
        o.put(
            "solr.urls",
            String.join(",", base.solr().urls().stream().map(Object::toString).toList()));
      }
      o.put("solr.collection", base.solr().collection() + suffix);
    } else {
      // The local leg is local whatever the environment says (CORPUSBOT_RETRIEVAL_BACKEND=solr
      // would otherwise make it a whole run against the configured collection).
      o.put("retrieval.backend", "lucene");
    }
    return org.corpusbot.config.SettingsLoader.load(null, System.getenv(), o);
  }

  /** The gold articles of {@code qs} first, then others in file order, up to {@code limit}. */
  private static int writeCorpus(Path from, int limit, List<BenchQuestion> qs, Path to)
      throws IOException {
    Set<String> gold = new LinkedHashSet<>();
    qs.forEach(q -> gold.addAll(q.goldArticles()));
    List<String> golds = new ArrayList<>();
    List<String> others = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(from, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        (gold.contains(JSON.readTree(line).path("id").asText()) ? golds : others).add(line);
      }
    }
    List<String> all = new ArrayList<>(golds);
    all.addAll(others);
    if (limit > 0 && limit < all.size()) {
      all = all.subList(0, limit);
    }
    Files.createDirectories(to.getParent());
    try (BufferedWriter w = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
      for (String line : all) {
        w.write(line);
        w.newLine();
      }
    }
    return all.size();
  }

  private static String table(
      int articles, int questions, Figures l, Figures s, double two, boolean inJvm) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            "%d questions over %d articles; Solr: %s, 2 shards%n%n",
            questions, articles, inJvm ? "2 nodes in this JVM" : "the configured cluster"));
    sb.append(
        String.format(
            "%-8s %7s %7s %7s %9s %9s %10s %12s%n",
            "backend", "Hits@1", "Hits@10", "MRR@10", "p50 ms", "p95 ms", "q/s (8)", "articles/s"));
    for (var row : List.of(Map.entry("local", l), Map.entry("solr", s))) {
      Figures f = row.getValue();
      sb.append(
          String.format(
              "%-8s %7.3f %7.3f %7.3f %9.1f %9.1f %10.2f %12.2f%n",
              row.getKey(),
              f.hybrid().hits1(),
              f.hybrid().hits10(),
              f.hybrid().mrr10(),
              f.p50Ms(),
              f.p95Ms(),
              f.questionsPerSecond(),
              f.indexRate()));
    }
    sb.append(
        String.format(
            "%nsolr / local: p50 x%.2f, p95 x%.2f, throughput x%.2f; MRR@10 %+.3f%n",
            s.p50Ms() / l.p50Ms(),
            s.p95Ms() / l.p95Ms(),
            s.questionsPerSecond() / l.questionsPerSecond(),
            s.hybrid().mrr10() - l.hybrid().mrr10()));
    sb.append(
        String.format(
            "solr indexing: %.2f articles/s with 1 indexer, %.2f with 2 partitions at once",
            s.indexRate(), two));
    return sb.toString();
  }
}
