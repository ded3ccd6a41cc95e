package org.corpusbot.telegram;

/**
 * Telegram's limits on what a bot sends, which {@link SendPacer} keeps to.
 *
 * @param perSecond messages (and edits) a second over all chats (Telegram: about 30)
 * @param chatPerSecond messages a second in one chat, in the long run (Telegram: 1)
 * @param chatBurst messages one chat may get at once before {@code chatPerSecond} applies. Telegram
 *     allows "short bursts" over one a second; 3 lets a long answer's parts, or a streamed answer's
 *     first message and final edit, go out without waiting, while a chat can never get more than 3
 *     in any second
 * @param groupPerMinute messages a minute in one group (negative chat id; Telegram: 20)
 */
public record SendLimits(int perSecond, int chatPerSecond, int chatBurst, int groupPerMinute) {
  public static final SendLimits TELEGRAM = new SendLimits(30, 1, 3, 20);

  public SendLimits {
    if (perSecond < 1 || chatPerSecond < 1 || chatBurst < 1 || groupPerMinute < 1) {
      throw new IllegalArgumentException(
          "telegram.sends-per-second, chat-sends-per-second, chat-burst and"
              + " group-sends-per-minute must be positive");
    }
  }
}
