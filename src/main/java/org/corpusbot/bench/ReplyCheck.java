package org.corpusbot.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corpusbot.telegram.sim.BotApiSimulator.Sent;

/**
 * Checks that a chat got exactly one reply per question, and says what went wrong when not. A
 * simulated user asks only after the reply to the previous question arrived, so the messages sent
 * between one question's arrival and the next belong to that question (turn): none is a lost reply,
 * two identical ones a doubled reply, two different ones a reply split into several messages (or a
 * second message for the same question), and a turn without a reply followed by one with two is a
 * late reply, counted for the wrong turn.
 */
final class ReplyCheck {
  private ReplyCheck() {}

  /**
   * Empty when {@code replies} (in the order sent) hold one per question asked at {@code arrivals}.
   */
  static Optional<String> problems(long chat, List<Long> arrivals, List<Sent> replies) {
    List<List<Sent>> turns = new ArrayList<>();
    for (int i = 0; i < arrivals.size(); i++) {
      long from = arrivals.get(i);
      long to = i + 1 < arrivals.size() ? arrivals.get(i + 1) : Long.MAX_VALUE;
      turns.add(replies.stream().filter(m -> m.nanos() >= from && m.nanos() < to).toList());
    }
    List<String> found = new ArrayList<>();
    long early = replies.stream().filter(m -> m.nanos() < arrivals.get(0)).count();
    if (early > 0) {
      found.add(early + " before the first question");
    }
    for (int i = 0; i < turns.size(); i++) {
      String what = turn(turns, i);
      if (what != null) {
        found.add("turn " + (i + 1) + ": " + what);
      }
    }
    if (found.isEmpty() && replies.size() == arrivals.size()) {
      return Optional.empty();
    }
    return Optional.of(
        "chat "
            + chat
            + ": "
            + replies.size()
            + " replies to "
            + arrivals.size()
            + " questions; "
            + (found.isEmpty() ? "replies out of their turns" : String.join("; ", found)));
  }

  private static String turn(List<List<Sent>> turns, int i) {
    List<Sent> t = turns.get(i);
    if (t.isEmpty()) {
      boolean late = i + 1 < turns.size() && turns.get(i + 1).size() > 1;
      return late ? "late (its reply came after the next question)" : "lost";
    }
    if (t.size() == 1 || (i > 0 && turns.get(i - 1).isEmpty())) {
      return null; // a late reply of the turn before is reported there
    }
    if (t.stream().map(Sent::text).distinct().count() == 1) {
      return "doubled (" + t.size() + " identical messages)";
    }
    StringBuilder sizes = new StringBuilder();
    for (Sent m : t) {
      sizes.append(sizes.length() == 0 ? "" : " + ").append(m.text().length());
    }
    return "split into " + t.size() + " messages (" + sizes + " characters): " + preview(t.get(0));
  }

  private static String preview(Sent m) {
    String first = m.text().replaceAll("\\s+", " ").strip();
    return "\"" + (first.length() <= 60 ? first : first.substring(0, 60) + "…") + "\"";
  }
}
