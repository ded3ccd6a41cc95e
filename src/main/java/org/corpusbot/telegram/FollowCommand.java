package org.corpusbot.telegram;

import java.util.Optional;
import org.corpusbot.follows.Follow;
import org.corpusbot.follows.FollowDesk;
import org.corpusbot.follows.FollowException;

/**
 * {@code /follow Russia cyber talks}, {@code /follow Nuland}, {@code /follow Biden & Putin}: alerts
 * when new articles match. In a group, only the group's admins may change what it follows.
 */
final class FollowCommand implements Command {
  static final String USAGE =
      "Send /follow and what to follow: a topic (/follow Russia cyber talks), a person (/follow"
          + " Nuland) or two people (/follow Biden &amp; Putin). I'll send new articles as they"
          + " arrive.";

  private final FollowDesk desk;
  private final FollowRights rights;
  private final Replies replies;

  FollowCommand(FollowDesk desk, FollowRights rights, Replies replies) {
    this.desk = desk;
    this.rights = rights;
    this.replies = replies;
  }

  @Override
  public String name() {
    return "follow";
  }

  @Override
  public String description() {
    return "Alerts on new articles: /follow Russia cyber talks, /follow Nuland";
  }

  @Override
  public void run(Incoming in, String args) {
    if (args.isBlank()) {
      replies.send(in, USAGE, null);
      return;
    }
    Optional<String> refused = rights.refusal(in);
    if (refused.isPresent()) {
      replies.text(in, refused.get());
      return;
    }
    try {
      Follow f = desk.follow(in.chatId(), args.strip());
      replies.send(in, FollowViews.followed(f, desk.digest(in.chatId())), null);
    } catch (FollowException e) {
      replies.text(in, e.getMessage());
    }
  }
}
