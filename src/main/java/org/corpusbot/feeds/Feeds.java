package org.corpusbot.feeds;

import io.github.resilience4j.core.IntervalFunction;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.Urls;
import org.corpusbot.ingest.FeedAdmin;
import org.corpusbot.ingest.Ingest;
import org.corpusbot.ingest.Ingested;
import org.corpusbot.ingest.Links;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feeds and links: owns the fetcher and the polling threads ({@code corpusbot-feeds-N}), polls
 * each feed every {@code feeds.interval} (after a failure, later and later: exponential back-off
 * with jitter, up to {@value #MAX_BACKOFF_HOURS} h), one poll per feed at a time, every feed on its
 * own schedule so one feed's failure or slowness never holds up another. Thread-safe.
 */
public final class Feeds implements FeedAdmin, Links, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Feeds.class);
  private static final int MAX_BACKOFF_HOURS = 6;

  private final FeedSettings settings;
  private final SafeFetcher fetcher;
  private final Ingest ingest;
  private final FeedStore store;
  private final FeedPoller poller;
  private final ScheduledExecutorService threads;
  private final IntervalFunction backoff;
  private final Map<String, FeedEntry> feeds = new LinkedHashMap<>();
  private final Map<String, ScheduledFuture<?>> scheduled = new LinkedHashMap<>();

  public Feeds(FeedSettings settings, Path dataDir, Ingest ingest) {
    this.settings = settings;
    this.ingest = ingest;
    this.store = new FeedStore(dataDir);
    load(); // NOTE: before any thread exists, so a damaged state file fails the start leaking none
    AtomicInteger n = new AtomicInteger();
    this.threads =
        Executors.newScheduledThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, "corpusbot-feeds-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    boolean success = false;
    try {
      this.fetcher = new SafeFetcher(settings);
      success = true;
    } finally {
      if (!success) {
        threads.shutdownNow();
      }
    }
    this.poller = new FeedPoller(fetcher, ingest, Clock.systemUTC(), this::takenElsewhere);
    this.backoff =
        IntervalFunction.ofExponentialRandomBackoff(
            settings.interval(),
            2.0,
            0.25,
            max(settings.interval(), Duration.ofHours(MAX_BACKOFF_HOURS)));
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** The saved state, the feeds of the settings and those admins added; nothing polled yet. */
  private synchronized void load() {
    Map<String, FeedEntry> saved = new LinkedHashMap<>();
    for (FeedEntry e : store.load()) {
      saved.put(e.url, e);
    }
    for (String url : settings.urls()) {
      FeedEntry e = saved.getOrDefault(url, new FeedEntry(url, false));
      e.addedByAdmin = false;
      feeds.put(url, e);
    }
    saved.values().stream().filter(e -> e.addedByAdmin).forEach(e -> feeds.putIfAbsent(e.url, e));
  }

  private synchronized boolean takenElsewhere(FeedEntry feed, String key) {
    return feeds.values().stream().anyMatch(e -> e != feed && e.knows(key));
  }

  /** Starts polling every feed, the first poll at once. */
  public synchronized void start() {
    feeds.keySet().forEach(url -> schedule(url, Duration.ZERO));
    if (!feeds.isEmpty()) {
      log.info("Polling {} feed(s) every {} s", feeds.size(), settings.interval().toSeconds());
    }
  }

  private synchronized void schedule(String url, Duration delay) {
    if (threads.isShutdown() || !feeds.containsKey(url)) {
      return;
    }
    scheduled.put(
        url,
        threads.schedule(() -> pollAndReschedule(url), delay.toMillis(), TimeUnit.MILLISECONDS));
  }

  private void pollAndReschedule(String url) {
    FeedEntry feed;
    synchronized (this) {
      feed = feeds.get(url);
    }
    if (feed == null) {
      return;
    }
    pollOnce(feed);
    int failures = feed.status().failuresInARow();
    schedule(url, failures == 0 ? settings.interval() : Duration.ofMillis(backoff.apply(failures)));
  }

  /** One poll, never two of one feed at once; the state saved after it. */
  private void pollOnce(FeedEntry feed) {
    feed.polling.lock();
    try {
      try {
        poller.poll(feed);
      } catch (RuntimeException e) {
        feed.failed(Clock.systemUTC().instant(), "internal error: " + e.getClass().getSimpleName());
        log.error("Feed {}: poll failed", SafeFetcher.shown(feed.url), e);
      }
      save();
    } finally {
      feed.polling.unlock();
    }
  }

  private void save() {
    List<FeedEntry> all;
    synchronized (this) {
      all = new ArrayList<>(feeds.values());
    }
    try {
      store.save(all);
    } catch (IOException e) {
      log.warn("Cannot save the feeds' state (ETags, items taken): {}", e.toString());
    }
  }

  /**
   * Polls {@code url} now, off schedule, and returns its status after the poll (the benchmark's way
   * to leave the interval out of a measurement; {@link #add}'s first poll).
   */
  public Status pollNow(String url) {
    FeedEntry feed;
    synchronized (this) {
      feed = feeds.get(url);
    }
    if (feed == null) {
      throw new IllegalArgumentException("no such feed: " + SafeFetcher.shown(url));
    }
    pollOnce(feed);
    return feed.status();
  }

  @Override
  public synchronized List<Status> feeds() {
    return feeds.values().stream().map(FeedEntry::status).toList();
  }

  @Override
  public Status add(String url) {
    String u = url == null ? "" : url.strip();
    if (!Urls.isWebUrl(u)) {
      return new Status(u, null, null, null, 0, 1, "only http and https feeds can be added", false);
    }
    boolean isNew;
    synchronized (this) {
      isNew = !feeds.containsKey(u);
      if (isNew) {
        feeds.put(u, new FeedEntry(u, true));
      }
    }
    if (isNew) {
      log.info("Feed added: {}", SafeFetcher.shown(u));
      save();
    }
    Status s = pollNow(u);
    if (isNew) {
      schedule(
          u,
          s.failuresInARow() == 0
              ? settings.interval()
              : Duration.ofMillis(backoff.apply(s.failuresInARow())));
    }
    return s;
  }

  @Override
  public boolean remove(String url) {
    String u = url == null ? "" : url.strip();
    synchronized (this) {
      FeedEntry e = feeds.get(u);
      if (e == null || !e.addedByAdmin) {
        return false;
      }
      feeds.remove(u);
      ScheduledFuture<?> f = scheduled.remove(u);
      if (f != null) {
        f.cancel(false);
      }
    }
    log.info("Feed removed: {}", SafeFetcher.shown(u));
    save();
    return true;
  }

  @Override
  public CompletableFuture<Ingested> add(String url, String via) {
    return CompletableFuture.supplyAsync(() -> article(url), threads)
        .thenCompose(a -> ingest.add(a, via));
  }

  /** The article at {@code url}, or a CompletionException whose cause speaks to the admin. */
  private Article article(String url) {
    try {
      Fetched page = fetcher.fetch(url, SafeFetcher.Kind.PAGE, null, null);
      Article a = WebArticles.ofPage(page.url().toString(), PageExtractor.page(page));
      if (a == null) {
        throw new FetchException(
            "no article text found at " + SafeFetcher.shown(page.url().toString()));
      }
      return a;
    } catch (FetchException e) {
      log.warn("Link {} not added: {}", SafeFetcher.shown(url == null ? "" : url), e.getMessage());
      throw new CompletionException(e);
    }
  }

  /** Stops polling (a poll under way ends at its next fetch) and closes the fetcher. */
  @Override
  public void close() {
    threads.shutdownNow();
    try {
      if (!threads.awaitTermination(10, TimeUnit.SECONDS)) {
        log.warn("Feed polling did not stop within 10 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      fetcher.close();
    }
  }
}
