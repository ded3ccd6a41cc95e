package org.corpusbot.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpusbot.corpus.Article;
import org.corpusbot.retrieval.Fingerprint;

/**
 * How well the index's near-duplicate test ({@link Fingerprint}: a shared LSH band and an estimated
 * Jaccard similarity at least t) finds the pairs of a corpus that are one story, and what the
 * signatures cost.
 *
 * <p>Pairs: every pair sharing a band of a looser banding (32 bands of 2 rows, so pairs from an
 * exact Jaccard of about 0.15 are found with 90% chance) whose exact Jaccard is at least {@link
 * #POOL}; below it no pair was ever one story in the sample read. Labels by {@link PairLabel}'s
 * stated rule, which reads words and numbers, not shingles. Split into dev and held-out by {@link
 * BenchSplit} of the pair id ("idA|idB", ids sorted) before any threshold is tried.
 */
public final class DuplicateBenchmark {
  /** Exact Jaccard from which a candidate pair is labelled. */
  static final double POOL = 0.1;

  private static final int LOOSE_ROWS = 2;

  /**
   * A labelled pair: its ids, exact and estimated similarity, whether the index's bands meet and
   * the dates are close enough ({@link Fingerprint#DAYS}) for the index to link them.
   */
  public record Pair(
      String a,
      String b,
      double jaccard,
      double estimate,
      boolean banded,
      boolean close,
      boolean same) {
    public String id() {
      return a + "|" + b;
    }
  }

  /** Precision, recall and F1 of a threshold on one split. */
  public record Score(double threshold, int pairs, int positives, double precision, double recall) {
    public double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  /** The figures of a run. */
  public record Result(
      int articles,
      double msPerArticle,
      int exactCopies,
      List<Pair> pairs,
      List<Score> dev,
      List<Score> heldout,
      double chosen) {}

  public Result run(List<Article> articles) {
    long t0 = System.nanoTime();
    List<Fingerprint> fps = new ArrayList<>(articles.size());
    for (Article a : articles) {
      fps.add(Fingerprint.of(a));
    }
    double ms = (System.nanoTime() - t0) / 1e6 / Math.max(1, articles.size());
    Set<String> texts = new HashSet<>();
    int copies = 0;
    for (Fingerprint f : fps) {
      copies += texts.add(f.textKey()) ? 0 : 1;
    }
    List<Pair> pairs = pairs(articles, fps);
    List<Score> dev = new ArrayList<>();
    List<Score> held = new ArrayList<>();
    for (int i = 6; i <= 18; i++) {
      double t = i * 0.05;
      dev.add(score(pairs, t, BenchSplit.DEV));
      held.add(score(pairs, t, BenchSplit.HELDOUT));
    }
    Score best = dev.get(0);
    for (Score s : dev) {
      if (s.f1() > best.f1() + 1e-9) {
        best = s;
      }
    }
    return new Result(articles.size(), ms, copies, pairs, dev, held, best.threshold());
  }

