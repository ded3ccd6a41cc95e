package org.corpusbot.telegram;

import org.corpusbot.follows.FollowDesk;

/** {@code /following}: what the chat follows, numbered for /unfollow, and how alerts come. */
final class FollowingCommand implements Command {
  private final FollowDesk desk;
  private final Replies replies;

  FollowingCommand(FollowDesk desk, Replies replies) {
    this.desk = desk;
    this.replies = replies;
  }

  @Override
  public String name() {
    return "following";
  }

  @Override
  public String description() {
    return "What this chat follows";
  }

  @Override
  public boolean rateLimited() {
    return false;
  }

  @Override
  public void run(Incoming in, String args) {
    long chat = in.chatId();
    replies.send(
        in, FollowViews.list(desk.following(chat), desk.digest(chat), desk.paused(chat)), null);
  }
}
