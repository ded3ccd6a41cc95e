package org.corpusbot.retrieval;

/**
 * The index on disk is damaged (a missing, truncated or corrupt file): only a rebuild from the
 * corpus helps, which moves the damaged index aside first.
 */
public final class IndexDamagedException extends IndexUnavailableException {
  public IndexDamagedException(String message, Throwable cause) {
    super(message, cause);
  }
}
