package org.corpusbot.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maximal marginal relevance: repeatedly takes the sentence whose score, less its likeness to what
 * is already taken, is highest; a sentence almost the same as a taken one is never taken. Also
 * keeps within a word budget and a number of sentences per article.
 */
final class Selection {
  /** Cosine above which two sentences say the same thing. */
  static final double DUPLICATE = 0.88;

  private final double redundancyWeight;
  private final double paragraphWeight;
  private final int maxSentences;
  private final int maxWords;
  private final int perArticle;

  Selection(
      double redundancyWeight,
      double paragraphWeight,
      int maxSentences,
      int maxWords,
      int perArticle) {
    this.redundancyWeight = redundancyWeight;
    this.paragraphWeight = paragraphWeight;
    this.maxSentences = maxSentences;
    this.maxWords = maxWords;
    this.perArticle = perArticle;
  }

  /** Indexes into {@code candidates}, in the order taken. */
  List<Integer> pick(List<Sentence> candidates, List<float[]> vectors, double[] scores) {
    List<Integer> taken = new ArrayList<>();
    Map<String, Integer> perArticleCount = new HashMap<>();
    boolean[] used = new boolean[candidates.size()];
    int words = 0;
    while (taken.size() < maxSentences) {
      int best = -1;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < candidates.size(); i++) {
        Sentence s = candidates.get(i);
        if (used[i]
            || perArticleCount.getOrDefault(s.article().id(), 0) >= perArticle
            || !taken.isEmpty() && words + s.words() > maxWords) {
          continue;
        }
        double likeness = maxLikeness(vectors.get(i), taken, vectors);
        if (likeness >= DUPLICATE) {
          continue;
        }
        double value =
            scores[i]
                - redundancyWeight * Math.max(0, likeness)
                - (sameParagraph(s, taken, candidates) ? paragraphWeight : 0);
        if (value > bestValue) {
          best = i;
          bestValue = value;
        }
      }
      if (best < 0) {
        break;
      }
      used[best] = true;
      taken.add(best);
      words += candidates.get(best).words();
      perArticleCount.merge(candidates.get(best).article().id(), 1, Integer::sum);
    }
    return taken;
  }

  private static boolean sameParagraph(Sentence s, List<Integer> taken, List<Sentence> all) {
    for (int j : taken) {
      Sentence t = all.get(j);
      if (t.article().id().equals(s.article().id()) && t.paragraph() == s.paragraph()) {
        return true;
      }
    }
    return false;
  }

  private static double maxLikeness(float[] v, List<Integer> taken, List<float[]> vectors) {
    double max = -1;
    for (int j : taken) {
      max = Math.max(max, Vectors.cosine(v, vectors.get(j)));
    }
    return taken.isEmpty() ? 0 : max;
  }
}
