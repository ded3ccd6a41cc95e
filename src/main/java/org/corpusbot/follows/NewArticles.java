package org.corpusbot.follows;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.corpusbot.retrieval.FreshArticle;
import org.corpusbot.retrieval.FreshArticles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Matches the articles indexed since the last match against the active follows, on its own thread
 * ({@code follow-matcher}), when told the index changed. Alerts reach the durable outbox before the
 * watermark of matched articles moves, so a crash in between matches those articles again and the
 * outbox drops the repeats. A follow fires only on articles that arrived after it was made. Owns
 * its thread.
 */
final class NewArticles implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(NewArticles.class);
  private static final int BATCH = 50;

  private final FollowBook book;
  private final Outbox outbox;
  private final Matching matching;
  private final FreshArticles fresh;
  private final Clock clock;
  private final Runnable onAlerts;
  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "follow-matcher"));
  private final AtomicBoolean queued = new AtomicBoolean();
  private Matching.Matcher matcher; // only on the thread
  private long matcherVersion = -1;

  /** {@code onAlerts} is told when new alerts are in the outbox. */
  NewArticles(
      FollowBook book,
      Outbox outbox,
      Matching matching,
      FreshArticles fresh,
      Clock clock,
      Runnable onAlerts) {
    this.book = book;
    this.outbox = outbox;
    this.matching = matching;
    this.fresh = fresh;
    this.clock = clock;
    this.onAlerts = onAlerts;
  }

  /** Asks for a match after any going (at most one waits). Cheap; never throws. */
  void indexChanged() {
    if (queued.compareAndSet(false, true)) {
      try {
        thread.execute(this::matchNew);
      } catch (RejectedExecutionException e) {
        queued.set(false); // closing
      }
    }
  }

  private void matchNew() {
    queued.set(false);
    try {
      int alerts = 0;
      while (!Thread.currentThread().isInterrupted()) {
        List<Follow> active = book.active();
        if (active.isEmpty()) {
          book.matchedThrough(fresh.lastArrival()); // nothing can fire on what arrived
          return;
        }
        // NOTE: nothing at or before the oldest follow's start can fire: it is not even read.
        long from = Math.max(book.matchedThrough(), oldestSince(active));
        List<FreshArticle> batch = fresh.since(from, BATCH);
        if (batch.isEmpty()) {
          break;
        }
        alerts += match(batch);
        book.matchedThrough(batch.get(batch.size() - 1).arrival());
      }
      if (alerts > 0) {
        log.info("{} new alerts", alerts);
        onAlerts.run();
      }
    } catch (RuntimeException e) {
      log.error(
          "Matching new articles against the follows failed; tried again after the next"
              + " indexing run",
          e);
    }
  }

  private static long oldestSince(List<Follow> active) {
    return active.stream().mapToLong(Follow::since).min().orElse(0);
  }

  /** Matches a batch and records its alerts; returns how many were new. */
  private int match(List<FreshArticle> batch) {
    if (matcher == null || matcherVersion != book.version()) {
      matcherVersion = book.version();
      matcher = matching.over(book.active());
    }
    List<Alert> alerts = new ArrayList<>();
    Instant now = clock.instant();
    for (FreshArticle a : batch) {
      try {
        for (Match m : matcher.match(a)) {
          if (m.follow().since() < a.arrival()) {
            alerts.add(Alert.of(m, a, now));
          }
        }
      } catch (RuntimeException e) {
        // One article that cannot be matched (a damaged annotation, say) must not stop alerts for
        // everyone: it is skipped, and the watermark moves past it.
        log.error("Matching article {} against the follows failed; it is skipped", a.id(), e);
      }
    }
    return alerts.isEmpty() ? 0 : outbox.offer(alerts).size();
  }

  @Override
  public void close() {
    thread.shutdownNow();
    try {
      if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
        log.warn("Matching did not stop within 10 s; closing the follows under it");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
