package org.corpusbot.meetings;

import java.time.LocalDate;

/**
 * What to look for among contacts: with a person (or group), with another, at a place, of a kind,
 * within dates. Every part may be null (any).
 */
public record MeetingQuery(
    String person, String with, String place, EventKind kind, LocalDate from, LocalDate to) {
  public static final MeetingQuery ALL = new MeetingQuery(null, null, null, null, null, null);

  public MeetingQuery {
    person = blankToNull(person);
    with = blankToNull(with);
    place = blankToNull(place);
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("--to is before --from");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
