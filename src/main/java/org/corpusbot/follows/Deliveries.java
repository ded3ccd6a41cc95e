package org.corpusbot.follows;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the follows have to send, for the side that sends it (Telegram): alerts as they are matched,
 * and digests when their time comes. Every delivery handed out is reported back once, as sent or
 * failed; until then it is not handed out again. Thread-safe.
 */
public interface Deliveries {
  /**
   * What a delivery is: one alert, a chat's daily digest, or what a digest held when turned off.
   */
  enum Kind {
    ALERT,
    DIGEST,
    HELD
  }

  /** One message to send: an alert, or a digest; {@code follows} by id for their names. */
  record Delivery(long chatId, Kind kind, List<Alert> alerts, Map<Long, Follow> follows) {
    public Delivery {
      alerts = List.copyOf(alerts);
      follows = Map.copyOf(follows);
    }

    /** Whether it is a digest (daily or held): many alerts in one message. */
    public boolean digest() {
      return kind != Kind.ALERT;
    }
  }

  /** What is due now; waits up to {@code wait} for something to become due. */
  List<Delivery> due(Duration wait) throws InterruptedException;

  /** The delivery went out: never sent again (durable). */
  void sent(Delivery d);

  /**
   * The delivery could not go out: {@code blocked} (Telegram said 403: the user blocked the bot, or
   * it was removed from the group) pauses the chat's follows and drops its unsent alerts; any other
   * failure is tried again after {@link FollowService#RETRY}.
   */
  void failed(Delivery d, boolean blocked);

  /**
   * The delivery can never go out as it is (Telegram refused it for good, or it cannot be
   * rendered): it is dropped, not tried again, and the chat's next alerts go on (durable).
   */
  void refused(Delivery d);
}
