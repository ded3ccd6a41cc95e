package org.corpusbot.summary;

import java.util.List;
import org.corpusbot.retrieval.Embedder;

/** Arithmetic on the embedder's unit vectors. */
final class Vectors {
  private Vectors() {}

  static double cosine(float[] a, float[] b) {
    return Embedder.cosine(a, b);
  }

  /** The unit-length mean direction of {@code vectors}. */
  static float[] centroid(List<float[]> vectors) {
    float[] c = new float[vectors.get(0).length];
    for (float[] v : vectors) {
      for (int i = 0; i < c.length; i++) {
        c[i] += v[i];
      }
    }
    double norm = 0;
    for (float x : c) {
      norm += x * x;
    }
    if (norm > 0) {
      float inv = (float) (1 / Math.sqrt(norm));
      for (int i = 0; i < c.length; i++) {
        c[i] *= inv;
      }
    }
    return c;
  }
}
