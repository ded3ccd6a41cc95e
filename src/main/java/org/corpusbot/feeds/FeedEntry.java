package org.corpusbot.feeds;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.corpusbot.ingest.FeedAdmin;

/**
 * One feed's state, as persisted in {@code feeds/feeds.json}: what the next conditional request
 * sends, which items were already taken (item key to a fingerprint of the version taken, the
 * {@value #SEEN_LIMIT} most recent kept), and how polling went. Guarded by its own monitor; the
 * fields are package-private for Jackson only.
 */
final class FeedEntry {
  static final int SEEN_LIMIT = 5_000;

  /** Held while the feed is polled: one poll of a feed at a time. Not persisted. */
  final transient java.util.concurrent.locks.ReentrantLock polling =
      new java.util.concurrent.locks.ReentrantLock();

  String url;
  boolean addedByAdmin;
  String title;
  String etag;
  String lastModified;
  Instant lastFetch;
  Instant lastSuccess;
  String lastError;
  int failuresInARow;
  int articles;
  LinkedHashMap<String, String> seen = new LinkedHashMap<>();

  /** For Jackson. */
  FeedEntry() {}

  FeedEntry(String url, boolean addedByAdmin) {
    this.url = url;
    this.addedByAdmin = addedByAdmin;
  }

  synchronized boolean taken(String key, String fingerprint) {
    return fingerprint.equals(seen.get(key));
  }

  /** True when an item of this key was taken, whatever its version. */
  synchronized boolean knows(String key) {
    return seen.containsKey(key);
  }

  synchronized void take(String key, String fingerprint) {
    seen.remove(key);
    seen.put(key, fingerprint);
    var it = seen.entrySet().iterator();
    while (seen.size() > SEEN_LIMIT && it.hasNext()) {
      it.next();
      it.remove();
    }
  }

  synchronized void fetched(Instant at, String title, String etag, String lastModified, int added) {
    lastFetch = at;
    lastSuccess = at;
    lastError = null;
    failuresInARow = 0;
    this.title = title != null ? title : this.title;
    this.etag = etag;
    this.lastModified = lastModified;
    articles += added;
  }

  synchronized void failed(Instant at, String why) {
    lastFetch = at;
    lastError = why;
    failuresInARow++;
  }

  synchronized FeedAdmin.Status status() {
    return new FeedAdmin.Status(
        url, title, lastFetch, lastSuccess, articles, failuresInARow, lastError, !addedByAdmin);
  }

  /** A copy to write out while polling goes on. */
  synchronized FeedEntry copy() {
    FeedEntry c = new FeedEntry(url, addedByAdmin);
    c.title = title;
    c.etag = etag;
    c.lastModified = lastModified;
    c.lastFetch = lastFetch;
    c.lastSuccess = lastSuccess;
    c.lastError = lastError;
    c.failuresInARow = failuresInARow;
    c.articles = articles;
    c.seen = new LinkedHashMap<>(seen);
    return c;
  }

  synchronized Map<String, String> conditions() {
    Map<String, String> m = new java.util.HashMap<>();
    m.put("etag", etag);
    m.put("lastModified", lastModified);
    return m;
  }
}
