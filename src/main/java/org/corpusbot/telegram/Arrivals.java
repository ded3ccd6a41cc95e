package org.corpusbot.telegram;

import org.corpusbot.ingest.FeedAdmin;
import org.corpusbot.ingest.Ingest;
import org.corpusbot.ingest.Links;

/**
 * The ways in that admins use from Telegram: documents they send ({@code ingest}), links ({@code
 * links}) and feeds ({@code feeds}). Any may be null when the deployment does not offer it (a
 * benchmark, a read-only index); the bot then says so instead of adding.
 */
public record Arrivals(Ingest ingest, Links links, FeedAdmin feeds) {
  public static final Arrivals NONE = new Arrivals(null, null, null);
}
