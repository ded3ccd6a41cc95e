package org.corpusbot.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * How the bot runs in Telegram.
 *
 * @param apiUrl the Bot API server (Telegram's, or your own local one)
 * @param allowedUsers user ids that may use the bot; empty means everyone
 * @param allowedChats chat ids the bot answers in; empty means every chat
 * @param admins user ids that may run admin commands (/reindex, /stats)
 * @param burst questions a user may ask in a row before the rate limit applies
 * @param refill time after which a user may ask one more question
 * @param workers threads that compose answers (chats are spread over them)
 * @param queueLimit updates waiting for a worker before polling pauses
 * @param pollTimeoutSeconds how long one getUpdates call waits for news
 * @param shutdownSeconds how long a stopping bot lets the answers in progress finish
 * @param sends Telegram's limits on what the bot sends, kept by its one outgoing queue
 */
public record TelegramSettings(
    URI apiUrl,
    Set<Long> allowedUsers,
    Set<Long> allowedChats,
    Set<Long> admins,
    int burst,
    Duration refill,
    int workers,
    int queueLimit,
    int pollTimeoutSeconds,
    int shutdownSeconds,
    SendLimits sends) {

  /** With Telegram's documented {@link SendLimits#TELEGRAM send limits}. */
  public TelegramSettings(
      URI apiUrl,
      Set<Long> allowedUsers,
      Set<Long> allowedChats,
      Set<Long> admins,
      int burst,
      Duration refill,
      int workers,
      int queueLimit,
      int pollTimeoutSeconds,
      int shutdownSeconds) {
    this(
        apiUrl,
        allowedUsers,
        allowedChats,
        admins,
        burst,
        refill,
        workers,
        queueLimit,
        pollTimeoutSeconds,
        shutdownSeconds,
        SendLimits.TELEGRAM);
  }

  public TelegramSettings {
    Objects.requireNonNull(sends, "sends");
    Objects.requireNonNull(apiUrl, "telegram.api-url");
    if (apiUrl.getHost() == null
        || !("http".equals(apiUrl.getScheme()) || "https".equals(apiUrl.getScheme()))) {
      throw new IllegalArgumentException(
          "telegram.api-url must be an http(s) URL such as https://api.telegram.org");
    }
    allowedUsers = Set.copyOf(allowedUsers);
    allowedChats = Set.copyOf(allowedChats);
    admins = Set.copyOf(admins);
    if (burst < 1
        || workers < 1
        || queueLimit < 1
        || pollTimeoutSeconds < 0
        || shutdownSeconds < 0) {
      throw new IllegalArgumentException("telegram limits must be positive");
    }
  }

  /** The port of {@link #apiUrl}, with the scheme's default when the URL names none. */
  public int port() {
    if (apiUrl.getPort() > 0) {
      return apiUrl.getPort();
    }
    return "https".equals(apiUrl.getScheme()) ? 443 : 80;
  }
}
