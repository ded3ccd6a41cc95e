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
   * free-form accuracy with the question alone ({@link FreeformScore}). {@code asked} times the
   * answers with options, {@code alone} those to the question alone, as people send it (a shorter
   * question, whose words settle more answers without embedding sentences).
   */
  public record AnswerRun(
      double accuracy,
      double freeformAccuracy,
      Timings asked,
      Timings alone,
      List<Miss> wrong,
      List<Miss> freeformMisses,
      ShortAnswers shortAnswers) {
    /** Latencies with options, as earlier versions of this benchmark reported them. */
    public List<Double> latenciesMs() {
      return asked.latenciesMs();
    }
  }

  /**
   * Wall-clock latency of each answer and the CPU time of the thread that answered, which a machine
   * shared with other jobs inflates far less (it leaves out the embedding model's own threads, so
   * it is a floor).
   */
  public record Timings(List<Double> latenciesMs, List<Double> cpuMs, List<Double> processCpuMs) {
    public Timings {
      latenciesMs = List.copyOf(latenciesMs);
      cpuMs = List.copyOf(cpuMs);
      processCpuMs = List.copyOf(processCpuMs);
    }
  }

  /** Times answers; {@link #timings} is what it measured. Not thread-safe. */
  private static final class Timer {
    private final List<Double> latencies = new ArrayList<>();
    private final List<Double> cpu = new ArrayList<>();
    private final List<Double> process = new ArrayList<>();

    /**
     * Answers {@code q}, timed. The process's CPU time meanwhile is the answer's work on every
     * thread (the model's too), plus whatever else the process did then (garbage collection, the
     * JIT compiler; nothing else runs in a benchmark), so the answer's cost on a machine shared
     * with other jobs.
     */
    Answer time(AnswerComposer composer, Question q) {
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long p0 = processCpuNanos();
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      Answer a = composer.answer(q);
      latencies.add((System.nanoTime() - t0) / 1e6);
      cpu.add((threads.getCurrentThreadCpuTime() - c0) / 1e6);
      process.add((processCpuNanos() - p0) / 1e6);
      return a;
    }

    Timings timings() {
      return new Timings(latencies, cpu, process);
    }

    private static long processCpuNanos() {
      return ManagementFactory.getOperatingSystemMXBean()
              instanceof com.sun.management.OperatingSystemMXBean os
          ? os.getProcessCpuTime()
          : 0;
    }
  }

  /**
   * The direct answers that free-form replies led with: how many were {@code given}, how many of
   * those name the gold choice by {@link FreeformScore} ({@code right}). A wrong one is what a user
   * reads first, so its precision is a figure of its own.
   */
  public record ShortAnswers(int given, int right, List<Miss> wrong) {
    public ShortAnswers {
      wrong = List.copyOf(wrong);
    }

    public double precision() {
      return given == 0 ? 0 : (double) right / given;
    }
  }

  /** A question answered wrongly: its text, the gold choice and the answer. */
  public record Miss(String id, String question, String gold, String answer) {}

  public AnswerRun answers(List<BenchQuestion> questions) {
    int right = 0;
    int freeRight = 0;
    int shortGiven = 0;
    int shortRight = 0;
    List<Miss> shortWrong = new ArrayList<>();
    Timer asked = new Timer();
    Timer alone = new Timer();
    List<Miss> wrong = new ArrayList<>();
    List<Miss> misses = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      BenchQuestion q = questions.get(i);
      // NOTE: the two forms of a question take turns going first, so that neither is always timed
      // on what the other just brought into the caches.
      Answer a = null;
      Answer free = null;
      for (int turn = 0; turn < 2; turn++) {
        if ((turn == 0) == (i % 2 == 0)) {
          a = asked.time(composer, Question.of(q.withOptions(), q.asked()));
        } else {
          free = alone.time(composer, Question.of(q.sentence(), q.asked()));
        }
      }
      if (predictedChoice(a.text(), q.choices()) == q.answer()) {
        right++;
      } else {
        wrong.add(new Miss(q.id(), q.withOptions(), q.choices().get(q.answer()), a.text()));
      }
      if (free.shortAnswer() != null) {
        shortGiven++;
        if (FreeformScore.right(free.shortAnswer().text(), q.choices(), q.answer())) {
          shortRight++;
        } else {
          shortWrong.add(new Miss(q.id(), q.sentence(), q.choices().get(q.answer()), free.text()));
        }
      }
      if (FreeformScore.right(free.text(), q.choices(), q.answer())) {
        freeRight++;
      } else {
        misses.add(new Miss(q.id(), q.sentence(), q.choices().get(q.answer()), free.text()));
      }
    }
    int n = Math.max(1, questions.size());
    return new AnswerRun(
        (double) right / n,
        (double) freeRight / n,
        asked.timings(),
        alone.timings(),
        wrong,
        misses,
        new ShortAnswers(shortGiven, shortRight, shortWrong));
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
