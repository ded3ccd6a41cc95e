package org.corpusbot.telegram;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ActionType;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * {@link BotApi} over the TelegramBots client, with the retries and the plain-text fallback the
 * contract promises. Failures are logged by method and cause only: the client's URLs carry the
 * token, so no request URL ever reaches a log line.
 */
public final class TelegramBotApi implements BotApi {
  private static final Logger log = LoggerFactory.getLogger(TelegramBotApi.class);

  private static final Set<String> ADMIN_STATUSES = Set.of("creator", "administrator");

  private final TelegramClient client;
  private final RetryPolicy retry;
  private final TelegramListener listener;
  private final FileDownloads downloads;

  /** Without listener or downloads (tests). */
  public TelegramBotApi(TelegramClient client, RetryPolicy retry) {
    this(client, retry, TelegramListener.NONE, null);
  }

  /**
   * @param listener told each call's time, each failed attempt and each 429 wait
   * @param downloads fetches the files users send (null: none can be downloaded)
   */
  TelegramBotApi(
      TelegramClient client,
      RetryPolicy retry,
      TelegramListener listener,
      FileDownloads downloads) {
    this.client = client;
    this.retry = retry;
    this.listener = listener;
    this.downloads = downloads;
  }

  @Override
  public User me() {
    return call("getMe", () -> client.execute(new GetMe()));
  }

  @Override
  public void setCommands(List<BotCommand> commands) {
    call("setMyCommands", () -> client.execute(new SetMyCommands(commands)));
  }

  @Override
  public int send(Outgoing m) {
    try {
      return call("sendMessage", () -> client.execute(message(m, true))).getMessageId();
    } catch (BotApiException e) {
      if (e.code() != 400 || !e.getMessage().contains("can't parse entities")) {
        throw e;
      }
      log.warn(
          "Telegram refused the HTML of a reply ({}); sending it as plain text", e.getMessage());
      Outgoing plain =
          new Outgoing(m.chatId(), Html.toPlainText(m.html()), m.keyboard(), m.replyTo());
      return call("sendMessage", () -> client.execute(message(plain, false))).getMessageId();
    }
  }

  private static SendMessage message(Outgoing m, boolean html) {
    SendMessage.SendMessageBuilder<?, ?> b =
        SendMessage.builder().chatId(m.chatId()).text(m.html()).disableWebPagePreview(true);
    if (html) {
      b.parseMode("HTML");
    }
    if (m.keyboard() != null) {
      b.replyMarkup(m.keyboard());
    }
    if (m.replyTo() != null) {
      b.replyToMessageId(m.replyTo()).allowSendingWithoutReply(true);
    }
    return b.build();
  }

  @Override
  public void edit(long chatId, int messageId, String html, InlineKeyboardMarkup keyboard) {
    EditMessageText.EditMessageTextBuilder<?, ?> b =
        EditMessageText.builder()
            .chatId(chatId)
            .messageId(messageId)
            .text(html)
            .parseMode("HTML")
            .disableWebPagePreview(true);
    if (keyboard != null) {
      b.replyMarkup(keyboard);
    }
    try {
      call("editMessageText", () -> client.execute(b.build()));
    } catch (BotApiException e) {
      if (!e.getMessage().contains("message is not modified")) {
        throw e;
      }
    }
  }

  @Override
  public boolean isChatAdmin(long chatId, long userId) {
    if (chatId > 0) {
      return chatId == userId; // a private chat's id is its user's id
    }
    ChatMember m =
        call(
            "getChatMember",
            () -> client.execute(GetChatMember.builder().chatId(chatId).userId(userId).build()));
    return ADMIN_STATUSES.contains(m.getStatus());
  }

  @Override
  public void answerCallback(String callbackId, String text) {
    AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> b =
        AnswerCallbackQuery.builder().callbackQueryId(callbackId);
    if (text != null) {
      b.text(text);
    }
    call("answerCallbackQuery", () -> client.execute(b.build()));
  }

  @Override
  public void typing(long chatId) {
    try {
      client.execute(
          SendChatAction.builder().chatId(chatId).action(ActionType.TYPING.toString()).build());
    } catch (TelegramApiException e) {
      // NOTE: DEBUG on purpose: the reply that follows goes to the same server, and its failure
      // (retried, then given up) is logged at WARN and ERROR; a missing indicator alone costs
      // nothing.
      log.debug("typing indicator not shown: {}", describe(e));
    }
  }

