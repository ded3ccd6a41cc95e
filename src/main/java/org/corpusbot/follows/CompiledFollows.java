package org.corpusbot.follows;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.corpusbot.retrieval.QueryTerms;

/**
 * Follows made ready for matching many articles: each topic's analysed terms with their IDF, an
 * inverted map term → topics (so an article only scores the topics sharing a word with it), the
 * topics' vectors as one row-major float matrix, and person and pair follows by name key. Built
 * once per change of the follows; immutable.
 */
final class CompiledFollows {
  /**
   * A topic follow: its terms, their weights and the sum of weights (the lexical score's scale).
   */
  record Topic(Follow follow, Map<String, Double> weights, double norm, int row) {}

  /** A person or pair follow: the name keys and the pattern finding the first name in text. */
  record People(Follow follow, List<String> keys, Pattern mention) {}

  final List<Topic> topics = new ArrayList<>();

  /** Person follows by their key's {@link Names#probe}, pair follows by their first name's. */
  final Map<String, List<People>> people = new HashMap<>();

  /** term → topic ordinals and, in the same order, the term's weight in each. */
  final Map<String, int[]> postings;

  final Map<String, float[]> postingWeights;
  final float[] matrix;
  final int dimension;

  CompiledFollows(Collection<Follow> follows, QueryTerms analysis, TermWeights idf, int dimension) {
    this.dimension = dimension;
    List<Set<String>> termsOf = new ArrayList<>();
    Set<String> vocabulary = new HashSet<>();
    for (Follow f : follows) {
      Set<String> terms = f.kind() == Follow.Kind.TOPIC ? analysis.terms(f.text()) : Set.of();
      termsOf.add(terms);
      vocabulary.addAll(terms);
    }
    Map<String, Double> idfs = idf.idf(vocabulary); // NOTE: one index search for all follows
    Map<String, List<Integer>> byTerm = new HashMap<>();
    List<float[]> rows = new ArrayList<>();
    int n = 0;
    for (Follow f : follows) {
      Set<String> terms = termsOf.get(n++);
      if (f.kind() != Follow.Kind.TOPIC) {
        List<String> keys = f.people().stream().map(Names::key).toList();
        if (!keys.contains(null)) {
          People p = new People(f, keys, Names.pattern(keys.get(0)));
          people.computeIfAbsent(Names.probe(keys.get(0)), k -> new ArrayList<>()).add(p);
        }
        continue;
      }
      Map<String, Double> weights = new LinkedHashMap<>();
      for (String t : terms) {
        Double w = idfs.get(t);
        if (w != null && w > 0) { // a weight source without the term: the term cannot score
          weights.put(t, w);
        }
      }
      double norm = weights.values().stream().mapToDouble(Double::doubleValue).sum();
      int row = f.vector() != null && f.vector().length == dimension ? rows.size() : -1;
      if (row >= 0) {
        rows.add(f.vector());
      }
      int ordinal = topics.size();
      topics.add(new Topic(f, weights, norm, row));
      weights.keySet().forEach(t -> byTerm.computeIfAbsent(t, k -> new ArrayList<>()).add(ordinal));
    }
    postings = new HashMap<>();
    postingWeights = new HashMap<>();
    byTerm.forEach(
        (t, ords) -> {
          int[] o = ords.stream().mapToInt(Integer::intValue).toArray();
          float[] w = new float[o.length];
          for (int i = 0; i < o.length; i++) {
            w[i] = topics.get(o[i]).weights().get(t).floatValue();
          }
          postings.put(t, o);
          postingWeights.put(t, w);
        });
    matrix = new float[rows.size() * dimension];
    for (int r = 0; r < rows.size(); r++) {
      System.arraycopy(rows.get(r), 0, matrix, r * dimension, dimension);
    }
  }

  /** The dot product of matrix row {@code row} with {@code v}. */
  float dot(int row, float[] v) {
    int base = row * dimension;
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
    int i = 0;
    for (; i + 3 < dimension; i += 4) {
      s0 += matrix[base + i] * v[i];
      s1 += matrix[base + i + 1] * v[i + 1];
      s2 += matrix[base + i + 2] * v[i + 2];
      s3 += matrix[base + i + 3] * v[i + 3];
    }
    for (; i < dimension; i++) {
      s0 += matrix[base + i] * v[i];
    }
    return s0 + s1 + s2 + s3;
  }
}
