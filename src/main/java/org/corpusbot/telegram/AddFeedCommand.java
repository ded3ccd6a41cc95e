package org.corpusbot.telegram;

import org.corpusbot.corpus.Urls;
import org.corpusbot.ingest.FeedAdmin;

/** {@code /addfeed URL} (admins): follows a feed from now on, polling it at once. */
final class AddFeedCommand implements Command {
  private final FeedAdmin feeds;
  private final Replies replies;

  AddFeedCommand(FeedAdmin feeds, Replies replies) {
    this.feeds = feeds;
    this.replies = replies;
  }

  @Override
  public String name() {
    return "addfeed";
  }

  @Override
  public String description() {
    return "Follow a feed (RSS, Atom, JSON Feed): /addfeed URL (admins)";
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
    if (!Urls.isWebUrl(url) || url.contains(" ")) {
      replies.text(
          in, "Send /addfeed with the feed's address, e.g. /addfeed https://example.com/rss");
      return;
    }
    replies.text(in, "Fetching the feed…");
    FeedAdmin.Status s = feeds.add(url);
    replies.send(
        in,
        s.lastError() == null
            ? "Following "
                + name(s)
                + ": "
                + s.articles()
                + " articles so far. /feeds lists them all."
            : "Added "
                + name(s)
                + ", but its first fetch failed: "
                + Html.escape(s.lastError())
                + ". I keep trying; /feeds shows how it goes, /removefeed stops it.",
        null);
  }

  private static String name(FeedAdmin.Status s) {
    return s.title() == null
        ? Html.escape(FeedsCommand.shown(s.url()))
        : "<b>" + Html.escape(s.title()) + "</b>";
  }
}
