package org.corpusbot.corpus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Parses the date formats news sources use; the calendar date is what counts for retrieval. */
public final class Dates {
  private static final List<DateTimeFormatter> FORMATS =
      List.of(
          f("yyyy-MM-dd"),
          f("yyyy/MM/dd"),
          f("yyyy.MM.dd"),
          f("yyyy/M/d"),
          f("yyyy-M-d"),
          f("d-MMM-yyyy HH:mm:ss[.SS][.S]"),
          f("d-MMM-yyyy"),
          f("MMMM d, yyyy"),
          f("MMM d, yyyy"),
          f("MMM. d, yyyy"),
          f("d MMMM yyyy"),
          f("d MMM yyyy"),
          f("EEEE, MMMM d, yyyy"),
          f("yyyyMMdd"),
          DateTimeFormatter.RFC_1123_DATE_TIME);
  private static final Pattern LEADING_DATE =
      Pattern.compile(
          "(?i)^(\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?:[T ][0-9:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?"
              + "|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}, \\d{4}"
              + "|\\d{1,2}-(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-\\d{4}"
              + "|\\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]* \\d{4})");

  private Dates() {}

  private static DateTimeFormatter f(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.ENGLISH);
  }

  /** The calendar date in {@code s}, or empty when it is not a date in any known format. */
  public static Optional<LocalDate> parse(String s) {
    if (s == null || s.isBlank()) {
      return Optional.empty();
    }
    String t = s.strip().replaceAll("\\s+", " ");
    Optional<LocalDate> iso = parseIsoDateTime(t);
    if (iso.isPresent()) {
      return iso;
    }
    for (DateTimeFormatter format : FORMATS) {
      try {
        TemporalAccessor parsed = format.parse(t);
        return Optional.of(LocalDate.from(parsed));
      } catch (java.time.DateTimeException e) {
        // try the next format
      }
    }
    Optional<LocalDate> epoch = epoch(t);
    if (epoch.isPresent()) {
      return epoch;
    }
    // Last resort for stamps with trailing noise ("27-MAR-1987 00:02:59.13RM"): the date part
    // alone.
    var m = LEADING_DATE.matcher(t);
    return m.find() && m.end() < t.length() ? parse(m.group(1)) : Optional.empty();
  }

  /**
   * The date that opens {@code s} ("2021-10-31 After talks…") and where it ends, for headers
   * written on the same line as the first paragraph.
   */
  static Optional<Prefix> leading(String s) {
    var m = LEADING_DATE.matcher(s);
    if (!m.find()) {
      return Optional.empty();
    }
    return parse(m.group(1)).map(d -> new Prefix(d, m.end()));
  }

  record Prefix(LocalDate date, int end) {}

  private static Optional<LocalDate> parseIsoDateTime(String t) {
    if (!t.matches("\\d{4}-\\d{2}-\\d{2}[T ].*")) {
      return Optional.empty();
    }
    String norm = t.replace(' ', 'T');
    try {
      return Optional.of(OffsetDateTime.parse(norm).toLocalDate());
    } catch (DateTimeParseException e) {
      // fall through
    }
    try {
      return Optional.of(ZonedDateTime.parse(norm).toLocalDate());
    } catch (DateTimeParseException e) {
      // fall through
    }
    try {
      return Optional.of(java.time.LocalDateTime.parse(norm).toLocalDate());
    } catch (DateTimeParseException e) {
      // fall through
    }
    try {
      return Optional.of(LocalDate.parse(t.substring(0, 10)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> epoch(String t) {
    if (!t.matches("\\d{9,13}")) {
      return Optional.empty();
    }
    long v = Long.parseLong(t);
    Instant instant = t.length() > 11 ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
    return Optional.of(instant.atOffset(ZoneOffset.UTC).toLocalDate());
  }
}
