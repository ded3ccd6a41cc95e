package org.corpusbot.telegram;

import java.nio.file.Path;
import java.util.List;
import org.corpusbot.telegram.SendQueue.Priority;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * {@link BotApi} whose sends and edits first wait for a slot from the bot's one {@link SendPacer},
 * at one priority: the bot has an {@link Priority#ANSWER} view for its replies and a {@link
 * Priority#BULK} one for alerts and digests, over the same pacer.
 *
 * <p>Not paced: the typing indicator and {@code answerCallbackQuery} (Telegram counts messages, and
 * a button's spinner must stop at once), nor {@code getMe}, {@code setMyCommands}, {@code getFile},
 * downloads and {@code getChatMember}. A send's retries (after a 429 or a 5xx, inside {@code
 * delegate}) and its plain-text resend after refused HTML use the slot it was granted; they come
 * after a back-off of at least half a second, or after Telegram's own {@code retry_after}.
 */
final class PacedBotApi implements BotApi {
  private final BotApi delegate;
  private final SendPacer pacer;
  private final Priority priority;

  PacedBotApi(BotApi delegate, SendPacer pacer, Priority priority) {
    this.delegate = delegate;
    this.pacer = pacer;
    this.priority = priority;
  }

  @Override
  public int send(Outgoing message) {
    pacer.acquire(message.chatId(), priority);
    return delegate.send(message);
  }

  /**
   * Sends {@code message} if its chat's own limits let it go within {@code maxChatWaitNanos}
   * ({@link SendPacer#tryAcquire}: finding room and taking it are one step); else sends nothing.
   *
   * @throws ChatBusy when the chat has no room that soon (nothing sent, no slot taken)
   */
  int sendWithin(Outgoing message, long maxChatWaitNanos) {
    long wait = pacer.tryAcquire(message.chatId(), priority, maxChatWaitNanos);
    if (wait > 0) {
      throw new ChatBusy(wait);
    }
    return delegate.send(message);
  }

  /** Nothing was sent: the chat has no room for {@link #nanos} (not a failure to report). */
  static final class ChatBusy extends RuntimeException {
    private final long nanos;

    ChatBusy(long nanos) {
      super("the chat has no room for " + nanos + " ns", null, false, false);
      this.nanos = nanos;
    }

    long nanos() {
      return nanos;
    }
  }

  @Override
  public void edit(long chatId, int messageId, String html, InlineKeyboardMarkup keyboard) {
    pacer.acquire(chatId, priority);
    delegate.edit(chatId, messageId, html, keyboard);
  }

  @Override
  public User me() {
    return delegate.me();
  }

  @Override
  public void setCommands(List<BotCommand> commands) {
    delegate.setCommands(commands);
  }

  @Override
  public void answerCallback(String callbackId, String text) {
    delegate.answerCallback(callbackId, text);
  }

  @Override
  public void typing(long chatId) {
    delegate.typing(chatId);
  }

  @Override
  public TelegramFile file(String fileId) {
    return delegate.file(fileId);
  }

  @Override
  public void download(TelegramFile file, Path target, long maxBytes) {
    delegate.download(file, target, maxBytes);
  }

  @Override
  public boolean isChatAdmin(long chatId, long userId) {
    return delegate.isChatAdmin(chatId, userId);
  }
}
