package org.corpusbot.follows;

import java.util.List;
import java.util.Optional;

/**
 * What a chat can do with follows, as the chat commands ask it: follow, list, unfollow, and choose
 * between instant alerts and a daily digest. Refusals (a follow too long, too many, a digest time
 * that isn't one) throw {@link FollowException} with a message for the user. Thread-safe.
 */
public interface FollowDesk {
  /** Follows {@code text} ("Russia cyber talks", "Nuland", "Biden & Putin") for the chat. */
  Follow follow(long chatId, String text);

  /** The chat's follows, in the order /following numbers them (1, 2, …). */
  List<Follow> following(long chatId);

  /** Stops following number {@code number} of /following; empty when there is no such number. */
  Optional<Follow> unfollow(long chatId, int number);

  /** The chat's digest time ("08:00 Europe/Berlin"), or empty when alerts come as they happen. */
  Optional<String> digest(long chatId);

  /**
   * Sets the chat's digest from what the user typed after /digest ("08:00 Europe/Berlin", "off"),
   * and returns the setting as shown back, or empty for off.
   */
  Optional<String> digest(long chatId, String spec);

  /**
   * Resumes the chat's follows if they were paused because messages could not be delivered (the
   * user had blocked the bot); true when they were.
   */
  boolean resume(long chatId);

  /** Whether the chat's follows are paused (its messages could not be delivered). */
  boolean paused(long chatId);
}
