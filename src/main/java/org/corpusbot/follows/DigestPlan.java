package org.corpusbot.follows;

import java.time.Instant;

/**
 * A chat's digest: its time, when the last went out (or the setting was made) and whether the chat
 * is paused (then nothing is sent).
 */
public record DigestPlan(long chatId, DigestTime time, Instant last, boolean paused) {
  /** When the next digest is due: the first {@code time} after the last one. */
  public Instant due() {
    return time.nextAfter(last);
  }
}
