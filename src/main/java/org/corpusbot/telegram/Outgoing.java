package org.corpusbot.telegram;

import java.util.Objects;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * One message to send: Telegram HTML text (at most {@value MessageSplitter#LIMIT} characters),
 * optional inline buttons, and optionally the message it replies to.
 */
public record Outgoing(long chatId, String html, InlineKeyboardMarkup keyboard, Integer replyTo) {
  public Outgoing {
    Objects.requireNonNull(html, "html");
  }

  public static Outgoing html(long chatId, String html) {
    return new Outgoing(chatId, html, null, null);
  }

  public Outgoing withKeyboard(InlineKeyboardMarkup k) {
    return new Outgoing(chatId, html, k, replyTo);
  }

  public Outgoing replyingTo(Integer messageId) {
    return new Outgoing(chatId, html, keyboard, messageId);
  }
}
