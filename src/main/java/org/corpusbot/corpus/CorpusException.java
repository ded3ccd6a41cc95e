package org.corpusbot.corpus;

/** The corpus as a whole cannot be read (missing folder, unlistable directory). */
public class CorpusException extends RuntimeException {
  public CorpusException(String message) {
    super(message);
  }

  public CorpusException(String message, Throwable cause) {
    super(message, cause);
  }
}
