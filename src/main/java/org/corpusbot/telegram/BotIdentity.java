package org.corpusbot.telegram;

import java.util.Locale;

/** Who the bot is (from getMe): its user id and username, for mentions and /cmd@botname. */
record BotIdentity(long id, String username) {
  boolean isMe(String name) {
    return name != null && name.toLowerCase(Locale.ROOT).equals(username.toLowerCase(Locale.ROOT));
  }
}
