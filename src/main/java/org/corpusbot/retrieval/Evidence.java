package org.corpusbot.retrieval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the three searches said about one question: each list's scores, best first. Passage lists
 * are keyed by {@code K} ({@link PassageKey} in a search), the article list by article id.
 */
record Evidence<K>(RankedScores<K> lexical, RankedScores<K> vector, RankedScores<String> articles) {

  /** Scores in rank order, with the best score kept for normalising. */
  record RankedScores<K>(Map<K, Double> scores, Map<K, Integer> ranks, double best) {
    static <K> RankedScores<K> empty() {
      return new RankedScores<>(Map.of(), Map.of(), 0);
    }

    /** A ranking, best first; a key listed twice keeps its first place. */
    static <K> RankedScores<K> of(List<Scored<K>> ranked) {
      Map<K, Double> s = new HashMap<>();
      Map<K, Integer> r = new HashMap<>();
      for (int i = 0; i < ranked.size(); i++) {
        s.putIfAbsent(ranked.get(i).key(), ranked.get(i).score());
        r.putIfAbsent(ranked.get(i).key(), i + 1);
      }
      return new RankedScores<>(s, r, ranked.isEmpty() ? 0 : ranked.get(0).score());
    }

    static RankedScores<String> ofKeys(List<String> keys, List<Double> scores) {
      Map<String, Double> s = new HashMap<>();
      Map<String, Integer> r = new HashMap<>();
      for (int i = 0; i < keys.size(); i++) {
        s.putIfAbsent(keys.get(i), scores.get(i));
        r.putIfAbsent(keys.get(i), i + 1);
      }
      return new RankedScores<>(s, r, scores.isEmpty() ? 0 : scores.get(0));
    }

    /** The score scaled so that the list's best is 1 (0 when absent). */
    double normalized(K key) {
      Double v = scores.get(key);
      return v == null || best <= 0 ? 0 : v / best;
    }

    /** The 1-based rank, or 0 when absent. */
    int rank(K key) {
      return ranks.getOrDefault(key, 0);
    }
  }
}
