package org.corpusbot.telegram;

import java.util.List;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An answer shown while it is written: the first checked text goes out as a message, later text
 * edits it at most once per {@code minGapMillis}, and {@link #finish} replaces it with the final
 * answer, its sources and buttons (continuing in new messages past Telegram's length limit).
 * Progress arrives on the model client's thread, the finish on the chat's: both are serialised
 * here. Thread-safe.
 */
final class StreamedReply {
  private static final Logger log = LoggerFactory.getLogger(StreamedReply.class);
  static final String WRITING = " …";

  private final Replies replies;
  private final Incoming in;
  private final LongSupplier clockMillis;
  private final long minGapMillis;
  private final MessageSplitter splitter = new MessageSplitter();
  private Integer messageId;
  private String shown = "";
  private long lastMillis;
  private boolean finished;
  private int edits;

  StreamedReply(Replies replies, Incoming in, LongSupplier clockMillis, long minGapMillis) {
    this.replies = replies;
    this.in = in;
    this.clockMillis = clockMillis;
    this.minGapMillis = minGapMillis;
  }

  /** The checked answer so far (plain text). */
  synchronized void progress(String text) {
    if (finished || text.equals(shown)) {
      return;
    }
    long now = clockMillis.getAsLong();
    if (messageId != null && now - lastMillis < minGapMillis) {
      return;
    }
    String html = Html.escape(cut(text)) + WRITING;
    try {
      if (messageId == null) {
        messageId = replies.send(in, html, null);
      } else {
        replies.api().edit(in.chatId(), messageId, html, null);
        edits++;
      }
      shown = text;
      lastMillis = now;
    } catch (RuntimeException e) {
      log.debug("Showing a partial answer failed: {}", e.getMessage());
    }
  }

  /** Shows the final answer: in place of the partial one when there is one. */
  synchronized void finish(AnswerView.Rendered r) {
    finished = true;
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
      // The partial message stays; the whole answer follows as a new one.
      log.debug("Finalising a streamed answer in place failed: {}", e.getMessage());
      replies.send(in, r.html(), r.keyboard());
      return;
    }
    if (parts.size() > 1) {
      String rest = String.join("\n", parts.subList(1, parts.size()));
      replies.send(in.chatId(), null, rest, r.keyboard());
    }
  }

  synchronized int edits() {
    return edits;
  }

  /** A partial answer never needs more than one message. */
  private static String cut(String text) {
    int max = MessageSplitter.LIMIT - 200;
    return text.length() <= max ? text : text.substring(0, max);
  }
}
