package org.corpusbot.bench;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corpusbot.follows.Follow;

/**
 * Alert quality of one split at one topic threshold. Recall: gold articles of a question published
 * (and served) in its window that alert its follow, over those gold articles. Precision: on-topic
 * alerts (gold, or judged ON) over judged alerts ({@code judged}), and over all alerts with the
 * unjudged counted off ({@code strict}). Person follows are matched by their rule, not by the
 * threshold, so their alerts count at every threshold.
 */
public record FollowScores(
    int follows,
    int goldInWindow,
    int goldOutside,
    int goldAlerted,
    int alerts,
    int onTopic,
    int offTopic,
    int unjudged) {

  public double recall() {
    return goldInWindow == 0 ? 0 : (double) goldAlerted / goldInWindow;
  }

  public double judgedPrecision() {
    return onTopic + offTopic == 0 ? 0 : (double) onTopic / (onTopic + offTopic);
  }

  public double strictPrecision() {
    return alerts == 0 ? 0 : (double) onTopic / alerts;
  }

  /** F1 of recall and judged precision (strict when nothing was judged). */
  public double f1(boolean judged) {
    double p = judged ? judgedPrecision() : strictPrecision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Alerts a follow gets in a week: alerts per follow over the window's 8 days, times 7. */
  public double perFollowWeek() {
    return follows == 0 ? 0 : alerts * 7.0 / (follows * (FollowReplay.DAYS_BEFORE + 1.0));
  }

  public static FollowScores of(
      List<FollowReplay.Case> cases,
      List<FollowReplay.Alert> alerts,
      Map<String, LocalDate> dates,
      Set<String> served,
      Map<String, Boolean> judgements,
      BenchSplit split,
      double threshold) {
    int follows = 0;
    int inWindow = 0;
    int outside = 0;
    for (FollowReplay.Case c : cases) {
      if (split.holds(c.id())) {
        follows++;
        for (String g : c.gold()) {
          boolean in = served.contains(g) && c.active(dates.get(g));
          inWindow += in ? 1 : 0;
          outside += in ? 0 : 1;
        }
      }
    }
    int alerted = 0;
    int n = 0;
    int on = 0;
    int off = 0;
    Set<String> seen = new HashSet<>();
    for (FollowReplay.Alert a : alerts) {
      if (!split.holds(a.c().id()) || !clears(a, threshold) || !seen.add(a.key())) {
        continue;
      }
      n++;
      Boolean judged = judgements.get(a.key());
      if (a.c().gold().contains(a.articleId())) {
        alerted++;
        on++;
      } else if (judged != null) {
        on += judged ? 1 : 0;
        off += judged ? 0 : 1;
      }
    }
    return new FollowScores(follows, inWindow, outside, alerted, n, on, off, n - on - off);
  }

  static boolean clears(FollowReplay.Alert a, double threshold) {
    return a.c().follow().kind() != Follow.Kind.TOPIC || a.score() >= threshold;
  }
}
