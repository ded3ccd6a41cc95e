package org.corpusbot.answer.llm;

/**
 * The model gave no usable answer: unreachable, too slow, an HTTP error, or output that is not an
 * answer. {@link #getMessage()} is one short line for the log, never holding a key or a prompt.
 */
public final class LlmFailure extends RuntimeException {
  public LlmFailure(String reason) {
    super(reason);
  }

  public LlmFailure(String reason, Throwable cause) {
    super(reason, cause);
  }
}
