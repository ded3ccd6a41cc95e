package org.corpusbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TemporalParserTest {
  private final TemporalParser parser = new TemporalParser();
  private final LocalDate asOf = LocalDate.of(2021, 11, 3); // a Wednesday

  @Test
  void thisWeekIsTheSevenDaysUpToTheMomentOfAsking() {
    TimeScope s = parser.parse("Who resigned this week?", asOf);
    assertThat(s.from()).isEqualTo(LocalDate.of(2021, 10, 27));
    assertThat(s.to()).isEqualTo(asOf);
    assertThat(s.phrase()).isEqualTo("this week");
  }

  @Test
  void lastMonthIsThePreviousCalendarMonthAndWhatWasReportedSince() {
    TimeScope s = parser.parse("What happened last month in Geneva?", asOf);
    assertThat(s.from()).isEqualTo(LocalDate.of(2021, 10, 1));
    assertThat(s.to()).isEqualTo(asOf);
    assertThat(s.anchor()).isEqualTo(LocalDate.of(2021, 10, 31));
  }

  @Test
  void overTheLastYearIsARollingYearButLastYearIsTheCalendarYear() {
    assertThat(parser.parse("How many books were banned over the last year?", asOf).from())
        .isEqualTo(LocalDate.of(2020, 11, 3));
    assertThat(parser.parse("Which city had the worst air last year?", asOf).from())
        .isEqualTo(LocalDate.of(2020, 1, 1));
  }

  @Test
  void todaysAsAPossessiveIsNotATime() {
    TimeScope s = parser.parse("Which country banned tobacco for today’s teens this week?", asOf);
    assertThat(s.phrase()).isEqualTo("this week");
  }

  @Test
  void aNamedMonthIsWhenThingsHappenedSoLaterArticlesStillCount() {
    TimeScope s = parser.parse("Where did they meet in June 2021?", asOf);
    assertThat(s.from()).isEqualTo(LocalDate.of(2021, 6, 1));
    assertThat(s.to()).isEqualTo(asOf);
    assertThat(s.anchor()).isEqualTo(LocalDate.of(2021, 6, 30));
  }

  @Test
  void aMonthWithoutAYearIsTheLatestSuchMonth() {
    assertThat(parser.parse("talks in June", asOf).from()).isEqualTo(LocalDate.of(2021, 6, 1));
    assertThat(parser.parse("talks in December", asOf).from()).isEqualTo(LocalDate.of(2020, 12, 1));
  }

  @Test
  void pastNDaysAndLatest() {
    assertThat(parser.parse("news from the past 3 days", asOf).from())
        .isEqualTo(LocalDate.of(2021, 10, 31));
    TimeScope latest = parser.parse("What is the latest on the cyber talks?", asOf);
    assertThat(latest.recent()).isTrue();
    assertThat(latest.from()).isNull();
  }

  @Test
  void noTimeMeansOnlyArticlesPublishedByTheMomentOfAsking() {
    TimeScope s = parser.parse("Where did Putin and Biden meet?", asOf);
    assertThat(s.namesTime()).isFalse();
    assertThat(s.from()).isNull();
    assertThat(s.to()).isEqualTo(asOf);
  }

  @Test
  void timelessSearchesUseNoDates() {
    assertThat(parser.parse("this week", null)).isEqualTo(TimeScope.NONE);
  }
}
