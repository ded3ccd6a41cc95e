package org.corpusbot.feeds;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.HtmlArticle;
import org.corpusbot.ingest.Ingest;
import org.corpusbot.ingest.Ingested;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll of one feed: a conditional GET, then each item not taken before (or changed since: its
 * date or content differs) fetched from its page, made an article and handed to {@link Ingest}. An
 * item is marked taken only once it is indexed, so one that failed is tried again at the next poll.
 * A page that cannot be had leaves the feed's own text; a feed that cannot be had is one warning
 * and a failure counted for the back-off. Not thread-safe per feed: {@link Feeds} runs one poll of
 * a feed at a time.
 */
final class FeedPoller {
  private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

  /** The longest wait for one poll's articles to be indexed before the poll gives up on them. */
  private static final long INDEX_WAIT_MINUTES = 10;

  private final SafeFetcher fetcher;
  private final Ingest ingest;
  private final Clock clock;
  private final java.util.function.BiPredicate<FeedEntry, String> takenElsewhere;

  /**
   * @param takenElsewhere whether a feed other than the one given has taken an item of this key: a
   *     page reached through two feeds is taken once, from the first (a second copy would only put
   *     the other feed's teaser over the page's text when its URL variant cannot be had)
   */
  FeedPoller(
      SafeFetcher fetcher,
      Ingest ingest,
      Clock clock,
      java.util.function.BiPredicate<FeedEntry, String> takenElsewhere) {
    this.takenElsewhere = takenElsewhere;
    this.fetcher = fetcher;
    this.ingest = ingest;
    this.clock = clock;
  }

  /** Polls {@code feed}; true when it worked (its state says how, either way). */
  boolean poll(FeedEntry feed) {
    Map<String, String> c = feed.conditions();
    String shown = SafeFetcher.shown(feed.url);
    try {
      Fetched got =
          fetcher.fetch(feed.url, SafeFetcher.Kind.FEED, c.get("etag"), c.get("lastModified"));
      if (got.notModified()) {
        feed.fetched(clock.instant(), null, c.get("etag"), c.get("lastModified"), 0);
        return true;
      }
      ParsedFeed parsed = FeedParser.parse(got);
      String title =
          parsed.title() != null ? parsed.title() : org.corpusbot.corpus.Urls.host(feed.url);
      int added = take(feed, parsed, title, shown);
      feed.fetched(clock.instant(), parsed.title(), got.etag(), got.lastModified(), added);
      return true;
    } catch (FetchException e) {
      feed.failed(clock.instant(), e.getMessage());
      log.warn("Feed {}: {}", shown, e.getMessage());
      return false;
    }
  }

  private record Pending(String key, String fingerprint, CompletableFuture<Ingested> done) {}

  /** Ingests the new items, oldest first; the number indexed as new or updated. */
  private int take(FeedEntry feed, ParsedFeed parsed, String title, String shown) {
    List<Pending> pending = new ArrayList<>();
    List<FeedItem> items = new ArrayList<>(parsed.items());
    java.util.Collections.reverse(items);
    for (FeedItem item : items) {
      String key = item.key();
      String fingerprint = fingerprint(item);
      if (key == null || feed.taken(key, fingerprint)) {
        continue;
      }
      if (!feed.knows(key) && takenElsewhere.test(feed, key)) {
        feed.take(key, fingerprint); // the same page through another feed: indexed once
        continue;
      }
      Article a = WebArticles.ofItem(item, title, page(item, shown));
      if (a == null) {
        log.warn(
            "Feed {}: item '{}' has no text, neither on its page nor in the feed; skipped",
            shown,
            LogSafe.line(item.title()));
        feed.take(key, fingerprint);
        continue;
      }
      pending.add(new Pending(key, fingerprint, ingest.add(a, "feed " + shown)));
    }
    return settle(feed, pending, shown);
  }

  private int settle(FeedEntry feed, List<Pending> pending, String shown) {
    int added = 0;
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(INDEX_WAIT_MINUTES);
    for (Pending p : pending) {
      try {
        Ingested done =
            p.done().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        feed.take(p.key(), p.fingerprint());
        added +=
            (int)
                done.items().stream()
                    .filter(
                        i ->
                            i.outcome() == Ingested.Outcome.ADDED
                                || i.outcome() == Ingested.Outcome.UPDATED)
                    .count();
      } catch (ExecutionException e) {
        log.warn(
            "Feed {}: an item could not be indexed; tried again at the next poll",
            shown,
            e.getCause());
      } catch (TimeoutException e) {
        log.warn(
            "Feed {}: indexing took over {} min; the rest is tried again at the next poll",
            shown,
            INDEX_WAIT_MINUTES);
        break;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return added;
  }

  /** The item's page, or null (logged once) when it cannot be had. */
  private HtmlArticle page(FeedItem item, String shown) {
    if (item.url() == null) {
      return null;
    }
    try {
      return PageExtractor.page(fetcher.fetch(item.url(), SafeFetcher.Kind.PAGE, null, null));
    } catch (FetchException e) {
      log.warn(
          "Feed {}: page of '{}' not read ({}); the feed's own text is used",
          shown,
          LogSafe.line(item.title()),
          e.getMessage());
      return null;
    }
  }

  /** The version of an item: a new date or new content makes it new again (a correction). */
  private static String fingerprint(FeedItem item) {
    String text =
        (item.title() == null ? "" : item.title())
            + "\n"
            + (item.html() == null ? "" : item.html());
    return item.published() + " " + WebArticles.hex(text).substring(0, 16);
  }
}
