package org.corpusbot.retrieval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * What the three searches said about one question: each list's scores, best first. Passage lists
 * are keyed by Lucene doc id, the article list by article id.
 */
record Evidence(
    RankedScores<Integer> lexical, RankedScores<Integer> vector, RankedScores<String> articles) {

  /** Scores in rank order, with the best score kept for normalising. */
  record RankedScores<K>(Map<K, Double> scores, Map<K, Integer> ranks, double best) {
    static <K> RankedScores<K> empty() {
      return new RankedScores<>(Map.of(), Map.of(), 0);
    }

    static RankedScores<Integer> of(TopDocs top) {
      Map<Integer, Double> scores = new HashMap<>();
      Map<Integer, Integer> ranks = new HashMap<>();
      ScoreDoc[] docs = top.scoreDocs;
      for (int i = 0; i < docs.length; i++) {
        scores.put(docs[i].doc, (double) docs[i].score);
        ranks.put(docs[i].doc, i + 1);
      }
      return new RankedScores<>(scores, ranks, docs.length == 0 ? 0 : docs[0].score);
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
