package org.corpusbot.telegram;

import org.corpusbot.ingest.FeedAdmin;

/**
 * {@code /removefeed URL} (admins): stops following a feed an admin added. Its articles stay: they
 * are files in the inbox, and removing them is an operator's decision.
 */
final class RemoveFeedCommand implements Command {
  private final FeedAdmin feeds;
  private final Replies replies;

  RemoveFeedCommand(FeedAdmin feeds, Replies replies) {
    this.feeds = feeds;
    this.replies = replies;
  }

  @Override
  public String name() {
    return "removefeed";
  }

  @Override
  public String description() {
    return "Stop following a feed: /removefeed URL (admins)";
  }

  @Override
  public boolean admin() {
    return true;
  }

  @Override
  public void run(Incoming in, String args) {
    String url = args.strip();
    if (feeds == null) {
      replies.text(in, "Feeds are not enabled on this bot.");
      return;
    }
    if (url.isEmpty()) {
      replies.text(in, "Send /removefeed with the feed's address; /feeds lists them.");
      return;
    }
    boolean fromSettings =
        feeds.feeds().stream().anyMatch(s -> s.url().equals(url) && s.fromSettings());
    if (fromSettings) {
      replies.text(
          in,
          "That feed is listed in the bot's settings (feeds.urls); the operator removes it there.");
      return;
    }
    replies.text(
        in,
        feeds.remove(url)
            ? "Stopped following " + FeedsCommand.shown(url) + ". Its articles stay in the archive."
            : "I don't follow " + FeedsCommand.shown(url) + ". /feeds lists the feeds I follow.");
  }
}
