package org.corpusbot.bench;

import java.util.Arrays;
import java.util.List;

/** Nearest-rank percentiles of a sample. */
public final class Percentiles {
  private Percentiles() {}

  /** Three decimals, as reports print figures. */
  public static double round3(double d) {
    return Math.round(d * 1000) / 1000.0;
  }

  public static double of(List<Double> sample, double p) {
    if (sample.isEmpty()) {
      return Double.NaN;
    }
    double[] s = sample.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(s);
    // NOTE: p × n first: p / 100 × n overshoots exact ranks (0.55 × 100 = 55.00000000000001).
    int rank = (int) Math.ceil(p * s.length / 100.0);
    return s[Math.max(0, Math.min(s.length - 1, rank - 1))];
  }
}
