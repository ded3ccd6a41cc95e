package org.corpusbot.telegram;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.corpusbot.follows.Deliveries;
import org.corpusbot.follows.Deliveries.Delivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what the follows have due (alerts, digests) through the bot's BULK lane of the outgoing
 * queue, so answers to questions always go first and Telegram's limits hold for both. One thread
 * ({@code alert-post}) takes what is due; a few senders ({@code alert-sender-N}) send it, so that
 * one slow chat doesn't hold the rest (the pacer, not the number of senders, sets the pace). A 403
 * pauses the chat's follows; another failure is tried again later. Owns its threads.
 */
final class AlertPost implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(AlertPost.class);
  private static final int SENDERS = 4;

  /** How often due digests are looked for when nothing wakes the post. */
  static final Duration TICK = Duration.ofSeconds(20);

  private final Deliveries deliveries;
  private final AlertView view;
  private final Replies bulk;
  private final Thread post;
  private final ExecutorService senders;
  private volatile boolean closing;

  AlertPost(Deliveries deliveries, AlertView view, BotApi bulkApi) {
    this.deliveries = deliveries;
    this.view = view;
    this.bulk = new Replies(bulkApi);
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
      senders.execute(() -> send(d));
    } catch (RejectedExecutionException e) {
      deliveries.failed(d, false); // closing: it stays in the outbox for the next start
    }
  }

  private void send(Delivery d) {
    try {
      AlertView.Rendered r = view.render(d);
      bulk.send(d.chatId(), null, r.html(), r.keyboard());
      deliveries.sent(d);
    } catch (BotApiException e) {
      boolean blocked = e.code() == 403;
      if (!blocked) {
        log.warn(
            "An alert to chat {} could not be sent ({}); trying again later",
            d.chatId(),
            e.getMessage());
      }
      deliveries.failed(d, blocked);
    } catch (RuntimeException e) {
      log.error("Sending an alert to chat {} failed; trying again later", d.chatId(), e);
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
    senders.shutdown();
    try {
      if (!senders.awaitTermination(5, TimeUnit.SECONDS)) {
        senders.shutdownNow();
      }
      post.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      senders.shutdownNow();
    }
  }
}
