package org.corpusbot.feeds;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a feed, as the feed gives it.
 *
 * @param url the item's page, absolute (null when the item links nowhere)
 * @param guid the feed's own id for it (null: none)
 * @param published when it was published or last updated, null when the feed does not say
 * @param html its content as the feed gives it: {@code content:encoded}, Atom content, JSON Feed
 *     {@code content_html}, else the summary (HTML; null when there is none)
 */
public record FeedItem(
    String url, String guid, String title, Instant published, List<String> authors, String html) {
  public FeedItem {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  /** What tells this item from the others of its feed: its URL, else its guid. */
  String key() {
    return url != null ? org.corpusbot.corpus.Urls.canonical(url) : guid;
  }
}
