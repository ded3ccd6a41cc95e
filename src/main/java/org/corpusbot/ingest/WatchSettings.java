package org.corpusbot.ingest;

import java.time.Duration;

/**
 * How the live corpus watches its folders.
 *
 * @param enabled the corpus folder and the inbox are watched while the bot or the chat runs ({@code
 *     watch.enabled}); one-shot commands never watch
 * @param settle how long a file's size and time must stay the same before it is read ({@code
 *     watch.settle-ms}): a file still being copied is not read half-way
 */
public record WatchSettings(boolean enabled, Duration settle) {
  public static final WatchSettings DEFAULT = new WatchSettings(true, Duration.ofMillis(1000));

  public WatchSettings {
    if (settle.isNegative()) {
      throw new IllegalArgumentException("watch.settle-ms must not be negative");
    }
  }
}
