package org.corpusbot.telegram;

/** Rebuilds the index from the corpus while the bot keeps answering; returns a summary line. */
@FunctionalInterface
public interface Reindexer {
  String reindex();
}
