package org.corpusbot.telegram;

import java.util.List;
import java.util.Optional;
import org.corpusbot.follows.Follow;

/** How follows are named back to the user: in confirmations and in /following. */
final class FollowViews {
  private FollowViews() {}

  /** "Russia cyber talks" (a topic), "Nuland", "Biden &amp; Putin"; HTML. */
  static String name(Follow f) {
    return switch (f.kind()) {
      case TOPIC -> "“" + Html.escape(f.text()) + "”";
      case PERSON -> "<b>" + Html.escape(f.people().get(0)) + "</b>";
      case PAIR ->
          "<b>"
              + Html.escape(f.people().get(0))
              + "</b> &amp; <b>"
              + Html.escape(f.people().get(1))
              + "</b>";
    };
  }

  /** What a follow brings, in a few words. */
  static String brings(Follow f) {
    return switch (f.kind()) {
      case TOPIC -> "new articles about it";
      case PERSON ->
          "new meetings, talks, visits and calls of "
              + Html.escape(f.people().get(0))
              + ", and new articles about them";
      case PAIR -> "new meetings, talks, visits and calls between the two";
    };
  }

  /** The reply to /follow. */
  static String followed(Follow f, Optional<String> digest) {
    String when =
        digest.map(d -> " in your daily digest (" + Html.escape(d) + ")").orElse(" as they arrive");
    return "Following "
        + name(f)
        + ": I'll send "
        + brings(f)
        + when
        + ". /following lists what this chat follows.";
  }

  /** The reply to /following. */
  static String list(List<Follow> follows, Optional<String> digest, boolean paused) {
    if (follows.isEmpty()) {
      return "This chat follows nothing yet. Try /follow Russia cyber talks, /follow Nuland or"
          + " /follow Biden &amp; Putin.";
    }
    StringBuilder sb = new StringBuilder("<b>This chat follows</b>");
    for (int i = 0; i < follows.size(); i++) {
      Follow f = follows.get(i);
      sb.append("\n").append(i + 1).append(". ").append(name(f));
      sb.append(" <i>(").append(f.kind().name().toLowerCase(java.util.Locale.ROOT)).append(")</i>");
    }
    sb.append("\n\n")
        .append(
            digest
                .map(d -> "Alerts come in a daily digest at " + Html.escape(d) + " (/digest off).")
                .orElse(
                    "Alerts come as articles arrive (/digest 08:00 Europe/Berlin for a daily"
                        + " digest)."));
    if (paused) {
      sb.append("\n<i>Paused: my messages could not be delivered. Any message resumes them.</i>");
    }
    return sb.append("\n/unfollow N stops following number N.").toString();
  }
}
