package org.corpusbot.feeds;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The {@code feeds.*} settings.
 *
 * @param urls feeds polled from the start ({@code feeds.urls}); admins may add more
 * @param interval the wait between two polls of one feed that worked
 * @param allowPrivate fetch from private, loopback and link-local addresses too (tests, intranets)
 * @param maxBytes the largest feed or page read; a larger one is cut off with a warning
 * @param timeout the longest one fetch may take, redirects and body included
 */
public record FeedSettings(
    List<String> urls, Duration interval, boolean allowPrivate, long maxBytes, Duration timeout) {
  public static final FeedSettings DEFAULTS =
      new FeedSettings(List.of(), Duration.ofMinutes(5), false, 10L << 20, Duration.ofSeconds(20));

  public FeedSettings {
    urls = List.copyOf(urls);
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(timeout, "timeout");
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("feeds.interval must be at least 1 second");
    }
    if (maxBytes < 1024) {
      throw new IllegalArgumentException("feeds.max-mb must be at least 1");
    }
  }

  /** As these, with {@code allowPrivate} as given (tests against a loopback server). */
  public FeedSettings withAllowPrivate(boolean allow) {
    return new FeedSettings(urls, interval, allow, maxBytes, timeout);
  }

  public FeedSettings withUrls(List<String> feeds) {
    return new FeedSettings(feeds, interval, allowPrivate, maxBytes, timeout);
  }
}
