package org.corpusbot.meetings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of events as the text gives them, resolved against the article's date: "on June 16" is June
 * 16 of the article's year (or the year before, if that would be after the article), "in June" the
 * month, "in early July" July 1–10, "last week" the week before, "a few weeks ago" a range. Without
 * an article date only dates with a year resolve. Thread-safe.
 */
final class EventDates {
  private static final String MONTH =
      "(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?";
  private static final Pattern MONTH_WORD = Pattern.compile(MONTH);

  private static final String DAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
  private static final Map<String, Integer> NUMBERS =
      Map.of("a", 1, "one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6);

  private final List<Rule> rules = new ArrayList<>();

  /** A date span found at {@code [start, end)} of a sentence. */
  record Found(int start, int end, LocalDate from, LocalDate to) {}

  private interface Resolver {
    Range resolve(Matcher m, LocalDate d);
  }

  private record Range(LocalDate from, LocalDate to) {}

  private record Rule(Pattern pattern, Resolver resolver, boolean needsArticleDate) {}

  EventDates() {
    add(
        "\\b(early|mid|late)[- ]" + MONTH + "(?:,? (\\d{4}))?",
        (m, d) -> part(m.group(1), month(m.group(2), m.group(3), d)),
        false);
    add(
        "\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b",
        (m, d) -> day(month(m.group(1), m.group(3), d), m.group(2), d),
        false);
    add(
        "\\b(\\d{1,2}) " + MONTH + "(?:,? (\\d{4}))?\\b",
        (m, d) -> day(month(m.group(2), m.group(3), d), m.group(1), d),
        false);
    add(
        "\\b(?:in|during|since) " + MONTH + "(?:,? (\\d{4}))?\\b",
        (m, d) -> whole(month(m.group(1), m.group(2), d)),
        false);
    add("\\b" + MONTH + " (\\d{4})\\b", (m, d) -> whole(month(m.group(1), m.group(2), d)), false);
    add(
        "\\bin ((?:19|20)\\d\\d)\\b",
        (m, d) ->
            new Range(LocalDate.of(year(m.group(1)), 1, 1), LocalDate.of(year(m.group(1)), 12, 31)),
        false);
    add(
        "\\byesterday\\b|\\blast night\\b",
        (m, d) -> new Range(d.minusDays(1), d.minusDays(1)),
        true);
    add(
        "\\b(?:today|tonight|this morning|this afternoon|this evening|earlier today)\\b",
        (m, d) -> new Range(d, d),
        true);
    add("\\b(?:on |last )?" + DAY + "\\b", (m, d) -> weekday(m.group(1), d), true);
    add(
        "\\blast weekend\\b",
        (m, d) -> {
          LocalDate sat = d.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
          return new Range(sat, sat.plusDays(1));
        },
        true);
    add(
        "\\blast week\\b",
        (m, d) -> {
          LocalDate monday =
              d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
          return new Range(monday, monday.plusDays(6));
        },
        true);
    add(
        "\\b(?:earlier )?this week\\b",
        (m, d) -> new Range(d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), d),
        true);
    add(
        "\\b(?:tomorrow|tomorrow's|tomorrow’s)\\b",
        (m, d) -> new Range(d.plusDays(1), d.plusDays(1)),
        true);
    add(
        "\\blater (?:this|in the) (?:week|month|year)\\b|\\bnext (?:week|month|year)\\b",
        (m, d) -> new Range(d.plusDays(1), d.plusYears(1)),
        true);
    add("\\blast month\\b", (m, d) -> whole(YearMonth.from(d).minusMonths(1)), true);
    add("\\b(?:earlier )?this month\\b", (m, d) -> new Range(d.withDayOfMonth(1), d), true);
    add(
        "\\blast year\\b",
        (m, d) ->
            new Range(LocalDate.of(d.getYear() - 1, 1, 1), LocalDate.of(d.getYear() - 1, 12, 31)),
        true);
    add(
        "\\b(?:a few|several|some) weeks ago\\b",
        (m, d) -> new Range(d.minusWeeks(6), d.minusWeeks(2)),
        true);
    add(
        "\\b(?:a few|several|some) days ago\\b",
        (m, d) -> new Range(d.minusDays(6), d.minusDays(2)),
        true);
    add(
        "\\b(\\d+|a|one|two|three|four|five|six) (day|week|month)s? ago\\b",
        (m, d) -> ago(m.group(1), m.group(2), d),
        true);
  }

