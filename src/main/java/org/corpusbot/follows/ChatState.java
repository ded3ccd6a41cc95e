package org.corpusbot.follows;

import java.time.Instant;

/**
 * What the book keeps per chat besides its follows. {@code lastDigest} is null without a digest.
 * {@code heldThrough}: the digest was turned off while it held alerts, up to this outbox seq, and
 * they have not gone out yet (as one last digest); 0: none.
 */
record ChatState(boolean paused, DigestTime digest, Instant lastDigest, long heldThrough) {
  static final ChatState NONE = new ChatState(false, null, null, 0);

  ChatState paused(boolean p) {
    return new ChatState(p, digest, lastDigest, heldThrough);
  }

  /** A digest set ({@code time}) takes in what an earlier one held; none ({@code null}) holds. */
  ChatState digest(DigestTime time, Instant last) {
    return new ChatState(paused, time, time == null ? null : last, time == null ? heldThrough : 0);
  }

  ChatState held(long through) {
    return new ChatState(paused, digest, lastDigest, through);
  }
}
