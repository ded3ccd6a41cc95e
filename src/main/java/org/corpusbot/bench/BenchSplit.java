package org.corpusbot.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * Which questions tune and which check: a question is dev when the first byte of sha256("split:" +
 * its id) is even, else held-out (the rule the labelled contact sets use). Held-out questions are
 * scored only for headline figures; their answers are never listed.
 */
public enum BenchSplit {
  DEV,
  HELDOUT,
  ALL;

  /** The split named on the command line: dev, heldout or all. */
  public static BenchSplit parse(String name) {
    for (BenchSplit s : values()) {
      if (s.name().toLowerCase(Locale.ROOT).equals(name)) {
        return s;
      }
    }
    throw new IllegalArgumentException("--split must be dev, heldout or all, not " + name);
  }

  /** DEV or HELDOUT: the split question {@code id} belongs to. */
  public static BenchSplit of(String id) {
    try {
      byte[] h =
          MessageDigest.getInstance("SHA-256")
              .digest(("split:" + id).getBytes(StandardCharsets.UTF_8));
      return (h[0] & 1) == 0 ? DEV : HELDOUT;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Whether question {@code id} is in this split. */
  public boolean holds(String id) {
    return this == ALL || of(id) == this;
  }
}