  private void add(String regex, Resolver r, boolean needsArticleDate) {
    rules.add(new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), r, needsArticleDate));
  }

  /** Every date expression of {@code sentence} that resolves, in order of position. */
  List<Found> find(String sentence, LocalDate articleDate) {
    List<Found> out = new ArrayList<>();
    boolean[] taken = new boolean[sentence.length() + 1];
    for (Rule rule : rules) {
      if (rule.needsArticleDate() && articleDate == null) {
        continue;
      }
      Matcher m = rule.pattern().matcher(sentence);
      while (m.find()) {
        if (taken[m.start()] || taken[Math.max(m.start(), m.end() - 1)]) {
          continue;
        }
        Range r;
        try {
          r = rule.resolver().resolve(m, articleDate);
        } catch (RuntimeException e) {
          continue; // "February 30", or a relative date without an article date
        }
        if (r == null) {
          continue;
        }
        for (int k = m.start(); k < m.end(); k++) {
          taken[k] = true;
        }
        out.add(new Found(m.start(), m.end(), r.from(), r.to()));
      }
    }
    out.sort((a, b) -> a.start() - b.start());
    return out;
  }

  /** Whether a lower-case word names a month ("jan.", "sept", "june"). */
  static boolean isMonth(String lower) {
    return MONTH_WORD.matcher(lower).matches();
  }

  private static YearMonth month(String name, String year, LocalDate d) {
    String n = name.toLowerCase(Locale.ROOT).replace(".", "");
    int month = 0;
    for (java.time.Month mo : java.time.Month.values()) {
      if (mo.name().toLowerCase(Locale.ROOT).startsWith(n.substring(0, Math.min(3, n.length())))) {
        month = mo.getValue();
        break;
      }
    }
    if (year != null) {
      return YearMonth.of(year(year), month);
    }
    if (d == null) {
      throw new IllegalStateException("no year");
    }
    YearMonth ym = YearMonth.of(d.getYear(), month);
    return ym.isAfter(YearMonth.from(d)) ? ym.minusYears(1) : ym;
  }

  private static int year(String y) {
    return Integer.parseInt(y);
  }

  private static Range whole(YearMonth ym) {
    return new Range(ym.atDay(1), ym.atEndOfMonth());
  }

  private static Range part(String which, YearMonth ym) {
    return switch (which.toLowerCase(Locale.ROOT)) {
      case "early" -> new Range(ym.atDay(1), ym.atDay(10));
      case "mid" -> new Range(ym.atDay(11), ym.atDay(20));
      default -> new Range(ym.atDay(21), ym.atEndOfMonth());
    };
  }

  private static Range day(YearMonth ym, String day, LocalDate d) {
    LocalDate date = ym.atDay(Integer.parseInt(day));
    return new Range(date, date);
  }

  private static Range weekday(String name, LocalDate d) {
    DayOfWeek dow = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    LocalDate date = d.with(TemporalAdjusters.previousOrSame(dow));
    return new Range(date, date);
  }

  private static Range ago(String n, String unit, LocalDate d) {
    int k =
        NUMBERS.containsKey(n.toLowerCase(Locale.ROOT))
            ? NUMBERS.get(n.toLowerCase(Locale.ROOT))
            : Integer.parseInt(n);
    return switch (unit.toLowerCase(Locale.ROOT)) {
      case "day" -> new Range(d.minusDays(k), d.minusDays(k));
      case "week" -> new Range(d.minusWeeks(k).minusDays(3), d.minusWeeks(k).plusDays(3));
      default -> whole(YearMonth.from(d).minusMonths(k));
    };
  }
}