  @Override
  public TelegramFile file(String fileId) {
    var f = call("getFile", () -> client.execute(GetFile.builder().fileId(fileId).build()));
    return new TelegramFile(fileId, f.getFilePath(), f.getFileSize() == null ? 0 : f.getFileSize());
  }

  @Override
  public void download(TelegramFile file, Path target, long maxBytes) {
    if (downloads == null || file.path() == null) {
      throw new BotApiException("file download is not available", 0);
    }
    long t0 = System.nanoTime();
    boolean ok = false;
    try {
      downloads.download(file.path(), target, maxBytes);
      ok = true;
    } catch (IOException e) {
      String why = e.getMessage() == null || e.getMessage().contains("/bot") ? "" : e.getMessage();
      throw new BotApiException(
          "downloading a file failed: " + e.getClass().getSimpleName() + " " + why, 0);
    } finally {
      listener.called("downloadFile", System.nanoTime() - t0, ok);
    }
  }

  /** Runs {@code action}, retrying as {@link RetryPolicy} says. */
  private <T> T call(String method, Callable<T> action) {
    long t0 = System.nanoTime();
    boolean ok = false;
    try {
      T result = attempt(method, action);
      ok = true;
      return result;
    } finally {
      listener.called(method, System.nanoTime() - t0, ok);
    }
  }

  private <T> T attempt(String method, Callable<T> action) {
    long deadline = System.nanoTime() + retry.giveUpAfter().toNanos();
    for (int attempt = 1; ; attempt++) {
      Duration wait;
      try {
        return action.call();
      } catch (TelegramApiRequestException e) {
        int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
        if (code == 429) {
          Integer after = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
          wait = retry.retryAfter(after);
          listener.failed(method, TelegramListener.Failure.RATE_LIMITED);
          listener.rateLimited(method, wait);
          log.warn("{}: Telegram asks to slow down; retrying in {} s", method, wait.toSeconds());
        } else if (code >= 500 || code == 0) {
          wait = retry.backoff(attempt);
          listener.failed(
              method,
              code == 0
                  ? TelegramListener.Failure.UNREACHABLE
                  : TelegramListener.Failure.SERVER_ERROR);
          log.warn(
              "{}: Bot API error ({}); retry {} in {} ms",
              method,
              describe(e),
              attempt,
              wait.toMillis());
        } else {
          listener.failed(method, TelegramListener.Failure.REFUSED);
          throw new BotApiException(method + " refused: " + describe(e), code);
        }
      } catch (TelegramApiException e) {
        listener.failed(method, TelegramListener.Failure.UNREACHABLE);
        if (stopping(e)) {
          // The client was closed (the bot is stopping) or this thread was told to stop: retrying
          // cannot succeed, and a shutdown waits for this thread.
          Thread.currentThread().interrupt();
          throw new BotApiException(method + " not sent: the bot is stopping", 0);
        }
        wait = retry.backoff(attempt);
        log.warn(
            "{}: Bot API unreachable ({}); retry {} in {} ms",
            method,
            describe(e),
            attempt,
            wait.toMillis());
      } catch (Exception e) {
        throw new IllegalStateException(method + " failed: " + e.getClass().getSimpleName(), e);
      }
      if (System.nanoTime() + wait.toNanos() > deadline) {
        throw new BotApiException(method + " still failing after " + retry.giveUpAfter(), 0);
      }
      sleep(wait);
    }
  }

  /**
   * True when {@code e} comes from the bot's own stopping: the HTTP client's threads were shut down
   * (a rejected execution) or the calling thread was interrupted. A time-out is not stopping.
   */
  static boolean stopping(TelegramApiException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.util.concurrent.RejectedExecutionException
          || t instanceof InterruptedException) {
        return true;
      }
    }
    return Thread.currentThread().isInterrupted();
  }

  /** A cause without URLs: Telegram's description, or the exception kinds of the chain. */
  static String describe(TelegramApiException e) {
    if (e instanceof TelegramApiRequestException r && r.getApiResponse() != null) {
      return "[" + r.getErrorCode() + "] " + r.getApiResponse();
    }
    StringBuilder sb = new StringBuilder();
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (!sb.isEmpty()) {
        sb.append(" / ");
      }
      sb.append(t.getClass().getSimpleName());
      if (t instanceof IOException && t.getMessage() != null && !t.getMessage().contains("/bot")) {
        sb.append(": ").append(t.getMessage());
      }
    }
    return sb.isEmpty() ? e.getClass().getSimpleName() : sb.toString();
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BotApiException("interrupted while waiting to retry", 0);
    }
  }
}
