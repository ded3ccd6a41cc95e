package org.corpusbot.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.corpusbot.bench.DuplicateBenchmark;
import org.corpusbot.config.Settings;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.CorpusLoader;
import org.corpusbot.corpus.JsonFields;
import org.corpusbot.retrieval.Fingerprint;
import org.corpusbot.retrieval.IndexProgress;
import org.corpusbot.retrieval.IndexReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code corpusbot bench-dups}: the near-duplicate threshold's precision and recall on labelled
 * pairs of a corpus (dev and held-out), and what the signatures cost to make.
 */
@Command(
    name = "bench-dups",
    mixinStandardHelpOptions = true,
    description = "Measure near-duplicate detection and its cost on a corpus.")
final class BenchDupsCommand implements Callable<Integer> {
  @Option(names = "--articles", required = true, paramLabel = "FILE", description = "Articles.")
  Path articles;

  @Option(
      names = "--labels",
      paramLabel = "FILE",
      description = "Write the labelled pairs (ids, similarities, label; no text) as TSV.")
  Path labels;

  @Option(
      names = "--show",
      defaultValue = "0",
      paramLabel = "N",
      description = "Print N dev pairs near the threshold with both texts' openings, to check.")
  int show;

  @Option(
      names = "--index-sample",
      defaultValue = "0",
      paramLabel = "N",
      description =
          "Also index the first N articles in a temporary index, then N/5 more, and print what"
              + " deciding duplicates cost per article (0: skip).")
  int indexSample;

  @ParentCommand RootCommand root;

  @Override
  public Integer call() throws Exception {
    List<Article> all = new ArrayList<>();
    CorpusLoader.standard(JsonFields.defaults()).load(articles, all::add);
    DuplicateBenchmark.Result r = new DuplicateBenchmark().run(all);
    PrintStream out = System.out;
    out.printf(
        Locale.ROOT,
        "%d articles; signatures %.3f ms/article; %d exact copies (same normalised text)%n",
        r.articles(),
        r.msPerArticle(),
        r.exactCopies());
    long same = r.pairs().stream().filter(DuplicateBenchmark.Pair::same).count();
    out.printf(Locale.ROOT, "%d labelled pairs, %d one story%n", r.pairs().size(), same);
    out.println(
        "threshold  dev: pairs pos precision recall F1   held-out: pairs pos precision recall F1");
    for (int i = 0; i < r.dev().size(); i++) {
      DuplicateBenchmark.Score d = r.dev().get(i);
      DuplicateBenchmark.Score h = r.heldout().get(i);
      out.printf(
          Locale.ROOT,
          "%.2f%s      %5d %4d %.3f %.3f %.3f        %5d %4d %.3f %.3f %.3f%n",
          d.threshold(),
          Math.abs(d.threshold() - r.chosen()) < 1e-9 ? "*" : " ",
          d.pairs(),
          d.positives(),
          d.precision(),
          d.recall(),
          d.f1(),
          h.pairs(),
          h.positives(),
          h.precision(),
          h.recall(),
          h.f1());
    }
    out.printf(
        Locale.ROOT, "best dev F1 at %.2f; the index uses %.2f%n", r.chosen(), Fingerprint.NEAR);
    if (indexSample > 0) {
      indexCost(all.subList(0, Math.min(all.size(), indexSample + indexSample / 5)), out);
    }
    if (labels != null) {
      List<String> lines = new ArrayList<>();
      lines.add("a\tb\tjaccard\testimate\tbanded\tclose\tsame");
      for (DuplicateBenchmark.Pair p : r.pairs()) {
        lines.add(
            String.format(
                Locale.ROOT,
                "%s\t%s\t%.4f\t%.4f\t%b\t%b\t%b",
                p.a(),
                p.b(),
                p.jaccard(),
                p.estimate(),
                p.banded(),
                p.close(),
                p.same()));
      }
      Files.write(labels, lines);
    }
    return 0;
  }

  /**
   * Indexes the first 5/6 of {@code sample} (a first build), then all of it (an update that looks
   * copies up in the committed index), in a temporary folder deleted afterwards.
   */
  private void indexCost(List<Article> sample, PrintStream out) throws Exception {
    Path tmp = Files.createTempDirectory("bench-dups");
    try {
      Path corpus = tmp.resolve("articles.jsonl");
      int first = sample.size() * 5 / 6;
      writeJsonl(corpus, sample.subList(0, first));
      Settings settings =
          root.benchSettings(corpus, Map.of("data.dir", tmp.resolve("data").toString()));
      try (Corpusbot bot = Corpusbot.writable(settings)) {
        report(out, "first build", bot.sync(true, IndexProgress.NONE));
        writeJsonl(corpus, sample);
        report(out, "update", bot.sync(false, IndexProgress.NONE));
      }
    } finally {
      try (var paths = Files.walk(tmp)) {
        for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static void report(PrintStream out, String what, IndexReport r) {
    int n = r.placements().size();
    int decided = r.indexed() + r.duplicates();
    out.printf(
        Locale.ROOT,
        "%s: %d articles read, %d indexed, %d duplicates; %.1f ms/article in all, duplicates"
            + " decided in %.2f ms/article (%.2f%% of the run)%n",
        what,
        n,
        r.indexed(),
        r.duplicates(),
        1000 * r.seconds() / Math.max(1, decided),
        1000 * r.dedupSeconds() / Math.max(1, decided),
        100 * r.dedupSeconds() / r.seconds());
  }

  private static void writeJsonl(Path file, List<Article> articles) throws java.io.IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    for (Article a : articles) {
      Map<String, Object> o = new java.util.LinkedHashMap<>();
      o.put("id", a.id());
      o.put("title", a.title());
      o.put("date", a.date() == null ? null : a.date().toString());
      o.put("url", a.url());
      o.put("text", a.text());
      lines.add(json.writeValueAsString(o));
    }
    Files.write(file, lines);
  }
}
