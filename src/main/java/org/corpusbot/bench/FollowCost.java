package org.corpusbot.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.corpusbot.follows.Follow;
import org.corpusbot.follows.Matching;
import org.corpusbot.retrieval.FreshArticle;

/**
 * What matching costs at scale: {@code n} follows (the labelled ones, then topics made from article
 * titles: consecutive runs of 2, 3 or 4 content words, the length cycling, stop words and words
 * under three letters dropped), the time to embed their texts, to build a matcher over them, and to
 * match each of the articles against all of them.
 */
public final class FollowCost {
  /** Figures of one run; times in milliseconds. */
  public record Result(
      int follows,
      double embedMs,
      double buildMs,
      int articles,
      double p50Ms,
      double p95Ms,
      double maxMs,
      double cpuP50Ms,
      double cpuP95Ms,
      double matchesPerArticle) {}

  private FollowCost() {}

  /** Topic texts from {@code titles}, {@code n} of them at most. */
  public static List<String> derived(Collection<String> titles, int n) {
    List<String> out = new ArrayList<>();
    int len = 2;
    for (String title : titles) {
      List<String> words = new ArrayList<>();
      for (String w : title.split("[^\\p{L}\\p{N}'’-]+")) {
        String lower = w.toLowerCase(Locale.ROOT);
        if (w.length() >= 3 && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(lower)) {
          words.add(w);
        }
      }
      for (int i = 0; i + len <= words.size() && out.size() < n; i += len) {
        out.add(String.join(" ", words.subList(i, i + len)));
        len = len == 4 ? 2 : len + 1;
      }
      if (out.size() >= n) {
        break;
      }
    }
    return out;
  }

  /**
   * Embeds {@code texts} as topics after {@code labelled}, builds a matcher, then times matching
   * {@code warmup} articles (not counted) and each of {@code timed}.
   */
  public static Result run(
      Matching matching,
      List<Follow> labelled,
      List<String> texts,
      List<FreshArticle> warmup,
      List<FreshArticle> timed) {
    List<Follow> all = new ArrayList<>(labelled);
    long t0 = System.nanoTime();
    for (String text : texts) {
      float[] v = matching.vector(Follow.Kind.TOPIC, text);
      all.add(
          new Follow(
              100_000 + all.size(),
              0,
              Follow.Kind.TOPIC,
              text,
              List.of(),
              0,
              Instant.EPOCH,
              v,
              matching.model()));
    }
    double embedMs = (System.nanoTime() - t0) / 1e6;
    long t1 = System.nanoTime();
    Matching.Matcher m = matching.over(all);
    double buildMs = (System.nanoTime() - t1) / 1e6;
    warmup.forEach(m::match);
    List<Double> ms = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long matches = 0;
    for (FreshArticle a : timed) {
      long c = threads.getCurrentThreadCpuTime();
      long s = System.nanoTime();
      matches += m.match(a).size();
      ms.add((System.nanoTime() - s) / 1e6);
      cpu.add((threads.getCurrentThreadCpuTime() - c) / 1e6);
    }
    return new Result(
        all.size(),
        embedMs,
        buildMs,
        timed.size(),
        Percentiles.of(ms, 50),
        Percentiles.of(ms, 95),
        Percentiles.of(ms, 100),
        Percentiles.of(cpu, 50),
        Percentiles.of(cpu, 95),
        timed.isEmpty() ? 0 : (double) matches / timed.size());
  }
}
