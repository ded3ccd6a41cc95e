package org.corpusbot.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.corpusbot.bench.BenchQuestions;
import org.corpusbot.bench.BenchSplit;
import org.corpusbot.bench.FollowCost;
import org.corpusbot.bench.FollowLabels;
import org.corpusbot.bench.FollowReplay;
import org.corpusbot.bench.FollowScores;
import org.corpusbot.bench.FollowSweep;
import org.corpusbot.follows.Follow;
import org.corpusbot.follows.FollowMatcher;
import org.corpusbot.follows.MatchTuning;
import org.corpusbot.follows.TermWeights;
import org.corpusbot.retrieval.CorpusIndex;
import org.corpusbot.retrieval.Embedder;
import org.corpusbot.retrieval.EmbeddingModelChoice;
import org.corpusbot.retrieval.FreshArticle;
import org.corpusbot.retrieval.Lexicon;
import org.corpusbot.retrieval.LuceneFresh;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code corpusbot bench-follows}: alert quality of follows made from RealTime QA questions on a
 * replay of the articles in date order (dev and held-out, every threshold, the one chosen on dev),
 * and the cost of matching an article against 10,000 follows.
 */
@Command(
    name = "bench-follows",
    mixinStandardHelpOptions = true,
    description = "Measure follow alerts (recall, precision, noise) and matching cost.")
final class BenchFollowsCommand implements Callable<Integer> {
  @Option(names = "--index", required = true, paramLabel = "DIR", description = "A built index.")
  Path index;

  @Option(names = "--articles", required = true, paramLabel = "FILE", description = "Its articles.")
  Path articles;

  @Option(names = "--questions", required = true, paramLabel = "FILE", description = "Questions.")
  Path questions;

  @Option(
      names = "--follows",
      required = true,
      paramLabel = "FILE",
      description = "question_id, kind, follow (TSV).")
  Path follows;

  @Option(
      names = "--judgements",
      paramLabel = "FILE",
      description = "question_id, article_id, ON or OFF (TSV); missing: strict precision only.")
  Path judgements;

  @Option(
      names = "--pool",
      paramLabel = "FILE",
      description = "Write non-gold alerts at the lowest threshold for a blind judge.")
  Path pool;

  @Option(
      names = "--pool-unjudged",
      paramLabel = "FILE",
      description = "Write the unjudged non-gold alerts at the chosen point for a blind judge.")
  Path poolUnjudged;

  @Option(
      names = "--cost-follows",
      defaultValue = "10000",
      paramLabel = "N",
      description = "Follows for the cost run (0: skip it).")
  int costFollows;

  @Option(
      names = "--cost-articles",
      defaultValue = "600",
      paramLabel = "N",
      description = "Articles timed in the cost run.")
  int costArticles;

