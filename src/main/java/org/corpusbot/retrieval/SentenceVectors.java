package org.corpusbot.retrieval;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * The vectors of a passage's sentences, in the order {@link org.corpusbot.corpus.SentenceSplitter}
 * gives them, as stored with the passage at index time: int8 per dimension with one float scale per
 * sentence (the largest absolute value / 127). A sentence without a vector has scale 0.
 *
 * <p>NOTE: size and precision: 4 + dim bytes a sentence (388 for MiniLM, a quarter of the floats);
 * rounding moves a cosine by about 0.002, far below the differences the answer scorer acts on.
 * Immutable and thread-safe.
 */
public final class SentenceVectors {
  /** Sentence count and dimension, two bytes each. */
  private static final int HEADER = 4;

  private final byte[] bytes;
  private final int count;
  private final int dim;

  private SentenceVectors(byte[] bytes, int count, int dim) {
    this.bytes = bytes;
    this.count = count;
    this.dim = dim;
  }

  /** Quantizes {@code vectors} (null entries: no vector) of dimension {@code dim}. */
  static byte[] encode(List<float[]> vectors, int dim) {
    ByteBuffer buf = ByteBuffer.allocate(HEADER + vectors.size() * (4 + dim));
    buf.putShort((short) vectors.size());
    buf.putShort((short) dim);
    for (float[] v : vectors) {
      float max = 0;
      if (v != null) {
        for (float x : v) {
          max = Math.max(max, Math.abs(x));
        }
      }
      float scale = max / 127f;
      buf.putFloat(scale);
      for (int i = 0; i < dim; i++) {
        buf.put(scale == 0 ? 0 : (byte) Math.round(v[i] / scale));
      }
    }
    return buf.array();
  }

  /** The vectors stored in {@code bytes} (as made by {@link #encode}). */
  public static SentenceVectors decode(byte[] bytes) {
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    int count = bytes.length < HEADER ? -1 : buf.getShort() & 0xFFFF;
    int dim = bytes.length < HEADER ? -1 : buf.getShort() & 0xFFFF;
    if (count < 0 || HEADER + count * (4 + dim) != bytes.length) {
      throw new IllegalArgumentException("sentence vectors of " + bytes.length + " bytes");
    }
    return new SentenceVectors(bytes, count, dim);
  }

  /** How many sentences the passage had when it was indexed. */
  public int count() {
    return count;
  }

  /**
   * The dot product of sentence {@code i}'s vector with {@code query} (a cosine, both being unit
   * length), or NaN when that sentence has no vector or the dimensions differ.
   */
  public double dot(int i, float[] query) {
    if (i < 0 || i >= count || query.length != dim) {
      return Double.NaN;
    }
    int at = HEADER + i * (4 + dim);
    float scale = ByteBuffer.wrap(bytes, at, 4).getFloat();
    if (scale == 0) {
      return Double.NaN;
    }
    double s = 0;
    for (int d = 0; d < dim; d++) {
      s += bytes[at + 4 + d] * query[d];
    }
    return s * scale;
  }
}
