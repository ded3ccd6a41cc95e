package org.corpusbot.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores an answer to a quiz question asked without its options (issue 11's rule): right when the
 * gold choice's text occurs in the answer before any other choice's, or when the gold choice has
 * the highest share of its content words (lower-cased, stop words out) found in the answer, at
 * least one half, with no other choice tying. Pure and thread-safe.
 */
public final class FreeformScore {
  /** The least share of a choice's content words an answer must hold to name it loosely. */
  static final double MIN_SHARE = 0.5;

  // NOTE: a fixed list (the bench scorer must not depend on the index's analysis, which stems):
  // English function words plus "s" and "t" left by splitting "Biden's" and "don't".
  private static final Set<String> STOP =
      Set.of(
          "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "has", "have",
          "he", "her", "his", "if", "in", "into", "is", "it", "its", "no", "not", "of", "on", "or",
          "s", "she", "such", "t", "that", "the", "their", "then", "there", "these", "they", "this",
          "to", "was", "were", "which", "who", "will", "with", "than", "been", "being", "do",
          "does", "did", "so", "up", "out", "about", "over", "after", "before", "all", "any",
          "more", "most", "some", "what", "when", "where", "how", "we", "you", "i", "our", "your");

  private FreeformScore() {}

  /** Whether {@code answer} answers with choice {@code gold} of {@code choices}. */
  public static boolean right(String answer, List<String> choices, int gold) {
    if (QaBenchmark.predictedChoice(answer, choices) == gold) {
      return true;
    }
    return loosest(answer, choices) == gold;
  }

  /**
   * The choice with the highest share of its content words in {@code answer}, when that share is at
   * least {@link #MIN_SHARE} and no other choice has the same share; else -1.
   */
  static int loosest(String answer, List<String> choices) {
    Set<String> words = contentWords(answer);
    int best = -1;
    double bestShare = -1;
    boolean tie = false;
    for (int i = 0; i < choices.size(); i++) {
      double s = share(contentWords(choices.get(i)), words);
      if (s > bestShare) {
        best = i;
        bestShare = s;
        tie = false;
      } else if (s == bestShare) {
        tie = true;
      }
    }
    return best >= 0 && !tie && bestShare >= MIN_SHARE ? best : -1;
  }

  /** Share of {@code choice}'s words found in {@code words}; 0 for a choice with none. */
  static double share(Set<String> choice, Set<String> words) {
    if (choice.isEmpty()) {
      return 0;
    }
    return choice.stream().filter(words::contains).count() / (double) choice.size();
  }

  /** Lower-cased words and numbers of {@code text} that are not stop words. */
  static Set<String> contentWords(String text) {
    Set<String> out = new HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty() && !STOP.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }
}
