package org.corpusbot.follows;

import java.util.ArrayList;
import java.util.List;
import org.corpusbot.corpus.Span;
import org.corpusbot.retrieval.FreshArticle;

/**
 * An article's passage vectors (those of the follows' dimension), their mean and their largest
 * distance from it: for a unit follow vector f, f·p = f·mean + f·(p − mean) ≤ f·mean + radius, so
 * one dot product bounds the best passage cosine from above.
 */
final class PassageVectors {
  private final List<float[]> vectors = new ArrayList<>();
  private final List<Span> spans = new ArrayList<>();
  private float[] mean;
  private double radius;

  static PassageVectors of(FreshArticle article, int dimension) {
    PassageVectors out = new PassageVectors();
    for (FreshArticle.Vectored v : article.passages()) {
      if (v.vector() != null && v.vector().length == dimension) {
        out.vectors.add(v.vector());
        out.spans.add(new Span(v.passage().start(), v.passage().end()));
      }
    }
    out.mean = new float[dimension];
    for (float[] v : out.vectors) {
      for (int i = 0; i < dimension; i++) {
        out.mean[i] += v[i] / out.vectors.size();
      }
    }
    for (float[] v : out.vectors) {
      double d = 0;
      for (int i = 0; i < dimension; i++) {
        d += (v[i] - out.mean[i]) * (v[i] - out.mean[i]);
      }
      out.radius = Math.max(out.radius, Math.sqrt(d) + 1e-4); // float rounding
    }
    return out;
  }

  boolean isEmpty() {
    return vectors.isEmpty();
  }

  float[] mean() {
    return mean;
  }

  double radius() {
    return radius;
  }

  float[] vector(int i) {
    return vectors.get(i);
  }

  Span span(int i) {
    return spans.get(i);
  }

  /** The passage closest to matrix row {@code row}; -1 when there is none or no row. */
  int best(CompiledFollows follows, int row) {
    int best = -1;
    double cosine = Double.NEGATIVE_INFINITY;
    for (int p = 0; row >= 0 && p < vectors.size(); p++) {
      double c = follows.dot(row, vectors.get(p));
      if (c > cosine) {
        best = p;
        cosine = c;
      }
    }
    return best;
  }
}
