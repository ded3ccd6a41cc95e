package org.corpusbot.telegram;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A message the bot should act on, reduced to what handlers need. {@code text} is what was said to
 * the bot: without the command word or the bot's @mention. {@code replyButton} (nullable) is the
 * callback data of the first button under the bot's message this one replies to: for an answer, its
 * first source. {@code asChat}: sent on behalf of the chat itself (a group admin writing
 * anonymously; Telegram shows GroupAnonymousBot as its sender).
 */
record Incoming(
    long chatId,
    long userId,
    int messageId,
    boolean group,
    Instant sent,
    String text,
    String replyButton,
    boolean asChat) {

  /**
   * When the message was sent, as the date its question is asked on ("this week" is relative to
   * it).
   */
  LocalDate asOf() {
    return sent.atOffset(ZoneOffset.UTC).toLocalDate();
  }

  Incoming withText(String t) {
    return new Incoming(chatId, userId, messageId, group, sent, t, replyButton, asChat);
  }
}
