package org.corpusbot.ingest;

import java.time.Instant;
import java.util.List;

/** The feeds polled, as {@code /feeds}, {@code /addfeed} and {@code /removefeed} see them. */
public interface FeedAdmin {
  /** Every feed: those of {@code feeds.urls} and those added by admins. */
  List<Status> feeds();

  /**
   * Adds a feed (persisted in the data folder) and polls it at once; returns its status after that
   * first poll, whose {@code lastError} says what went wrong, if anything.
   */
  Status add(String url);

  /** Stops polling a feed added by an admin; false when no such feed was added. */
  boolean remove(String url);

  /**
   * A feed and how its polling goes.
   *
   * @param title the feed's own title, null until first read
   * @param lastFetch when it was last asked for (null: never)
   * @param lastError why the last poll failed, null when it succeeded
   * @param fromSettings listed in {@code feeds.urls} (removed there, not by {@code /removefeed})
   */
  record Status(
      String url,
      String title,
      Instant lastFetch,
      Instant lastSuccess,
      int articles,
      int failuresInARow,
      String lastError,
      boolean fromSettings) {}
}
