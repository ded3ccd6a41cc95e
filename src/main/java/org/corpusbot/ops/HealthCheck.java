package org.corpusbot.ops;

/**
 * One thing the bot needs in order to serve, checked on demand (each {@code /health} request).
 * Implementations must be quick and thread-safe; a check that throws counts as down.
 */
@FunctionalInterface
public interface HealthCheck {
  Status check();

  /** Up or down, and a short detail an operator can act on (never a secret). */
  record Status(boolean up, String detail) {
    public static Status up(String detail) {
      return new Status(true, detail);
    }

    public static Status down(String detail) {
      return new Status(false, detail);
    }
  }
}
