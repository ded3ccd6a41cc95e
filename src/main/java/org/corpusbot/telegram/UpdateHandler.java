package org.corpusbot.telegram;

import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Routes one update: messages and button presses are handled; edited messages, channel posts and
 * everything else are ignored (an edited question is not answered a second time).
 */
final class UpdateHandler {
  private final MessageRouter messages;
  private final CallbackRouter callbacks;
  private final BotStats stats;

  UpdateHandler(MessageRouter messages, CallbackRouter callbacks, BotStats stats) {
    this.messages = messages;
    this.callbacks = callbacks;
    this.stats = stats;
  }

  void handle(Update u) {
    stats.updates.increment();
    if (u.hasMessage()) {
      messages.handle(u.getMessage());
    } else if (u.hasCallbackQuery()) {
      callbacks.handle(u.getCallbackQuery());
    }
  }

  /** The lane an update belongs to: its chat, so that one chat's answers stay in order. */
  static long lane(Update u) {
    if (u.hasMessage()) {
      return u.getMessage().getChatId();
    }
    if (u.hasCallbackQuery() && u.getCallbackQuery().getMessage() != null) {
      return u.getCallbackQuery().getMessage().getChatId();
    }
    if (u.hasEditedMessage()) {
      return u.getEditedMessage().getChatId();
    }
    return 0;
  }
}
