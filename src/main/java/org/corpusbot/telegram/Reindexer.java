package org.corpusbot.telegram;

import java.util.Optional;

/** Rebuilds the index from the corpus while the bot keeps answering; returns a summary line. */
public interface Reindexer {
  /**
   * Brings the index in line with the corpus and returns how it went, blocking until done; when a
   * run is already going, returns what {@link #busy} says instead and starts nothing.
   */
  String reindex();

  /**
   * What to tell an admin when an index update is already running (and no other is started), or
   * empty when none is.
   */
  default Optional<String> busy() {
    return Optional.empty();
  }
}
