package org.corpusbot.retrieval;

/**
 * A partitioned indexing run asked to do what needs the whole corpus (a rebuild, annotating every
 * article again); nothing was written. The message is the whole reason, for the user.
 */
public final class PartitionRefusedException extends IllegalStateException {
  PartitionRefusedException(String message) {
    super(message);
  }
}
