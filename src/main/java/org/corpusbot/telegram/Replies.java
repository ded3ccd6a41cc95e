package org.corpusbot.telegram;

import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/** Sends replies, split below Telegram's length limit; buttons go under the last part. */
final class Replies {
  private final BotApi api;
  private final MessageSplitter splitter = new MessageSplitter();

  Replies(BotApi api) {
    this.api = api;
  }

  /** Sends {@code html} to the chat of {@code in}; returns the id of the last message sent. */
  int send(Incoming in, String html, InlineKeyboardMarkup keyboard) {
    return send(in.chatId(), in.group() ? in.messageId() : null, html, keyboard);
  }

  int send(long chatId, Integer replyTo, String html, InlineKeyboardMarkup keyboard) {
    int last = -1;
    for (Outgoing m : messages(chatId, replyTo, html, keyboard)) {
      last = api.send(m);
    }
    return last;
  }

  /** The messages {@link #send} sends, in order: buttons on the last, the reply on the first. */
  List<Outgoing> messages(
      long chatId, Integer replyTo, String html, InlineKeyboardMarkup keyboard) {
    List<String> parts = splitter.split(html);
    List<Outgoing> out = new ArrayList<>(parts.size());
    for (int i = 0; i < parts.size(); i++) {
      boolean isLast = i == parts.size() - 1;
      out.add(
          new Outgoing(chatId, parts.get(i), isLast ? keyboard : null, i == 0 ? replyTo : null));
    }
    return out;
  }

  void text(Incoming in, String plain) {
    send(in, Html.escape(plain), null);
  }

  BotApi api() {
    return api;
  }
}
