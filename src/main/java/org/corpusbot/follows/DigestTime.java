package org.corpusbot.follows;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a chat's daily digest goes out: a local time of day in a time zone, as typed after {@code
 * /digest}: {@code 08:00 Europe/Berlin}, {@code 8:00} (UTC), {@code 18:30 UTC}, {@code 07:15
 * berlin} (a unique city of the tz database), or {@code off}.
 */
public record DigestTime(LocalTime at, ZoneId zone) {
  static final String EXAMPLE = "/digest 08:00 Europe/Berlin (or /digest off)";
  private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3])[:.h]([0-5]\\d)");
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  public DigestTime {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(zone, "zone");
    at = at.withSecond(0).withNano(0);
  }

  /**
   * Reads what follows {@code /digest}: a time and an optional zone (UTC when none); empty for
   * {@code off}. Throws {@link FollowException} with an example when it cannot.
   */
  public static Optional<DigestTime> parse(String text) {
    String t = text == null ? "" : text.strip();
    if (t.equalsIgnoreCase("off")) {
      return Optional.empty();
    }
    String[] parts = t.split("\\s+", 2);
    Matcher m = TIME.matcher(parts[0]);
    if (t.isEmpty() || !m.matches()) {
      throw new FollowException(
          "When should the digest come? Give a time of day (hours:minutes) and a time zone, e.g. "
              + EXAMPLE
              + ".");
    }
    LocalTime at = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    ZoneId zone = parts.length < 2 ? ZoneOffset.UTC : zone(parts[1].strip());
    return Optional.of(new DigestTime(at, zone));
  }

  private static ZoneId zone(String name) {
    String wanted = name.toLowerCase(Locale.ROOT).replace(' ', '_');
    if (wanted.equals("utc") || wanted.equals("gmt") || wanted.equals("z")) {
      return ZoneOffset.UTC;
    }
    for (String id : ZoneId.getAvailableZoneIds()) {
      if (id.toLowerCase(Locale.ROOT).equals(wanted)) {
        return ZoneId.of(id);
      }
    }
    List<String> found =
        ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.toLowerCase(Locale.ROOT).endsWith("/" + wanted))
            .sorted()
            .toList();
    if (found.size() == 1) {
      return ZoneId.of(found.get(0));
    }
    if (found.isEmpty()) {
      try {
        return ZoneId.of(name); // offsets: +02:00, UTC+2
      } catch (DateTimeException e) {
        // falls through to the message
      }
      throw new FollowException(
          "\"" + name + "\" is not a time zone I know. Use a zone name, e.g. " + EXAMPLE + ".");
    }
    throw new FollowException(
        "\"" + name + "\" could be " + String.join(", ", found) + ". Which one? e.g. " + EXAMPLE);
  }

  /**
   * The first digest moment strictly after {@code after}: today's or tomorrow's {@link #at} in
   * {@link #zone}. A time the clocks skip (02:30 on the night they spring forward) falls on the
   * moment of the change (03:00 new time); a time that happens twice (02:30 on the night they fall
   * back) counts once, at its first occurrence.
   */
  public Instant nextAfter(Instant after) {
    LocalDate day = after.atZone(zone).toLocalDate().minusDays(1);
    for (int i = 0; i < 3; i++, day = day.plusDays(1)) {
      Instant candidate = on(day);
      if (candidate.isAfter(after)) {
        return candidate;
      }
    }
    throw new AssertionError("no digest time within two days of " + after); // cannot happen
  }

  private Instant on(LocalDate day) {
    LocalDateTime local = day.atTime(at);
    ZoneRules rules = zone.getRules();
    List<ZoneOffset> offsets = rules.getValidOffsets(local);
    if (offsets.isEmpty()) {
      ZoneOffsetTransition gap = rules.getTransition(local);
      return gap.getInstant();
    }
    // NOTE: during an overlap the earlier offset is the larger one, listed first by the rules.
    return local.toInstant(offsets.get(0));
  }

  /** As a user types it and the journal stores it: {@code 08:00 Europe/Berlin}. */
  @Override
  public String toString() {
    return at.format(HH_MM) + " " + (zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId());
  }
}
