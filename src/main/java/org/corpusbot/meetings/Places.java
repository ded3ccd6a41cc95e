package org.corpusbot.meetings;

import java.util.Set;

/** Where a contact happened: "in X" or "at X" near its trigger (or "to X" for a visit). */
final class Places {
  private static final int REACH = 10;

  private Places() {}

  static String near(Clause c, int from, int to, Set<String> participantKeys, boolean visit) {
    Mention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Mention m : c.mentions) {
      if (!m.place() || m.from() == 0 || participantKeys.contains(m.participant().key())) {
        continue;
      }
      String prep = c.lower(m.from() - 1);
      boolean destination = visit && prep.equals("to") && m.from() > to;
      if (!prep.equals("in") && !prep.equals("at") && !destination) {
        continue;
      }
      int d =
          m.from() >= to
              ? m.from() - to
              : (from - m.to()) + 2; // after the trigger reads more naturally
      if (d < bestDistance && d <= REACH && !commaBetween(c, m, from, to)) {
        best = m;
        bestDistance = d;
      }
    }
    return best == null ? null : best.participant().name();
  }

  private static boolean commaBetween(Clause c, Mention m, int from, int to) {
    int a = Math.min(m.to(), to);
    int b = Math.max(m.from(), from);
    for (int i = a; i < b; i++) {
      if (c.lower(i).equals(",")) {
        return true;
      }
    }
    return false;
  }
}
