package org.corpusbot.telegram;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may change what a chat follows: in a private chat its user; in a group the group's own
 * Telegram admins (asked of Telegram each time, so a demoted admin loses the right at once; an
 * admin writing anonymously, as the group itself, is one without asking) and the bot's admins.
 */
final class FollowRights {
  private static final Logger log = LoggerFactory.getLogger(FollowRights.class);

  static final String ONLY_GROUP_ADMINS =
      "Only this group's admins can change what the group follows.";
  static final String CANNOT_CHECK =
      "I could not ask Telegram whether you are an admin of this group; please try again in a"
          + " minute.";

  private final BotApi api;
  private final AccessPolicy access;

  FollowRights(BotApi api, AccessPolicy access) {
    this.api = api;
    this.access = access;
  }

  /** Empty when {@code in}'s sender may change the follows of its chat, else what to tell them. */
  Optional<String> refusal(Incoming in) {
    if (!in.group() || in.asChat() || access.isAdmin(in.userId())) {
      return Optional.empty();
    }
    try {
      return api.isChatAdmin(in.chatId(), in.userId())
          ? Optional.empty()
          : Optional.of(ONLY_GROUP_ADMINS);
    } catch (BotApiException e) {
      if (Thread.currentThread().isInterrupted()) {
        throw e; // the bot is stopping: the update stays pending
      }
      log.warn(
          "Could not check the admins of chat {} for message {}: {}",
          in.chatId(),
          in.messageId(),
          e.getMessage());
      // Telegram's own refusal (a 400 "user not found") answers the question: no admin. Only no
      // answer at all (unreachable past the retries) is worth trying again.
      return Optional.of(e.code() == 0 ? CANNOT_CHECK : ONLY_GROUP_ADMINS);
    }
  }
}
