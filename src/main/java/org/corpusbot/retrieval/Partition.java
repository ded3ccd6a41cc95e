package org.corpusbot.retrieval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * One of {@code count} parts of a corpus, numbered from 1: the articles whose id hashes to it. N
 * indexing processes, one per partition, fill one archive between them, each embedding only its
 * share. The hash is SHA-256 of the id, so every machine and version agrees on it.
 */
public record Partition(int index, int count) {
  /** The whole corpus. */
  public static final Partition ALL = new Partition(1, 1);

  public Partition {
    if (count < 1 || index < 1 || index > count) {
      throw new IllegalArgumentException(
          "a partition is I/N with 1 <= I <= N, not " + index + "/" + count);
    }
  }

  /**
   * Parses "I/N" (as {@code index --partition 2/3} takes it).
   *
   * @throws IllegalArgumentException with a message for the user when it is not one
   */
  public static Partition parse(String text) {
    String[] parts = text.trim().split("/", -1);
    try {
      if (parts.length == 2) {
        return new Partition(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw new IllegalArgumentException(
        "--partition takes I/N, two whole numbers with 1 <= I <= N (for example 2/3), not '"
            + text
            + "'");
  }

  public boolean whole() {
    return count == 1;
  }

  /** Whether the article {@code id} belongs to this partition. */
  public boolean holds(String id) {
    return whole() || Integer.remainderUnsigned(hash(id), count) == index - 1;
  }

  /**
   * The first arrival after {@code last} that this partition may give: arrivals given by partition
   * I of N are congruent to I modulo N, so partitions that run at once never give the same one.
   */
  public long nextArrival(long last) {
    long next = last + 1;
    long offset = Math.floorMod(index - next, (long) count);
    return next + offset;
  }

  /** The arrival after {@code arrival} that this partition gives next. */
  public long step(long arrival) {
    return arrival + count;
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }

  private static int hash(String id) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      return ((d[0] & 0xff) << 24) | ((d[1] & 0xff) << 16) | ((d[2] & 0xff) << 8) | (d[3] & 0xff);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