  @Option(names = "--cost-only", description = "Only the cost run (no replay of the windows).")
  boolean costOnly;

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    try (CorpusIndex idx = CorpusIndex.openReadOnly(index);
        Embedder embedder = new Embedder(model(idx))) {
      TermWeights weights = TermWeights.of(new Lexicon(idx));
      MatchTuning base = MatchTuning.defaults();
      FollowMatcher matching = new FollowMatcher(embedder, weights, base);
      List<FollowReplay.Case> cases =
          FollowReplay.cases(
              FollowLabels.follows(follows), BenchQuestions.read(questions), matching);
      Map<String, LocalDate> dates = FollowReplay.dates(articles);
      List<FreshArticle> replayed = FollowReplay.articles(cases, dates, new LuceneFresh(idx));
      out.printf(
          Locale.ROOT,
          "model %s; %d follows (%d dev); %d articles in their windows%n%s%n",
          embedder.choice().configName(),
          cases.size(),
          cases.stream().filter(c -> BenchSplit.of(c.id()) == BenchSplit.DEV).count(),
          replayed.size(),
          PROTOCOL);
      if (costOnly) {
        cost(out, matching, cases, replayed);
        return 0;
      }
      FollowSweep sweep =
          new FollowSweep(
              cases,
              replayed,
              dates,
              FollowLabels.judgements(judgements),
              t -> new FollowMatcher(embedder, weights, t),
              base);
      if (pool != null) {
        out.printf("pool: %d alerts written to %s%n", sweep.writePool(pool), pool);
      }
      printSweep(out, sweep);
      FollowSweep.Point c = sweep.chosen();
      if (poolUnjudged != null) {
        out.printf(
            "unjudged: %d alerts written to %s%n",
            sweep.writeUnjudged(poolUnjudged, c), poolUnjudged);
      }
      MatchTuning chosen =
          base.withLexicalWeight(c.setting().weight())
              .withLexicalFloor(c.setting().lexicalFloor())
              .withTopicThreshold(c.threshold());
      printPersons(out, cases, replayed, dates, embedder, weights, judgements);
      if (costFollows > 0) {
        cost(out, new FollowMatcher(embedder, weights, chosen), cases, replayed);
      }
      return 0;
    }
  }

  static final String PROTOCOL =
      "protocol: each question is a follow created 7 days before its date and active to that date"
          + " (inclusive); articles published in any window are replayed in date order; recall ="
          + " gold articles in the question's window that alert its follow / gold in window;"
          + " precision = (gold + judged ON) / judged alerts (judged) or / all alerts (strict)";

  private static EmbeddingModelChoice model(CorpusIndex idx) {
    String name = idx.servedModelName();
    return name == null ? EmbeddingModelChoice.MINILM : EmbeddingModelChoice.parse(name);
  }

  private static void printSweep(PrintStream out, FollowSweep sweep) {
    out.println(
        "weight floor threshold | dev: recall judgedP strictP alerts unjudged perFollowWeek"
            + " | held-out: recall judgedP strictP alerts unjudged perFollowWeek");
    for (FollowSweep.Point p : sweep.points()) {
      // every 0.04, and the shipped threshold
      if (Math.round(p.threshold() * 100) % 4 == 2
          || Math.abs(p.threshold() - MatchTuning.defaults().topicThreshold()) < 1e-9) {
        out.printf(
            Locale.ROOT,
            "%.1f %.2f %.2f | %s | %s%n",
            p.setting().weight(),
            p.setting().lexicalFloor(),
            p.threshold(),
            row(p.dev()),
            row(p.heldout()));
      }
    }
    FollowSweep.Point c = sweep.chosen();
    out.printf(
        Locale.ROOT,
        "%nchosen on dev (max F1, %s precision): lexical weight %.1f, lexical floor %.2f,"
            + " threshold %.2f%n",
        sweep.judged() ? "judged" : "strict",
        c.setting().weight(),
        c.setting().lexicalFloor(),
        c.threshold());
    for (var e : List.of(Map.entry("dev", c.dev()), Map.entry("held-out", c.heldout()))) {
      FollowScores s = e.getValue();
      out.printf(
          Locale.ROOT,
          "%-8s follows %d, gold in window %d (outside or unserved, excluded: %d), recall %.3f"
              + " (%d), alerts %d, precision judged %.3f, strict %.3f, unjudged %d,"
              + " alerts per follow per week %.2f%n",
          e.getKey(),
          s.follows(),
          s.goldInWindow(),
          s.goldOutside(),
          s.recall(),
          s.goldAlerted(),
          s.alerts(),
          s.judgedPrecision(),
          s.strictPrecision(),
          s.unjudged(),
          s.perFollowWeek());
    }
  }

  /** Person follows alone, for each number of mentions that makes an article about them. */
  private static void printPersons(
      PrintStream out,
      List<FollowReplay.Case> all,
      List<FreshArticle> replayed,
      Map<String, LocalDate> dates,
      Embedder embedder,
      TermWeights weights,
      Path judgementFile)
      throws java.io.IOException {
    List<FollowReplay.Case> persons =
        all.stream().filter(c -> c.follow().kind() == Follow.Kind.PERSON).toList();
    java.util.Set<String> served = new java.util.HashSet<>();
    replayed.forEach(a -> served.add(a.id()));
    Map<String, Boolean> judged = FollowLabels.judgements(judgementFile);
    out.printf("%nperson follows (%d): mentions | dev | held-out%n", persons.size());
    for (int k = 1; k <= 8; k++) {
      MatchTuning t = MatchTuning.defaults().withPersonMentions(k);
      List<FollowReplay.Alert> alerts =
          FollowReplay.replay(
              persons,
              new FollowMatcher(embedder, weights, t)
                  .over(persons.stream().map(FollowReplay.Case::follow).toList()),
              replayed);
      out.printf(
          Locale.ROOT,
          "%d | %s | %s%n",
          k,
          row(FollowScores.of(persons, alerts, dates, served, judged, BenchSplit.DEV, 1)),
          row(FollowScores.of(persons, alerts, dates, served, judged, BenchSplit.HELDOUT, 1)));
    }
  }

  private static String row(FollowScores s) {
    return String.format(
        Locale.ROOT,
        "%.3f %.3f %.3f %4d %4d %5.2f",
        s.recall(),
        s.judgedPrecision(),
        s.strictPrecision(),
        s.alerts(),
        s.unjudged(),
        s.perFollowWeek());
  }

  private void cost(
      PrintStream out,
      FollowMatcher matching,
      List<FollowReplay.Case> cases,
      List<FreshArticle> replayed)
      throws Exception {
    List<Follow> labelled = cases.stream().map(FollowReplay.Case::follow).toList();
    List<String> texts =
        FollowCost.derived(FollowReplay.titles(articles), costFollows - labelled.size());
    int warm = Math.min(100, replayed.size() / 5);
    List<FreshArticle> timed =
        new ArrayList<>(replayed.subList(warm, Math.min(replayed.size(), warm + costArticles)));
    FollowCost.Result r =
        FollowCost.run(matching, labelled, texts, replayed.subList(0, warm), timed);
    out.printf(
        Locale.ROOT,
        "%ncost: %d follows (%d labelled + %d from titles); embedding them %.1f s, building the"
            + " matcher %.0f ms; matching %d articles: p50 %.2f ms, p95 %.2f ms, max %.1f ms"
            + " (thread CPU p50 %.2f ms, p95 %.2f ms), %.1f matches per article%n",
        r.follows(),
        labelled.size(),
        texts.size(),
        r.embedMs() / 1000,
        r.buildMs(),
        r.articles(),
        r.p50Ms(),
        r.p95Ms(),
        r.maxMs(),
        r.cpuP50Ms(),
        r.cpuP95Ms(),
        r.matchesPerArticle());
  }
}
