package org.corpusbot.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corpusbot.bench.DuplicateBenchmark;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.CorpusLoader;
import org.corpusbot.corpus.JsonFields;
import org.corpusbot.retrieval.Fingerprint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
}
