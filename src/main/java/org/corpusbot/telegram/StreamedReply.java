package org.corpusbot.telegram;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.corpusbot.answer.Answer;
import org.corpusbot.retrieval.Futures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An answer shown while it is written. The model's thread only {@link #record}s the checked text so
 * far; the chat's worker, in {@link #await}, sends the first text as a message and edits it with
 * the latest text at most once per {@code minGapMillis}, then {@link #finish} replaces it with the
 * final answer, its sources and buttons (continuing in new messages past Telegram's length limit).
 * So a slow Telegram (a 429 that asks to wait) never holds up the model's stream, whose deadline
 * would then end the answer as if the model had failed.
 *
 * <p>{@link #record} is thread-safe; the other methods belong to the chat's worker.
 */
final class StreamedReply {
  private static final Logger log = LoggerFactory.getLogger(StreamedReply.class);
  static final String WRITING = " …";

  private final Replies replies;
  private final Incoming in;
  private final long minGapNanos;
  private final MessageSplitter splitter = new MessageSplitter();
  private final Object lock = new Object();
  private String latest; // guarded by lock
  private boolean done; // guarded by lock
  private Integer messageId;
  private String shown;
  private long shownAt;
  private boolean broken;
  private int edits;

  StreamedReply(Replies replies, Incoming in, long minGapMillis) {
    this.replies = replies;
    this.in = in;
    this.minGapNanos = TimeUnit.MILLISECONDS.toNanos(minGapMillis);
  }

  /** The checked answer so far (plain text); called on the model's thread, never blocks. */
  void record(String text) {
    synchronized (lock) {
      latest = text;
      lock.notifyAll();
    }
  }

  /**
   * Shows the recorded text while {@code answer} is composed, and returns the answer. Interrupted
   * (the bot is stopping), it gives up with a {@link BotApiException} so that the update stays
   * pending; a failure of the composer is rethrown.
   */
  Answer await(CompletableFuture<Answer> answer) {
    answer.whenComplete(
        (a, e) -> {
          synchronized (lock) {
            done = true;
            lock.notifyAll();
          }
        });
    try {
      for (String text = next(); text != null; text = next()) {
        show(text);
      }
      return Futures.join(answer);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      answer.cancel(true);
      throw new BotApiException("interrupted while composing: the bot is stopping", 0);
    }
  }

  /** Waits for text worth showing now; null once the answer is ready. */
  private String next() throws InterruptedException {
    synchronized (lock) {
      while (!done) {
        long wait = minGapNanos;
        if (latest != null && !broken && !latest.equals(shown)) {
          wait = messageId == null ? 0 : shownAt + minGapNanos - System.nanoTime();
          if (wait <= 0) {
            return latest;
          }
        }
        TimeUnit.NANOSECONDS.timedWait(lock, wait);
      }
      return null;
    }
  }

  private void show(String text) {
    String html = Html.escape(cut(text)) + WRITING;
    try {
      if (messageId == null) {
        messageId = replies.send(in, html, null);
      } else {
        replies.api().edit(in.chatId(), messageId, html, null);
        edits++;
      }
      shown = text;
      shownAt = System.nanoTime();
    } catch (RuntimeException e) {
      if (e instanceof BotApiException b && b.code() == 0) {
        throw e; // unreachable for good, or stopping: the update stays pending
      }
      broken = true; // the final answer still comes, as a new message if need be
      log.warn("Chat {}: showing a partial answer failed", in.chatId(), e);
    }
  }

  /** Shows the final answer: in place of the partial one when there is one. */
  void finish(AnswerView.Rendered r) {
    if (messageId == null) {
      replies.send(in, r.html(), r.keyboard());
      return;
    }
    List<String> parts = splitter.split(r.html());
    try {
      replies
          .api()
          .edit(in.chatId(), messageId, parts.get(0), parts.size() == 1 ? r.keyboard() : null);
      edits++;
    } catch (RuntimeException e) {
      if (e instanceof BotApiException b && b.code() == 0) {
        throw e;
      }
      log.warn(
          "Chat {}: finishing a streamed answer in place failed; sending it anew", in.chatId(), e);
      replies.send(in, r.html(), r.keyboard());
      return;
    }
    if (parts.size() > 1) {
      String rest = String.join("\n", parts.subList(1, parts.size()));
      replies.send(in.chatId(), null, rest, r.keyboard());
    }
  }

  int edits() {
    return edits;
  }

  /** A partial answer never needs more than one message. */
  private static String cut(String text) {
    int max = MessageSplitter.LIMIT - 200;
    return text.length() <= max ? text : text.substring(0, max);
  }
}
