package org.corpusbot.telegram;

import java.time.Duration;

/**
 * Hears what the bot does with the Bot API, for monitoring (the ops package turns it into metrics;
 * this package stays free of any metrics library). Called on the thread that made the call:
 * implementations must be quick, thread-safe and must not throw.
 */
public interface TelegramListener {
  /** Why one attempt at a Bot API call failed; the call may still succeed on a retry. */
  enum Failure {
    /** 429: Telegram asked the bot to slow down. */
    RATE_LIMITED,
    /** 5xx from the Bot API server. */
    SERVER_ERROR,
    /** No answer: connection refused, reset, timed out. */
    UNREACHABLE,
    /** Any other 4xx: refused for good, not retried. */
    REFUSED
  }

  /** A Bot API call ended after {@code nanos}, retries and waits included; {@code ok} if it did. */
  default void called(String method, long nanos, boolean ok) {}

  /** One attempt at {@code method} failed for {@code cause}. */
  default void failed(String method, Failure cause) {}

  /** Telegram answered 429 and the caller now waits {@code wait} before trying again. */
  default void rateLimited(String method, Duration wait) {}

  /** A {@code getUpdates} long poll ended: with updates or none ({@code ok}), or failed. */
  default void polled(boolean ok) {}

  TelegramListener NONE = new TelegramListener() {};
}
