package org.corpusbot.telegram;

import java.util.List;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * The Bot API calls the bot makes.
 *
 * <p>Contract: calls block until Telegram has accepted them. Rate limits (429 with {@code
 * retry_after}), server errors and unreachable servers are retried until they succeed, so an outage
 * delays answers instead of losing them; a request Telegram refuses for good throws {@link
 * BotApiException}. Thread-safe.
 */
public interface BotApi {
  User me();

  void setCommands(List<BotCommand> commands);

  /**
   * Sends a message and returns its id. If Telegram cannot parse its HTML, it is sent again as
   * plain text rather than lost.
   */
  int send(Outgoing message);

  /** Replaces the text (and buttons) of a message the bot sent. */
  void edit(long chatId, int messageId, String html, InlineKeyboardMarkup keyboard);

  /** Answers a button press; {@code text} (nullable) is shown as a small notice. */
  void answerCallback(String callbackId, String text);

  /** Shows "typing…" in the chat for a few seconds. Best effort: never retried, never throws. */
  void typing(long chatId);

  /** What Telegram knows of a file a user sent ({@code getFile}): its download path and size. */
  TelegramFile file(String fileId);

  /**
   * Downloads a file a user sent to {@code target}; fails with {@link BotApiException} once more
   * than {@code maxBytes} arrive or the download fails (not retried: the user can send it again).
   */
  void download(TelegramFile file, java.nio.file.Path target, long maxBytes);

  /**
   * Whether {@code userId} administers chat {@code chatId} ({@code getChatMember}: creator or
   * administrator). In a private chat, true for the chat's own user only. A bot that is not in the
   * group gets a {@link BotApiException}.
   */
  boolean isChatAdmin(long chatId, long userId);
}
