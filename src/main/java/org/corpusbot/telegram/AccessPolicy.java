package org.corpusbot.telegram;

import java.util.Set;

/**
 * Who may use the bot: optional allow-lists of users and chats (empty means everyone) and the
 * admins, who may also run admin commands. Admins are always allowed.
 */
final class AccessPolicy {
  private final Set<Long> users;
  private final Set<Long> chats;
  private final Set<Long> admins;

  AccessPolicy(Set<Long> users, Set<Long> chats, Set<Long> admins) {
    this.users = Set.copyOf(users);
    this.chats = Set.copyOf(chats);
    this.admins = Set.copyOf(admins);
  }

  boolean allows(long userId, long chatId) {
    if (admins.contains(userId)) {
      return true;
    }
    return (users.isEmpty() || users.contains(userId))
        && (chats.isEmpty() || chats.contains(chatId));
  }

  boolean isAdmin(long userId) {
    return admins.contains(userId);
  }
}