  private static List<Pair> pairs(List<Article> articles, List<Fingerprint> fps) {
    Map<String, List<Integer>> buckets = new HashMap<>();
    for (int i = 0; i < fps.size(); i++) {
      int[] m = fps.get(i).minHash();
      for (int b = 0; b < m.length / LOOSE_ROWS; b++) {
        String key = b + ":" + m[b * LOOSE_ROWS] + ":" + m[b * LOOSE_ROWS + 1];
        buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    Set<Long> seen = new HashSet<>();
    Map<Integer, long[]> shingles = new HashMap<>();
    List<Pair> out = new ArrayList<>();
    for (List<Integer> bucket : buckets.values()) {
      for (int x = 0; x < bucket.size(); x++) {
        for (int y = x + 1; y < bucket.size(); y++) {
          int i = Math.min(bucket.get(x), bucket.get(y));
          int j = Math.max(bucket.get(x), bucket.get(y));
          if (!seen.add((long) i << 32 | j)) {
            continue;
          }
          double jac = jaccard(shingles(shingles, articles, i), shingles(shingles, articles, j));
          if (jac >= POOL) {
            out.add(pair(articles.get(i), articles.get(j), fps.get(i), fps.get(j), jac));
          }
        }
      }
    }
    out.sort((p, q) -> p.id().compareTo(q.id()));
    return out;
  }

  private static Pair pair(Article x, Article y, Fingerprint fx, Fingerprint fy, double jac) {
    boolean banded = !java.util.Collections.disjoint(fx.bands(), fy.bands());
    boolean first = x.id().compareTo(y.id()) < 0;
    Article a = first ? x : y;
    Article b = first ? y : x;
    boolean close =
        a.date() == null
            || b.date() == null
            || Math.abs(a.date().toEpochDay() - b.date().toEpochDay()) <= Fingerprint.DAYS;
    return new Pair(a.id(), b.id(), jac, fx.similarity(fy), banded, close, PairLabel.same(a, b));
  }

  private static long[] shingles(Map<Integer, long[]> cache, List<Article> articles, int i) {
    return cache.computeIfAbsent(
        i,
        k ->
            Arrays.stream(Fingerprint.shingles(articles.get(k).text()))
                .distinct()
                .sorted()
                .toArray());
  }

  /** Jaccard of two sorted, distinct arrays. */
  static double jaccard(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int both = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        both++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) both / (a.length + b.length - both);
  }

  /** The index's decision (a shared band, estimate at least t) against the labels of a split. */
  public static Score score(List<Pair> pairs, double t, BenchSplit split) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int n = 0;
    for (Pair p : pairs) {
      if (!split.holds(p.id())) {
        continue;
      }
      n++;
      boolean said = p.banded() && p.close() && p.estimate() >= t - 1e-9;
      tp += said && p.same() ? 1 : 0;
      fp += said && !p.same() ? 1 : 0;
      fn += !said && p.same() ? 1 : 0;
    }
    double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    return new Score(t, n, tp + fn, precision, recall);
  }

  /**
   * The stated labelling rule: two articles are one story when they are dated at most {@link
   * Fingerprint#DAYS} days apart (or either is undated), most of the shorter one's word pairs are
   * in the longer one (at least 70%), the shorter has at least half the longer's words, and the
   * shorter one's names (capitalised words) and figures are, 80% of each, in the longer one. A
   * corrected figure or an edited paragraph keeps a pair together; a template filled with another
   * company or other figures (quarterly results, a daily market report) does not. A dateline
   * ("ATHENS, March 29 -") is left out: a wire item repeated the next day is the same story.
   */
  static final class PairLabel {
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*");
    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}&&[^\\p{Lu}]]+");
    private static final Pattern DATELINE = Pattern.compile("^[^\\n]{0,60}? - ");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private PairLabel() {}

    static boolean same(Article a, Article b) {
      if (a.date() != null
          && b.date() != null
          && Math.abs(a.date().toEpochDay() - b.date().toEpochDay()) > Fingerprint.DAYS) {
        return false;
      }
      return same(
          DATELINE.matcher(a.text()).replaceFirst(""), DATELINE.matcher(b.text()).replaceFirst(""));
    }

    static boolean same(String x, String y) {
      String[] wx = words(x);
      String[] wy = words(y);
      boolean xShort = wx.length <= wy.length;
      String[] shorter = xShort ? wx : wy;
      String[] longer = xShort ? wy : wx;
      if (shorter.length < 0.5 * longer.length) {
        return false;
      }
      if (share(bigrams(shorter), bigrams(longer)) < 0.7) {
        return false;
      }
      String s = xShort ? x : y;
      String l = xShort ? y : x;
      return share(found(NAME, s), found(NAME, l)) >= 0.8
          && share(found(NUMBER, s), found(NUMBER, l)) >= 0.8;
    }

    /** The share of {@code small} that is in {@code big}; 1 when {@code small} is empty. */
    private static double share(Set<String> small, Set<String> big) {
      if (small.isEmpty()) {
        return 1;
      }
      return (double) small.stream().filter(big::contains).count() / small.size();
    }

    private static Set<String> found(Pattern p, String text) {
      Set<String> out = new HashSet<>();
      Matcher m = p.matcher(text);
      while (m.find()) {
        out.add(m.group().replace(",", "").replaceAll("\\.$", ""));
      }
      return out;
    }

    private static String[] words(String text) {
      return NON_WORD.split(text.toLowerCase(Locale.ROOT).strip());
    }

    private static Set<String> bigrams(String[] w) {
      Set<String> out = new HashSet<>();
      for (int i = 0; i + 1 < w.length; i++) {
        out.add(w[i] + " " + w[i + 1]);
      }
      if (w.length == 1) {
        out.add(w[0]);
      }
      return out;
    }
  }
}
