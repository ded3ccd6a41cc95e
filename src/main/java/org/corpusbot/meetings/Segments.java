package org.corpusbot.meetings;

import java.util.List;

/**
 * Which date of a sentence belongs to which trigger. A sentence is cut into comma-separated
 * segments: a date in a segment with a trigger is that trigger's ("After talks … in June,"); a date
 * in an opening segment without one dates the clause it introduces ("In early July, Biden and Putin
 * held a telephone conversation").
 */
final class Segments {
  private Segments() {}

  /** The date of the trigger at token {@code trigger}; {@code triggers}: all trigger positions. */
  static EventDates.Found dateFor(
      List<Token> t,
      List<EventDates.Found> dates,
      int sentenceStart,
      int trigger,
      List<Integer> triggers) {
    int seg = segment(t, trigger);
    EventDates.Found best = null;
    for (EventDates.Found d : dates) {
      int at = tokenAt(t, sentenceStart + d.start());
      int ds = segment(t, at);
      boolean same = ds == seg;
      boolean introducing =
          ds == 0 && seg == 1 && triggers.stream().noneMatch(k -> segment(t, k) == 0);
      if ((same || introducing)
          && (best == null
              || Math.abs(at - trigger)
                  < Math.abs(tokenAt(t, sentenceStart + best.start()) - trigger))) {
        best = d;
      }
    }
    return best;
  }

  private static int segment(List<Token> t, int index) {
    int seg = 0;
    for (int i = 0; i < index && i < t.size(); i++) {
      if (t.get(i).word().equals(",") || t.get(i).word().equals(";")) {
        seg++;
      }
    }
    return seg;
  }

  private static int tokenAt(List<Token> t, int offset) {
    for (Token tok : t) {
      if (tok.end() > offset) {
        return tok.index();
      }
    }
    return t.size() - 1;
  }
}
