package org.corpusbot.follows;

/**
 * The follows as an operator watches them: how many there are, chats paused because they blocked
 * the bot, alerts waiting, and since start the alerts delivered, deliveries that failed (tried
 * again), chats that turned out blocked, and deliveries Telegram refused for good (dropped).
 */
public record FollowStats(
    int follows,
    int pausedChats,
    int waitingAlerts,
    long alertsSent,
    long deliveriesFailed,
    long chatsBlocked,
    long deliveriesRefused) {

  public static final FollowStats NONE = new FollowStats(0, 0, 0, 0, 0, 0, 0);
}
