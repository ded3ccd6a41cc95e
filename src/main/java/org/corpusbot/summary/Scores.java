package org.corpusbot.summary;

/** Score scaling. */
final class Scores {
  private Scores() {}

  /** Scales to 0..1 by the smallest and largest; all 1 when they are (nearly) equal. */
  static double[] minMax(double[] x) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = max - min < 1e-9 ? 1 : (x[i] - min) / (max - min);
    }
    return out;
  }
}
