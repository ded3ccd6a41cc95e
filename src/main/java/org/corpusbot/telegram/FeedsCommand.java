package org.corpusbot.telegram;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.corpusbot.ingest.FeedAdmin;

/** {@code /feeds}: the feeds the bot follows, when each was last fetched and what went wrong. */
final class FeedsCommand implements Command {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final FeedAdmin feeds;
  private final Replies replies;

  FeedsCommand(FeedAdmin feeds, Replies replies) {
    this.feeds = feeds;
    this.replies = replies;
  }

  @Override
  public String name() {
    return "feeds";
  }

  @Override
  public String description() {
    return "The news feeds I follow, with their last fetch";
  }

  @Override
  public void run(Incoming in, String args) {
    if (feeds == null) {
      replies.text(in, "This bot follows no feeds.");
      return;
    }
    replies.send(in, html(feeds.feeds()), null);
  }

  static String html(List<FeedAdmin.Status> all) {
    if (all.isEmpty()) {
      return "I follow no feeds yet. Admins add one with /addfeed URL.";
    }
    StringBuilder sb = new StringBuilder("Feeds I follow (").append(all.size()).append("):");
    int n = 0;
    for (FeedAdmin.Status s : all) {
      sb.append("\n\n").append(++n).append(". ");
      if (s.title() != null) {
        sb.append("<b>").append(Html.escape(s.title())).append("</b> ");
      }
      sb.append(Html.escape(shown(s.url())));
      sb.append("\n").append(state(s));
    }
    return sb.toString();
  }

  private static String state(FeedAdmin.Status s) {
    String fetched =
        s.lastFetch() == null ? "not fetched yet" : "last fetched " + when(s.lastFetch());
    String articles = s.articles() + (s.articles() == 1 ? " article" : " articles");
    if (s.lastError() == null) {
      return fetched + ", " + articles;
    }
    return fetched
        + ", "
        + articles
        + "; failing"
        + (s.failuresInARow() > 1 ? " (" + s.failuresInARow() + " times in a row)" : "")
        + ": "
        + Html.escape(s.lastError())
        + (s.lastSuccess() == null ? "" : "; last success " + when(s.lastSuccess()));
  }

  private static String when(Instant t) {
    return WHEN.format(t);
  }

  /** The URL without credentials (http://user:secret@host/feed shows as http://host/feed). */
  static String shown(String url) {
    return url.replaceFirst("//[^/@?#]*@", "//");
  }
}
