package org.corpusbot.telegram;

/**
 * One slash command. Adding a command is adding one class and listing it where the bot is built.
 *
 * <p>Contract: {@link #run} replies through the bot's replies itself; it may throw, in which case
 * the user gets a short apology and the operator a log line.
 */
interface Command {
  /** The command word without the slash, e.g. {@code ask}. */
  String name();

  /** One line for Telegram's command menu and /help. */
  String description();

  /** Admin commands are refused to everyone not in {@code telegram.admins} and not in the menu. */
  default boolean admin() {
    return false;
  }

  /** Whether running it takes a token from the user's rate-limit bucket (see {@link WorkLimit}). */
  default boolean rateLimited() {
    return true;
  }

  void run(Incoming in, String args);
}
