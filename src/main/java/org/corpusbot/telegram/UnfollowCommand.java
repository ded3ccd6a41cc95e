package org.corpusbot.telegram;

import java.util.Optional;
import org.corpusbot.follows.Follow;
import org.corpusbot.follows.FollowDesk;

/** {@code /unfollow 2}: stops following number 2 of /following. */
final class UnfollowCommand implements Command {
  private final FollowDesk desk;
  private final FollowRights rights;
  private final Replies replies;

  UnfollowCommand(FollowDesk desk, FollowRights rights, Replies replies) {
    this.desk = desk;
    this.rights = rights;
    this.replies = replies;
  }

  @Override
  public String name() {
    return "unfollow";
  }

  @Override
  public String description() {
    return "Stop following: /unfollow 2 (the number in /following)";
  }

  @Override
  public boolean rateLimited() {
    return false;
  }

  @Override
  public void run(Incoming in, String args) {
    int n = number(args.strip());
    if (n < 1) {
      replies.text(in, "Send /unfollow and a number from /following, for example /unfollow 1.");
      return;
    }
    Optional<String> refused = rights.refusal(in);
    if (refused.isPresent()) {
      replies.text(in, refused.get());
      return;
    }
    Optional<Follow> gone = desk.unfollow(in.chatId(), n);
    replies.send(
        in,
        gone.map(f -> "Stopped following " + FollowViews.name(f) + ".")
            .orElse("There is no follow number " + n + "; /following lists them."),
        null);
  }

  /** The number given, or 0 when it is not one (a forged or mistyped argument). */
  private static int number(String s) {
    if (!s.matches("\\d{1,4}")) {
      return 0;
    }
    return Integer.parseInt(s);
  }
}
