package org.corpusbot.retrieval;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the time a question names ("this week", "last month", "in June 2021", "latest") and
 * resolves it against the moment of asking.
 *
 * <p>Relative times bound publication dates: news "this week" was published this week. Absolute
 * times name when something happened, and articles about it may come much later (an article of
 * October recalls a June summit), so they only set a lower bound and an anchor to prefer dates
 * near. Articles dated after the moment of asking never count: they did not exist yet. Thread-safe.
 */
public final class TemporalParser {
  private static final String MONTHS =
      "(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?";
  private static final Map<String, Integer> NUMBERS =
      Map.ofEntries(
          Map.entry("a", 1),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("few", 3),
          Map.entry("several", 4),
          Map.entry("couple", 2));

  private static final Pattern TODAY =
      p("\\b(?:today|tonight|this morning|this evening)\\b(?!['’]s)");
  private static final Pattern YESTERDAY = p("\\byesterday\\b");
  private static final Pattern THIS = p("\\bthis (week|month|year)\\b");

  /** "last month" (calendar) and "the past 3 months", "over the last year" (rolling). */
  private static final Pattern LAST_OR_PAST =
      p(
          "\\b(?:(?:in|over|during|for|within) )?(?<the>the )?(?:(?<past>past)|last|previous)"
              + "(?: (?<n>\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|few|several|couple)(?: of)?)?"
              + " (?<unit>day|week|month|year)s?\\b");

  private static final Pattern DAY =
      p("\\b(?:on )?" + MONTHS + " (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b");
  private static final Pattern MONTH_YEAR =
      p("\\b(?:in |during |since |from )?" + MONTHS + ",? (\\d{4})\\b");
  private static final Pattern MONTH = p("\\b(?:in|during|since|from) " + MONTHS + "(?! \\d)\\b");
  private static final Pattern YEAR = p("\\b(?:in|during|since|from|of) ((?:19|20)\\d\\d)\\b");
  private static final Pattern RECENT =
      p(
          "\\b(?:latest|most recent|newest|recent|recently|currently|right now|these days|lately)\\b");

  private static Pattern p(String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
  }

  /** The scope of {@code question} asked at {@code asOf}; {@code asOf} null means timeless. */
  public TimeScope parse(String question, LocalDate asOf) {
    if (asOf == null) {
      return TimeScope.NONE;
    }
    Matcher m;
    if ((m = THIS.matcher(question)).find()) {
      return relative(startOfThis(m.group(1), asOf), asOf, m);
    }
    if ((m = LAST_OR_PAST.matcher(question)).find()) {
      boolean rolling = m.group("the") != null || m.group("past") != null || m.group("n") != null;
      if (rolling || m.group("unit").equalsIgnoreCase("day")) {
        int n = m.group("n") == null ? 1 : number(m.group("n"));
        return relative(minus(asOf, n, m.group("unit")), asOf, m);
      }
      return last(m.group("unit"), asOf, m);
    }
    if ((m = TODAY.matcher(question)).find()) {
      return relative(asOf.minusDays(1), asOf, m);
    }
    if ((m = YESTERDAY.matcher(question)).find()) {
      return relative(asOf.minusDays(2), asOf, m);
    }
    if ((m = DAY.matcher(question)).find()) {
      LocalDate day =
          safeDate(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
      if (day != null) {
        return absolute(day, day, asOf, m);
      }
    }
    if ((m = MONTH_YEAR.matcher(question)).find()) {
      YearMonth ym = YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1)));
      return absolute(ym.atDay(1), ym.atEndOfMonth(), asOf, m);
    }
    if ((m = MONTH.matcher(question)).find()) {
      Month month = Month.of(month(m.group(1)));
      int year = month.getValue() <= asOf.getMonthValue() ? asOf.getYear() : asOf.getYear() - 1;
      YearMonth ym = YearMonth.of(year, month);
      return absolute(ym.atDay(1), ym.atEndOfMonth(), asOf, m);
    }
    if ((m = YEAR.matcher(question)).find()) {
      int year = Integer.parseInt(m.group(1));
      return absolute(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), asOf, m);
    }
    if ((m = RECENT.matcher(question)).find()) {
      return new TimeScope(null, asOf, asOf, true, m.group());
    }
    return TimeScope.at(asOf);
  }

  private static TimeScope relative(LocalDate from, LocalDate to, Matcher m) {
    return new TimeScope(from, to, to, true, m.group());
  }

  private static TimeScope absolute(LocalDate start, LocalDate end, LocalDate asOf, Matcher m) {
    if (start.isAfter(asOf)) {
      return new TimeScope(null, asOf, asOf, false, m.group());
    }
    LocalDate anchor = end.isAfter(asOf) ? asOf : end;
    return new TimeScope(start, asOf, anchor, false, m.group());
  }

  /**
   * "last week/month/year": what happened then, reported then or since, so publication runs from
   * the start of that period to the moment of asking, centred on its end.
   */
  private static TimeScope last(String unit, LocalDate asOf, Matcher m) {
    LocalDate start;
    LocalDate end;
    switch (unit.toLowerCase(Locale.ROOT)) {
      case "week" -> {
        LocalDate monday = asOf.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        start = monday.minusWeeks(1);
        end = monday.minusDays(1);
      }
      case "month" -> {
        YearMonth prev = YearMonth.from(asOf).minusMonths(1);
        start = prev.atDay(1);
        end = prev.atEndOfMonth();
      }
      default -> {
        start = LocalDate.of(asOf.getYear() - 1, 1, 1);
        end = LocalDate.of(asOf.getYear() - 1, 12, 31);
      }
    }
    return new TimeScope(start, asOf, end, false, m.group());
  }

  private static LocalDate startOfThis(String unit, LocalDate asOf) {
    return switch (unit.toLowerCase(Locale.ROOT)) {
      case "week" -> asOf.minusDays(7); // a news week is fuzzy: last Friday's story is "this week"
      case "month" -> asOf.withDayOfMonth(1);
      default -> asOf.withDayOfYear(1);
    };
  }

  private static LocalDate minus(LocalDate d, int n, String unit) {
    return switch (unit.toLowerCase(Locale.ROOT)) {
      case "day" -> d.minusDays(n);
      case "week" -> d.minusWeeks(n);
      case "month" -> d.minusMonths(n);
      default -> d.minusYears(n);
    };
  }

  private static int number(String s) {
    String k = s.toLowerCase(Locale.ROOT);
    return NUMBERS.containsKey(k) ? NUMBERS.get(k) : Math.min(Integer.parseInt(k), 10_000);
  }

  private static int month(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace(".", "");
    for (Month mo : Month.values()) {
      if (mo.name().toLowerCase(Locale.ROOT).startsWith(n.length() > 3 ? n.substring(0, 3) : n)) {
        return mo.getValue();
      }
    }
    throw new IllegalArgumentException("not a month: " + name);
  }

  private static LocalDate safeDate(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
