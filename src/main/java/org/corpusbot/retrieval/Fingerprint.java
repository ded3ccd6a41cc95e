package org.corpusbot.retrieval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.Urls;

/**
 * What tells two articles apart as copies: the hash of the text normalised (case, whitespace), the
 * canonical URL ({@link Urls#canonical}), and a MinHash signature of the text's word shingles,
 * whose share of equal slots estimates the Jaccard similarity of the two shingle sets.
 *
 * <p>MinHash is hand-written (60 lines): the Java libraries for it are unmaintained, and the
 * signature is stored in the index, so its hashing must never change under us. Cost: about 0.2 ms
 * for a 1,000-word article ({@code bench-dups} measures it). The title is left out on purpose: a
 * syndicated story keeps its text and changes its headline. Public for {@code bench-dups}, which
 * measures the threshold with the very hashing the index uses.
 */
public record Fingerprint(String textKey, String urlKey, int[] minHash) {
  /**
   * Words per shingle: long enough that two unrelated stories share few, short enough for briefs.
   */
  static final int SHINGLE = 4;

  /** Slots of the signature; the estimate's standard error is about 0.06 at Jaccard 0.5. */
  static final int SLOTS = 64;

  /**
   * Rows per LSH band: 21 bands of 3, so that a pair shares a band with 94% chance at Jaccard 0.5,
   * 99% at 0.6, and 25% at 0.2 (1 - (1 - J^3)^21).
   */
  static final int ROWS = 3;

  /**
   * Estimated Jaccard similarity from which two articles are one story (near-duplicates). Chosen on
   * the dev half of labelled Reuters pairs ({@code bench-dups}; README, Duplicates).
   */
  public static final double NEAR = 0.5;

  /**
   * Days apart from which two articles are never one story, however alike: a daily report
   * ("Bundesbank leaves credit policies unchanged") repeats its text a month later about another
   * meeting, while a syndicated or repeated item follows within a day or two.
   */
  public static final int DAYS = 3;

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final long[] SEEDS = seeds();

  public static Fingerprint of(Article a) {
    return new Fingerprint(textKey(a.text()), Urls.canonical(a.url()), minHash(a.text()));
  }

  /** The text's hash after case folding and collapsing whitespace: "the same text". */
  static String textKey(String text) {
    String normal = SPACE.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }

  /** The hashes of the text's shingles ({@link #SHINGLE} words, case folded), in text order. */
  public static long[] shingles(String text) {
    String[] words = NON_WORD.split(text.toLowerCase(Locale.ROOT).strip());
    int n = Math.max(1, words.length - SHINGLE + 1);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      long h = 0xcbf29ce484222325L;
      for (int w = i; w < Math.min(words.length, i + SHINGLE); w++) {
        h = (h ^ words[w].hashCode()) * 0x100000001b3L;
      }
      out[i] = h;
    }
    return out;
  }

  static int[] minHash(String text) {
    int[] sig = new int[SLOTS];
    Arrays.fill(sig, Integer.MAX_VALUE);
    for (long h : shingles(text)) {
      for (int s = 0; s < SLOTS; s++) {
        int v = (int) (mix(h ^ SEEDS[s]) >>> 33);
        if (v < sig[s]) {
          sig[s] = v;
        }
      }
    }
    return sig;
  }

  /** The estimated Jaccard similarity of the two texts' shingle sets (0 to 1). */
  public double similarity(Fingerprint other) {
    int same = 0;
    for (int i = 0; i < SLOTS; i++) {
      if (minHash[i] == other.minHash[i]) {
        same++;
      }
    }
    return (double) same / SLOTS;
  }

  /** The LSH band keys: two articles sharing one are candidates for a near-duplicate. */
  public List<String> bands() {
    List<String> out = new ArrayList<>(SLOTS / ROWS);
    for (int b = 0; b < SLOTS / ROWS; b++) {
      long h = b;
      for (int r = 0; r < ROWS; r++) {
        h = mix(h * 31 + minHash[b * ROWS + r]);
      }
      out.add(b + ":" + Long.toHexString(h));
    }
    return out;
  }

  byte[] signatureBytes() {
    byte[] out = new byte[SLOTS * 4];
    for (int i = 0; i < SLOTS; i++) {
      int v = minHash[i];
      out[i * 4] = (byte) (v >>> 24);
      out[i * 4 + 1] = (byte) (v >>> 16);
      out[i * 4 + 2] = (byte) (v >>> 8);
      out[i * 4 + 3] = (byte) v;
    }
    return out;
  }

  static int[] signature(byte[] b, int offset, int length) {
    if (length != SLOTS * 4) {
      throw new IllegalArgumentException("a signature has " + SLOTS * 4 + " bytes, not " + length);
    }
    int[] out = new int[SLOTS];
    for (int i = 0; i < SLOTS; i++) {
      int p = offset + i * 4;
      out[i] =
          (b[p] & 0xff) << 24
              | (b[p + 1] & 0xff) << 16
              | (b[p + 2] & 0xff) << 8
              | (b[p + 3] & 0xff);
    }
    return out;
  }

  /** splitmix64's finaliser: a fixed, well-mixed 64-bit permutation. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds() {
    long[] s = new long[SLOTS];
    long x = 0x5DEECE66DL;
    for (int i = 0; i < SLOTS; i++) {
      x = mix(x + 0x9e3779b97f4a7c15L);
      s[i] = x;
    }
    return s;
  }
}
