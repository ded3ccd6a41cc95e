package org.corpusbot.telegram;

import java.util.Optional;
import org.corpusbot.follows.FollowDesk;
import org.corpusbot.follows.FollowException;

/**
 * {@code /digest 08:00 Europe/Berlin}: one message a day with what the chat's follows gained,
 * instead of alerts as they happen; {@code /digest off} returns to alerts; {@code /digest} alone
 * says which is on.
 */
final class DigestCommand implements Command {
  private final FollowDesk desk;
  private final FollowRights rights;
  private final Replies replies;

  DigestCommand(FollowDesk desk, FollowRights rights, Replies replies) {
    this.desk = desk;
    this.rights = rights;
    this.replies = replies;
  }

  @Override
  public String name() {
    return "digest";
  }

  @Override
  public String description() {
    return "A daily digest instead of alerts: /digest 08:00 Europe/Berlin, /digest off";
  }

  @Override
  public boolean rateLimited() {
    return false;
  }

  @Override
  public void run(Incoming in, String args) {
    if (args.isBlank()) {
      replies.text(in, describe(desk.digest(in.chatId())));
      return;
    }
    Optional<String> refused = rights.refusal(in);
    if (refused.isPresent()) {
      replies.text(in, refused.get());
      return;
    }
    try {
      Optional<String> set = desk.digest(in.chatId(), args.strip());
      replies.text(
          in,
          set.map(
                  d ->
                      "Daily digest at "
                          + d
                          + ": once a day I'll send what your follows gained, and no alerts in"
                          + " between. /digest off brings alerts back as they happen.")
              .orElse("Digest off: alerts come as new articles arrive."));
    } catch (FollowException e) {
      replies.text(in, e.getMessage());
    }
  }

  private static String describe(Optional<String> digest) {
    return digest
        .map(d -> "Daily digest at " + d + ". /digest off brings alerts back as they happen.")
        .orElse(
            "Alerts come as new articles arrive. For one message a day instead, send /digest and"
                + " a time with its zone, for example /digest 08:00 Europe/Berlin.");
  }
}
