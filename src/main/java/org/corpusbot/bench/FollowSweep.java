package org.corpusbot.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corpusbot.follows.FollowMatcher;
import org.corpusbot.follows.MatchTuning;
import org.corpusbot.follows.Matching;
import org.corpusbot.retrieval.FreshArticle;

/**
 * Replays the articles once per lexical weight at the lowest threshold considered, then scores
 * every threshold from the recorded alerts (a match clears a threshold iff its score reaches it).
 * The chosen point maximises F1 on dev (precision judged when judgements exist, else strict).
 */
public final class FollowSweep {
  public static final double[] WEIGHTS = {0.3, 0.4, 0.5, 0.6, 0.7};
  public static final double[] LEXICAL_FLOORS = {0, 0.45};
  public static final double LOWEST = 0.3;
  public static final double STEP = 0.02;
  public static final int POOL_PER_FOLLOW = 6;

  /** A point of the sweep with its dev and held-out scores. */
  public record Point(Setting setting, double threshold, FollowScores dev, FollowScores heldout) {}

  /** What a replay was made with: the lexical weight and the lexical floor. */
  public record Setting(double weight, double lexicalFloor) {}

  private final Map<Setting, List<FollowReplay.Alert>> alerts = new LinkedHashMap<>();
  private final List<FollowReplay.Case> cases;
  private final Map<String, LocalDate> dates;
  private final Set<String> served = new HashSet<>();
  private final Map<String, Boolean> judgements;

  /**
   * Replays {@code articles} for every weight of {@link #WEIGHTS} with matchers from {@code make}.
   */
  public FollowSweep(
      List<FollowReplay.Case> cases,
      List<FreshArticle> articles,
      Map<String, LocalDate> dates,
      Map<String, Boolean> judgements,
      java.util.function.Function<MatchTuning, FollowMatcher> make,
      MatchTuning base) {
    this.cases = cases;
    this.dates = dates;
    this.judgements = judgements;
    articles.forEach(a -> served.add(a.id()));
    for (double w : WEIGHTS) {
      for (double p : LEXICAL_FLOORS) {
        MatchTuning t = base.withLexicalWeight(w).withLexicalFloor(p).withTopicThreshold(LOWEST);
        Matching.Matcher m =
            make.apply(t).over(cases.stream().map(FollowReplay.Case::follow).toList());
        alerts.put(new Setting(w, p), FollowReplay.replay(cases, m, articles));
      }
    }
  }

  /** Every (setting, threshold) point, thresholds from {@link #LOWEST} to 0.9. */
  public List<Point> points() {
    List<Point> out = new ArrayList<>();
    for (Setting s : alerts.keySet()) {
      for (double t = LOWEST; t <= 0.9 + 1e-9; t += STEP) {
        double th = Math.round(t * 100) / 100.0;
        out.add(new Point(s, th, score(s, th, BenchSplit.DEV), score(s, th, BenchSplit.HELDOUT)));
      }
    }
    return out;
  }

  public FollowScores score(Setting s, double threshold, BenchSplit split) {
    return FollowScores.of(cases, alerts.get(s), dates, served, judgements, split, threshold);
  }

  /** Whether precision is judged (a judgements file with entries) or strict. */
  public boolean judged() {
    return !judgements.isEmpty();
  }

  /**
   * The point with the best dev F1 (ties: the higher threshold, then the higher floor: cheaper).
   */
  public Point chosen() {
    boolean judged = !judgements.isEmpty();
    return points().stream()
        .max(
            Comparator.comparingDouble((Point p) -> p.dev().f1(judged))
                .thenComparingDouble(Point::threshold)
                .thenComparingDouble(p -> p.setting().lexicalFloor()))
        .orElseThrow();
  }

  /**
   * Writes the non-gold alerts at the lowest threshold of any setting, dev and held-out, at most
   * {@link #POOL_PER_FOLLOW} per follow chosen by a hash of question and article (not by score), as
   * question_id, follow, article_id: what a blind judge labels ON or OFF.
   */
  public int writePool(Path file) throws IOException {
    Map<String, List<FollowReplay.Alert>> byCase = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (List<FollowReplay.Alert> list : alerts.values()) {
      for (FollowReplay.Alert a : list) {
        if (!a.c().gold().contains(a.articleId()) && seen.add(a.key())) {
          byCase.computeIfAbsent(a.c().id(), k -> new ArrayList<>()).add(a);
        }
      }
    }
    int n = 0;
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      for (FollowReplay.Case c : cases) {
        List<FollowReplay.Alert> pool = byCase.getOrDefault(c.id(), new ArrayList<>());
        pool.sort(Comparator.comparing(a -> hash(a.key())));
        for (FollowReplay.Alert a : pool.subList(0, Math.min(POOL_PER_FOLLOW, pool.size()))) {
          w.print(c.id() + "\t" + c.follow().text() + "\t" + a.articleId() + "\n");
          n++;
        }
      }
    }
    return n;
  }

  /**
   * Writes every non-gold alert at point {@code p} (dev and held-out) that has no judgement yet, as
   * {@link #writePool} does: what makes the judged precision count every alert.
   */
  public int writeUnjudged(Path file, Point p) throws IOException {
    Set<String> seen = new HashSet<>();
    int n = 0;
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      for (FollowReplay.Alert a : alerts.get(p.setting())) {
        if (FollowScores.clears(a, p.threshold())
            && !a.c().gold().contains(a.articleId())
            && !judgements.containsKey(a.key())
            && seen.add(a.key())) {
          w.print(a.c().id() + "\t" + a.c().follow().text() + "\t" + a.articleId() + "\n");
          n++;
        }
      }
    }
    return n;
  }

  private static String hash(String s) {
    try {
      byte[] h =
          MessageDigest.getInstance("SHA-256")
              .digest(("pool:" + s).getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder();
      for (byte b : h) {
        sb.append(String.format("%02x", b));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
