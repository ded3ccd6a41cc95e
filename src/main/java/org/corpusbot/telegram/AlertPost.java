package org.corpusbot.telegram;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongUnaryOperator;
import java.util.regex.Pattern;
import org.corpusbot.follows.Deliveries;
import org.corpusbot.follows.Deliveries.Delivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the follows have due (alerts, digests) through the bot's BULK lane of the outgoing
 * queue, so answers to questions always go first and Telegram's limits hold for both. One thread
 * ({@code alert-post}) takes what is due; a few senders ({@code alert-sender-N}) send it, so that
 * one slow chat doesn't hold the rest (the pacer, not the number of senders, sets the pace). A
 * delivery to a chat at its own limit (a group's 20 a minute) waits on {@code alert-later}, not on
 * a sender: blocked inside the pacer it would hold a sender for up to a minute, and four such
 * groups would hold every private chat's alerts behind them. A 403 pauses the chat's follows;
 * another failure is tried again later. Owns its threads.
 *
 * <p>A sender takes its chat's slot in the same step as it checks for room ({@link
 * PacedBotApi#sendWithin}): an answer in a busy group can take the room the post saw a moment
 * before, and the alert then goes back to {@code alert-later} rather than wait in the pacer. NOTE:
 * only the first message is sent so; the rare delivery longer than one message (a digest whose
 * follows' names alone fill one) waits in the pacer for the rest, which a part already sent makes
 * the lesser harm.
 */
final class AlertPost implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(AlertPost.class);
  private static final int SENDERS = 4;

  /** A chat this close to its next slot is sent to at once (a sender waits that long at most). */
  private static final long NEAR_NANOS = TimeUnit.MILLISECONDS.toNanos(300);

  /** How often due digests are looked for when nothing wakes the post. */
  static final Duration TICK = Duration.ofSeconds(20);

  private static final Pattern CHAT_GONE =
      Pattern.compile(
          "(?i)chat not found|peer_id_invalid|upgraded to a supergroup|bot is not a member");

  private final Deliveries deliveries;
  private final AlertView view;
  private final PacedBotApi bulk;
  private final Replies replies;
  private final Thread post;
  private final ExecutorService senders;
  private final ScheduledExecutorService later;
  private final LongUnaryOperator chatNanos;
  private volatile boolean closing;

  /**
   * @param chatNanos nanoseconds until a chat is within its own send limits ({@link
   *     SendPacer#chatNanos})
   */
  AlertPost(
      Deliveries deliveries, AlertView view, PacedBotApi bulkApi, LongUnaryOperator chatNanos) {
    this.deliveries = deliveries;
    this.chatNanos = chatNanos;
    this.later = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "alert-later"));
    this.view = view;
    this.bulk = bulkApi;
    this.replies = new Replies(bulkApi);
    AtomicInteger n = new AtomicInteger();
    this.senders =
        Executors.newFixedThreadPool(
            SENDERS, r -> new Thread(r, "alert-sender-" + n.incrementAndGet()));
    this.post = new Thread(this::run, "alert-post");
  }

  void start() {
    post.start();
  }

  private void run() {
    while (!closing) {
      try {
        List<Delivery> due = deliveries.due(TICK);
        for (Delivery d : due) {
          submit(d);
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        log.error("Looking for alerts to send failed; trying again in {} s", TICK.toSeconds(), e);
        sleep();
      }
    }
  }

  private void submit(Delivery d) {
    try {
      long wait = chatNanos.applyAsLong(d.chatId());
      if (wait > NEAR_NANOS) { // a cheap first look; the sender checks again as it takes the slot
        defer(d, wait);
      } else {
        senders.execute(() -> send(d));
      }
    } catch (RejectedExecutionException e) {
      deliveries.failed(d, false); // closing: it stays in the outbox for the next start
    }
  }

  private void defer(Delivery d, long nanos) {
    try {
      later.schedule(() -> submitLater(d), nanos, TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      deliveries.failed(d, false); // closing: it stays in the outbox for the next start
    }
  }

  /** On {@code alert-later}, whose scheduled tasks would keep a failure to themselves. */
  private void submitLater(Delivery d) {
    try {
      submit(d);
    } catch (RuntimeException e) {
      log.error(
          "An alert to chat {} could not be handed to a sender; trying again later", d.chatId(), e);
      deliveries.failed(d, false);
    }
  }

  private void send(Delivery d) {
    AlertView.Rendered r;
    try {
      r = view.render(d);
    } catch (RuntimeException e) {
      log.error("An alert to chat {} cannot be shown; it is dropped", d.chatId(), e);
      deliveries.refused(d);
      return;
    }
    try {
      List<Outgoing> parts = replies.messages(d.chatId(), null, r.html(), r.keyboard());
      for (int i = 0; i < parts.size(); i++) {
        if (i == 0) {
          bulk.sendWithin(parts.get(0), NEAR_NANOS);
        } else {
          bulk.send(parts.get(i));
        }
      }
    } catch (PacedBotApi.ChatBusy busy) {
      defer(d, busy.nanos()); // an answer took the room the post saw: nothing was sent
      return;
    } catch (BotApiException e) {
      failed(d, e);
      return;
    }
    try {
      deliveries.sent(d);
    } catch (RuntimeException e) {
      // NOTE: it went out; unrecorded, it goes out again after a restart (the outbox's one window).
      log.error("An alert to chat {} was sent but could not be recorded as sent", d.chatId(), e);
    }
  }

  /**
   * 403 (blocked, removed) or a chat that is gone (400 "chat not found", a group upgraded to a
   * supergroup) pauses the chat; another refusal drops this delivery; no answer at all (code 0:
   * unreachable past the retries, or stopping) tries again later.
   */
  private void failed(Delivery d, BotApiException e) {
    String why = String.valueOf(e.getMessage());
    if (closing) {
      deliveries.failed(d, false); // stopping: it stays in the outbox for the next start
      return;
    }
    if (e.code() == 403 || e.code() == 400 && CHAT_GONE.matcher(why).find()) {
      deliveries.failed(d, true);
    } else if (e.code() > 0) {
      log.warn(
          "Telegram refused an alert to chat {} for good ({}); it is dropped", d.chatId(), why);
      deliveries.refused(d);
    } else {
      log.warn("An alert to chat {} could not be sent ({}); trying again later", d.chatId(), why);
      deliveries.failed(d, false);
    }
  }

  private void sleep() {
    try {
      Thread.sleep(TICK.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closing = true;
    }
  }

  @Override
  public void close() {
    closing = true;
    post.interrupt();
    later.shutdownNow(); // what was not sent stays in the outbox for the next start
    senders.shutdownNow();
    try {
      if (!later.awaitTermination(1, TimeUnit.SECONDS)
          || !senders.awaitTermination(5, TimeUnit.SECONDS)) {
        log.warn("Alert senders still busy 5 s after the bot began stopping");
      }
      post.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      senders.shutdownNow();
    }
  }
}
