package org.corpusbot.follows;

/**
 * A request about follows or digests that the bot refuses: text it cannot read as a follow or a
 * digest time, or a limit reached. The message is written for the user (it says what to type
 * instead, with an example) and holds nothing but what they typed.
 */
public final class FollowException extends RuntimeException {
  public FollowException(String message) {
    super(message);
  }
}
