package org.corpusbot.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corpusbot.answer.Answer;
import org.corpusbot.answer.AnswerComposer;
import org.corpusbot.answer.Question;
import org.corpusbot.retrieval.HybridSearcher;
import org.corpusbot.retrieval.SearchMode;
import org.corpusbot.retrieval.SearchRequest;

/**
 * Measures retrieval and answers on a quiz question set, with the scoring of the data's README:
 * Hits@k and MRR@10 of the first gold article among distinct articles; an answer picks the choice
 * whose text occurs earliest in it. Free-form answers (the question alone) are scored by {@link
 * FreeformScore}.
 */
public final class QaBenchmark {
  /** Passages fetched to be sure of ten distinct articles. */
  private static final int PASSAGES = 60;

  private final HybridSearcher searcher;
  private final AnswerComposer composer;

  public QaBenchmark(HybridSearcher searcher, AnswerComposer composer) {
    this.searcher = searcher;
    this.composer = composer;
  }

  /**
   * Retrieval scores of one mode; {@code dated} passes each question's date as its time of asking.
   */
  public RankScores retrieval(List<BenchQuestion> questions, SearchMode mode, boolean dated) {
    List<Integer> ranks = new ArrayList<>();
    for (BenchQuestion q : questions) {
      LocalDate asOf = dated ? q.asked() : null;
      List<String> ids =
          searcher.search(new SearchRequest(q.sentence(), asOf, PASSAGES, mode)).articleIds();
      ranks.add(firstGold(ids, q.goldArticles()));
    }
    return RankScores.of(ranks);
  }

  /**
   * Answer accuracy with the options appended to each question, as the data's README scores it, and
   * free-form accuracy with the question alone ({@link FreeformScore}); latencies are those of the
   * answers with options. {@code cpuMs} is the CPU time of the thread that answered, which a
   * machine shared with other jobs inflates far less than the wall-clock latency (it leaves out the
   * embedding model's own native threads, so it is a floor).
   */
  public record AnswerRun(
      double accuracy,
      double freeformAccuracy,
      List<Double> latenciesMs,
      List<Double> cpuMs,
      List<String> wrong,
      List<Miss> freeformMisses) {}

  /** A question answered wrongly when asked alone: its text, the gold choice and the answer. */
  public record Miss(String id, String question, String gold, String answer) {}

  public AnswerRun answers(List<BenchQuestion> questions) {
    int right = 0;
    int freeRight = 0;
    List<Double> latencies = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    List<Miss> misses = new ArrayList<>();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (BenchQuestion q : questions) {
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      Answer a = composer.answer(Question.of(q.withOptions(), q.asked()));
      latencies.add((System.nanoTime() - t0) / 1e6);
      cpu.add((threads.getCurrentThreadCpuTime() - c0) / 1e6);
      if (predictedChoice(a.text(), q.choices()) == q.answer()) {
        right++;
      } else {
        wrong.add(q.id());
      }
      Answer free = composer.answer(Question.of(q.sentence(), q.asked()));
      if (FreeformScore.right(free.text(), q.choices(), q.answer())) {
        freeRight++;
      } else {
        misses.add(new Miss(q.id(), q.sentence(), q.choices().get(q.answer()), free.text()));
      }
    }
    int n = Math.max(1, questions.size());
    return new AnswerRun((double) right / n, (double) freeRight / n, latencies, cpu, wrong, misses);
  }

  static int firstGold(List<String> ids, List<String> gold) {
    for (int i = 0; i < ids.size(); i++) {
      if (gold.contains(ids.get(i))) {
        return i + 1;
      }
    }
    return 0;
  }

  /** The choice whose text occurs earliest in the answer (the longer one on a tie), or -1. */
  static int predictedChoice(String answer, List<String> choices) {
    String text = answer.toLowerCase(Locale.ROOT);
    int best = -1;
    int bestAt = Integer.MAX_VALUE;
    for (int i = 0; i < choices.size(); i++) {
      String c = choices.get(i).toLowerCase(Locale.ROOT).strip();
      int at = c.isEmpty() ? -1 : text.indexOf(c);
      if (at >= 0
          && (at < bestAt || (at == bestAt && c.length() > choices.get(best).strip().length()))) {
        best = i;
        bestAt = at;
      }
    }
    return best;
  }
}
