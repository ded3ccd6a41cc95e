package org.corpusbot.telegram;

/** Telegram refused a request for good (for example 403: the user blocked the bot). */
public class BotApiException extends RuntimeException {
  private final int code;

  public BotApiException(String message, int code) {
    super(message);
    this.code = code;
  }

  /** Telegram's error code, or 0 when there was none. */
  public int code() {
    return code;
  }
}
