package org.corpusbot.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.corpusbot.bench.BenchQuestion;
import org.corpusbot.bench.BenchQuestions;
import org.corpusbot.bench.BenchSplit;
import org.corpusbot.bench.HeapSampler;
import org.corpusbot.bench.Percentiles;
import org.corpusbot.bench.QaBenchmark;
import org.corpusbot.bench.RankScores;
import org.corpusbot.config.Backend;
import org.corpusbot.config.Settings;
import org.corpusbot.retrieval.IndexReport;
import org.corpusbot.retrieval.SearchMode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;

/**
 * {@code corpusbot bench}: indexes a corpus, then measures retrieval (BM25, vectors, hybrid with
 * and without the time of asking), answer accuracy, latency and heap on a quiz question set.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure indexing, retrieval, answers and latency on a question set.")
final class BenchCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Option(
      names = "--articles",
      required = true,
      paramLabel = "FILE",
      description = "Articles to index (any corpus format).")
  Path articles;

  @Option(
      names = "--questions",
      required = true,
      paramLabel = "FILE",
      description = "Questions (RealTime QA JSON Lines).")
  Path questions;

  @Option(names = "--json", description = "Print one JSON object instead of a table.")
  boolean json;

  @Option(
      names = "--reuse-index",
      description = "Keep an index left by an earlier run (only changes are embedded).")
  boolean reuse;

  @Option(
      names = "--model",
      paramLabel = "NAME",
      description = "Embedding model (overrides embedding.model).")
  String model;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "0",
      description = "Only the first N questions (0: all).")
  int limit;

  @Option(
      names = "--split",
      paramLabel = "SPLIT",
      defaultValue = "all",
      description =
          "dev, heldout or all (default): which questions, by the hash of their id. Tune on dev;"
              + " held-out is for checking a finished change.")
  String split;

  @Option(
      names = "--misses",
      description =
          "Also list the dev questions answered wrongly, with options and asked alone (question,"
              + " gold, answer);"
              + " never held-out ones.")
  boolean misses;

  @Option(
      names = "--backend",
      paramLabel = "NAME",
      defaultValue = "lucene",
      description =
          "lucene (default): the local index. solr: the local index and a SolrCloud collection"
              + " side by side (solr.zk-hosts, or 2 nodes started in this JVM).")
  String backend;

  @Option(
      names = "--limit-articles",
      paramLabel = "N",
      defaultValue = "0",
      description =
          "With --backend solr: only N articles, the questions' gold ones first (0: all).")
  int limitArticles;

  @Override
  public Integer call() throws Exception {
    BenchSplit which = parseSplit();
    if (Backend.parse(backend) == Backend.SOLR) {
      List<BenchQuestion> qs = new ArrayList<>(BenchQuestions.read(questions));
      qs.removeIf(q -> !which.holds(q.id()));
      if (limit > 0 && limit < qs.size()) {
        qs = qs.subList(0, limit);
      }
      Settings base =
          root.benchSettings(articles, model == null ? Map.of() : Map.of("embedding.model", model));
      System.out.println(BenchSolr.run(base, articles, limitArticles, qs));
      return 0;
    }
    Settings settings =
        root.benchSettings(articles, model == null ? Map.of() : Map.of("embedding.model", model));
    List<BenchQuestion> qs = new ArrayList<>(BenchQuestions.read(questions));
    qs.removeIf(q -> !which.holds(q.id()));
    if (limit > 0 && limit < qs.size()) {
      qs = qs.subList(0, limit);
    }
    try (HeapSampler heap = new HeapSampler();
        Corpusbot bot = Corpusbot.writable(settings)) {
      IndexReport index = bot.sync(!reuse, ConsoleProgress.auto());
      QaBenchmark bench = new QaBenchmark(bot.searcher(), bot.composer());
      Map<String, RankScores> modes = new LinkedHashMap<>();
      modes.put("bm25", bench.retrieval(qs, SearchMode.BM25, false));
      modes.put("vector", bench.retrieval(qs, SearchMode.VECTOR, false));
      modes.put("hybrid", bench.retrieval(qs, SearchMode.HYBRID, true));
      modes.put("hybridUndated", bench.retrieval(qs, SearchMode.HYBRID, false));
      QaBenchmark.AnswerRun run = bench.answers(qs);
      ObjectNode o = report(settings, index, modes, run, heap.peakMb(), qs.size());
      o.put("split", split);
      System.out.println(json ? o.toString() : table(o, modes));
      if (misses) {
        printMisses(run.wrong(), "with options");
        printMisses(run.freeformMisses(), "when asked alone");
        printMisses(run.shortAnswers().wrong(), "with a direct answer that names no gold choice");
      }
      return 0;
    }
  }

  private BenchSplit parseSplit() {
    BenchSplit which;
    try {
      which = BenchSplit.parse(split);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(new CommandLine(this), e.getMessage());
    }
    if (misses && which == BenchSplit.HELDOUT) {
      throw new ParameterException(
          new CommandLine(this),
          "--misses lists dev questions only: held-out answers are never read");
    }
    return which;
  }

  /** Dev misses only, whatever the split: held-out answers must stay unread to stay honest. */
  private static void printMisses(List<QaBenchmark.Miss> all, String how) {
    List<QaBenchmark.Miss> dev =
        all.stream().filter(m -> BenchSplit.of(m.id()) == BenchSplit.DEV).toList();
    System.out.printf("%n%d dev questions answered wrongly %s:%n", dev.size(), how);
    for (QaBenchmark.Miss m : dev) {
      System.out.printf(
          "%n[%s] %s%n  gold:   %s%n  answer: %s%n", m.id(), m.question(), m.gold(), m.answer());
    }
  }

  private static ObjectNode report(
      Settings s,
      IndexReport index,
      Map<String, RankScores> modes,
      QaBenchmark.AnswerRun run,
      double heapMb,
      int n) {
    ObjectNode o = AnswerFormat.JSON.createObjectNode();
    o.put("questions", n);
    o.put("model", s.embeddingModel().configName());
    modes.forEach(
        (name, r) -> {
          ObjectNode m = o.putObject(name);
          m.put("hits1", Percentiles.round3(r.hits1()));
          m.put("hits5", Percentiles.round3(r.hits5()));
          m.put("hits10", Percentiles.round3(r.hits10()));
          m.put("mrr10", Percentiles.round3(r.mrr10()));
        });
    o.put("accuracy", Percentiles.round3(run.accuracy()));
    o.put("freeformAccuracy", Percentiles.round3(run.freeformAccuracy()));
    o.put("shortAnswersGiven", run.shortAnswers().given());
    o.put("shortAnswerPrecision", Percentiles.round3(run.shortAnswers().precision()));
    o.put("indexSeconds", Percentiles.round3(index.seconds()));
    o.put("articlesIndexed", index.indexed());
    o.put(
        "articlesPerSecond",
        index.indexed() == 0 ? 0 : Percentiles.round3(index.indexed() / index.seconds()));
    timings(o, "", run.asked());
    timings(o, "freeform", run.alone());
    o.put("peakHeapMb", Math.round(heapMb));
    return o;
  }

  /**
   * The percentiles of {@code t} as {@code <prefix>p50Ms}, {@code p95Ms}, {@code cpuP50Ms}, {@code
   * cpuP95Ms} (camel case after a prefix: {@code freeformP50Ms}).
   */
  private static void timings(ObjectNode o, String prefix, QaBenchmark.Timings t) {
    put(o, prefix, "p50Ms", t.latenciesMs(), 50);
    put(o, prefix, "p95Ms", t.latenciesMs(), 95);
    put(o, prefix, "cpuP50Ms", t.cpuMs(), 50);
    put(o, prefix, "cpuP95Ms", t.cpuMs(), 95);
    // NOTE: a mean, not a percentile: the process's CPU clock ticks in 10 ms steps on Linux.
    double total = t.processCpuMs().stream().mapToDouble(Double::doubleValue).sum();
    o.put(
        key(prefix, "processCpuMeanMs"),
        Percentiles.round3(total / Math.max(1, t.processCpuMs().size())));
  }

  private static void put(ObjectNode o, String prefix, String name, List<Double> ms, int pct) {
    o.put(key(prefix, name), Percentiles.round3(Percentiles.of(ms, pct)));
  }

  /** {@code name} after {@code prefix} in camel case: "freeform" + "p50Ms" is "freeformP50Ms". */
  private static String key(String prefix, String name) {
    return prefix.isEmpty()
        ? name
        : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static String table(ObjectNode o, Map<String, RankScores> modes) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            "%d questions (split %s), model %s%n%n",
            o.get("questions").asInt(), o.get("split").asText(), o.get("model").asText()));
    sb.append(
        String.format(
            "%-15s %7s %7s %7s %7s%n", "retrieval", "Hits@1", "Hits@5", "Hits@10", "MRR@10"));
    modes.forEach(
        (name, r) ->
            sb.append(
                String.format(
                    "%-15s %7.3f %7.3f %7.3f %7.3f%n",
                    name, r.hits1(), r.hits5(), r.hits10(), r.mrr10())));
    sb.append(
        String.format(
            "%nanswer accuracy  %.3f with options, %.3f asked alone (free-form)%n",
            o.get("accuracy").asDouble(), o.get("freeformAccuracy").asDouble()));
    sb.append(
        String.format(
            "short answers    %d led free-form replies, %.3f of them name the gold choice%n",
            o.get("shortAnswersGiven").asInt(), o.get("shortAnswerPrecision").asDouble()));
    sb.append(
        String.format(
            "indexing         %.1f s for %d articles (%.1f articles/s)%n",
            o.get("indexSeconds").asDouble(),
            o.get("articlesIndexed").asInt(),
            o.get("articlesPerSecond").asDouble()));
    sb.append(
        String.format(
            "answer latency   p50 %.1f ms, p95 %.1f ms with options (CPU of the answering"
                + " thread: p50 %.1f ms, p95 %.1f ms; of the process: mean %.1f ms)%n"
                + "                 p50 %.1f ms, p95 %.1f ms asked alone (CPU: p50 %.1f ms, p95"
                + " %.1f ms; of the process: mean %.1f ms)%n",
            o.get("p50Ms").asDouble(),
            o.get("p95Ms").asDouble(),
            o.get("cpuP50Ms").asDouble(),
            o.get("cpuP95Ms").asDouble(),
            o.get("processCpuMeanMs").asDouble(),
            o.get("freeformP50Ms").asDouble(),
            o.get("freeformP95Ms").asDouble(),
            o.get("freeformCpuP50Ms").asDouble(),
            o.get("freeformCpuP95Ms").asDouble(),
            o.get("freeformProcessCpuMeanMs").asDouble()));
    sb.append(String.format("peak heap        %d MB", o.get("peakHeapMb").asLong()));
    return sb.toString();
  }
}
