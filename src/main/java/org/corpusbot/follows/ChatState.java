package org.corpusbot.follows;

import java.time.Instant;

/**
 * What the book keeps per chat besides its follows. {@code lastDigest} is null without a digest.
 */
record ChatState(boolean paused, DigestTime digest, Instant lastDigest) {
  static final ChatState NONE = new ChatState(false, null, null);

  ChatState paused(boolean p) {
    return new ChatState(p, digest, lastDigest);
  }

  ChatState digest(DigestTime time, Instant last) {
    return new ChatState(paused, time, time == null ? null : last);
  }
}
