package org.corpusbot.telegram;

/**
 * Who may change what a chat follows: in a private chat its user; in a group only the group's own
 * Telegram admins (asked of Telegram each time, so a demoted admin loses the right at once) and the
 * bot's admins.
 */
final class FollowRights {
  static final String ONLY_GROUP_ADMINS =
      "Only this group's admins can change what the group follows.";

  private final BotApi api;
  private final AccessPolicy access;

  FollowRights(BotApi api, AccessPolicy access) {
    this.api = api;
    this.access = access;
  }

  /** True when {@code in}'s sender may change the follows of its chat. */
  boolean mayChange(Incoming in) {
    return !in.group() || access.isAdmin(in.userId()) || api.isChatAdmin(in.chatId(), in.userId());
  }
}
