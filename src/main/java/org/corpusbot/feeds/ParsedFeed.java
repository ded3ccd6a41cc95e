package org.corpusbot.feeds;

import java.util.List;

/** A feed read: its title (null when it has none) and its items, newest first as given. */
public record ParsedFeed(String title, List<FeedItem> items) {
  public ParsedFeed {
    items = List.copyOf(items);
  }
}
