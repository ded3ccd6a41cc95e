package org.corpusbot.meetings;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What to look for among contacts: with a person (or group), with another, at a place, of a kind,
 * within dates. Every part may be null (any).
 */
public record MeetingQuery(
    String person, String with, String place, EventKind kind, LocalDate from, LocalDate to) {
  public static final MeetingQuery ALL = new MeetingQuery(null, null, null, null, null, null);
  private static final Pattern IN_PLACE = Pattern.compile("(?i)(?:^|\\s)in\\s+(\\S.*)$");
  private static final Set<String> SEPARATORS = Set.of("and", "with", "&");

  public MeetingQuery {
    person = blankToNull(person);
    with = blankToNull(with);
    place = blankToNull(place);
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("--to is before --from");
    }
  }

  /**
   * The words of a chat command: "Biden Putin" or "Biden and Putin" is Biden with Putin, "in
   * Geneva" the place, "Biden in Geneva" both. Each word is taken as a name; a full name still
   * matches, because every word of a participant's name is a key ("Joe Biden" finds what "Biden"
   * finds).
   */
  public static MeetingQuery parse(String words) {
    String text = words == null ? "" : words.strip();
    String place = null;
    Matcher m = IN_PLACE.matcher(text);
    if (m.find()) {
      place = m.group(1).strip();
      text = text.substring(0, m.start()).strip();
    }
    List<String> names =
        Arrays.stream(text.split("[,\\s]+"))
            .filter(w -> !w.isEmpty() && !SEPARATORS.contains(w.toLowerCase(Locale.ROOT)))
            .toList();
    return new MeetingQuery(
        names.isEmpty() ? null : names.get(0),
        names.size() > 1 ? names.get(names.size() - 1) : null,
        place,
        null,
        null,
        null);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
