package org.corpusbot.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.corpusbot.bench.ContactBenchmark;
import org.corpusbot.bench.ContactLabels;
import org.corpusbot.bench.ContactPlumbing;
import org.corpusbot.bench.ContactScore;
import org.corpusbot.bench.Percentiles;
import org.corpusbot.corpus.Article;
import org.corpusbot.meetings.MeetingExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code corpusbot bench-contacts}: named-pair precision and recall of who-met-whom extraction on a
 * labelled set, reported per split (dev and held-out). What went wrong is listed for dev articles
 * only: held-out articles are for checking, never for tuning.
 */
@Command(
    name = "bench-contacts",
    mixinStandardHelpOptions = true,
    description = "Score who-met-whom extraction on a labelled set, dev and held-out apart.")
final class BenchContactsCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Option(names = "--articles", required = true, paramLabel = "FILE", description = "Articles.")
  Path articles;

  @Option(
      names = "--labels",
      required = true,
      paramLabel = "FILE",
      description = "Labelled contacts (JSON Lines: id, split, events with sides).")
  Path labels;

  @Option(
      names = "--split",
      defaultValue = "dev",
      paramLabel = "SPLIT",
      description =
          "dev (default), heldout or all. Held-out is for checking a finished change, not for"
              + " tuning: look at it rarely.")
  String split;

  @Option(names = "--misses", description = "List wrong and missed pairs of dev articles.")
  boolean misses;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Option(
      names = "--llm",
      description =
          "Through the language model's path against a scripted local server that echoes the"
              + " rules' contacts: measures the plumbing (what the checks lose, the time), not a"
              + " model.")
  boolean llm;

  @Override
  public Integer call() throws Exception {
    Map<String, ContactLabels.Labelled> gold;
    try (InputStream in = Files.newInputStream(labels)) {
      gold = ContactLabels.read(in);
    }
    if (!List.of("dev", "heldout", "all").contains(split)) {
      throw new picocli.CommandLine.ParameterException(
          new picocli.CommandLine(this), "--split must be dev, heldout or all");
    }
    if (!split.equals("all")) {
      gold.values().removeIf(l -> !l.split().equals(split));
    }
    Map<String, Article> texts = ContactBenchmark.articles(articles, gold);
    MeetingExtractor extractor = new MeetingExtractor();
    ContactPlumbing plumbing = llm ? new ContactPlumbing() : null;
    long t0 = System.nanoTime();
    List<ContactBenchmark.Outcome> outcomes;
    try {
      outcomes =
          new ContactBenchmark(llm ? plumbing::extract : extractor::extract).run(gold, texts);
    } finally {
      if (plumbing != null) {
        plumbing.close();
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    Map<String, ContactScore> scores = ContactBenchmark.bySplit(outcomes);
    Map<String, ContactScore> small =
        ContactBenchmark.bySplit(outcomes, ContactBenchmark.Outcome::withoutCrowds);
    ObjectNode o = AnswerFormat.JSON.createObjectNode();
    scores.forEach(
        (split, s) -> {
          ObjectNode n = o.putObject(split);
          put(n, s);
          put(n.putObject("withoutCrowds"), small.get(split));
        });
    o.put("seconds", Percentiles.round3(seconds));
    if (json) {
      System.out.println(o);
    } else {
      scores.forEach(
          (split, s) -> {
            System.out.printf("%-8s %3d articles  %s%n", split, s.articles(), line(s));
            System.out.printf(
                "%-8s without events of %d+ named parties  %s%n",
                "", ContactLabels.CROWD + 1, line(small.get(split)));
          });
      System.out.printf("extraction %.1f s for %d articles%n", seconds, outcomes.size());
      if (plumbing != null) {
        System.out.println(plumbing.report());
      }
      if (misses) {
        printMisses(outcomes);
      }
    }
    return 0;
  }

  private static void put(ObjectNode n, ContactScore s) {
    n.put("articles", s.articles());
    n.put("precision", Percentiles.round3(s.precision()));
    n.put("recall", Percentiles.round3(s.recall()));
    n.put("correct", s.correct());
    n.put("predicted", s.predicted());
    n.put("found", s.found());
    n.put("expected", s.expected());
  }

  private static String line(ContactScore s) {
    return String.format(
        "precision %.3f (%d/%d)  recall %.3f (%d/%d)",
        s.precision(), s.correct(), s.predicted(), s.recall(), s.found(), s.expected());
  }

  private static void printMisses(List<ContactBenchmark.Outcome> outcomes) {
    for (ContactBenchmark.Outcome oc : outcomes) {
      if (!"dev".equals(oc.split())) {
        continue; // never shown: held-out stays a fair check
      }
      for (var g : oc.got()) {
        if (oc.want().stream().noneMatch(w -> org.corpusbot.bench.NamePairs.matches(w, g))) {
          System.out.println("  extra  " + oc.id() + ": " + g.a() + " – " + g.b());
        }
      }
      for (var w : oc.want()) {
        if (oc.got().stream().noneMatch(g -> org.corpusbot.bench.NamePairs.matches(w, g))) {
          System.out.println("  missed " + oc.id() + ": " + w.a() + " – " + w.b());
        }
      }
    }
  }
}
