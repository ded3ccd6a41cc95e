package org.corpusbot.retrieval;

/** The index cannot be opened or used; the message says why and what to do. */
public class IndexUnavailableException extends RuntimeException {
  public IndexUnavailableException(String message) {
    super(message);
  }

  public IndexUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
