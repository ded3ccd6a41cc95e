package org.corpusbot.follows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DigestTimeTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "08:00 Europe/Berlin | 08:00 | Europe/Berlin",
        "8:00                | 08:00 | UTC",
        "08:00 UTC           | 08:00 | UTC",
        "  23:59   utc       | 23:59 | UTC",
        "7.15 berlin         | 07:15 | Europe/Berlin",
        "18h30 new york      | 18:30 | America/New_York",
        "06:05 europe/london | 06:05 | Europe/London",
        "00:00 +02:00        | 00:00 | +02:00",
      })
  void readsTimeAndZone(String typed, String at, String zone) {
    DigestTime t = DigestTime.parse(typed).orElseThrow();
    assertThat(t.at()).isEqualTo(LocalTime.parse(at));
    assertThat(t.zone())
        .isEqualTo(zone.equals("UTC") ? ZoneOffset.UTC : ZoneId.of(zone).normalized());
  }

  @Test
  void offTurnsTheDigestOff() {
    assertThat(DigestTime.parse("off")).isEmpty();
    assertThat(DigestTime.parse(" OFF ")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''                 | Give a time of day",
        "tomorrow           | Give a time of day",
        "25:00 UTC          | Give a time of day",
        "08:60 UTC          | Give a time of day",
        "08:00 Atlantis     | \"Atlantis\" is not a time zone I know",
      })
  void refusesWithAnExample(String typed, String says) {
    assertThatThrownBy(() -> DigestTime.parse(typed))
        .isInstanceOf(FollowException.class)
        .hasMessageContaining(says)
        .hasMessageContaining("/digest 08:00 Europe/Berlin");
  }

  @Test
  void anAmbiguousCityAsksWhichZone() {
    assertThatThrownBy(() -> DigestTime.parse("08:00 Buenos_Aires"))
        .isInstanceOf(FollowException.class)
        .hasMessageContaining("America/Argentina/Buenos_Aires")
        .hasMessageContaining("America/Buenos_Aires");
  }

  @Test
  void readsBackWhatItWrites() {
    for (String s : new String[] {"08:00 Europe/Berlin", "08:00 UTC", "21:45 +05:30"}) {
      DigestTime t = DigestTime.parse(s).orElseThrow();
      assertThat(t.toString()).isEqualTo(s);
      assertThat(DigestTime.parse(t.toString())).contains(t);
    }
  }

  /** after → the next digest; Europe/Berlin springs forward 2026-03-29, falls back 2026-10-25. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // plain days: today if still ahead, else tomorrow; never the same instant
        "08:00 UTC           | 2026-06-01T07:59:59Z | 2026-06-01T08:00:00Z",
        "08:00 UTC           | 2026-06-01T08:00:00Z | 2026-06-02T08:00:00Z",
        "08:00 Europe/Berlin | 2026-06-01T05:00:00Z | 2026-06-01T06:00:00Z",
        "00:30 Europe/Berlin | 2026-06-01T23:00:00Z | 2026-06-02T22:30:00Z",
        // 08:00 local stays 08:00 across both changes
        "08:00 Europe/Berlin | 2026-03-28T07:00:00Z | 2026-03-29T06:00:00Z",
        "08:00 Europe/Berlin | 2026-10-24T06:00:00Z | 2026-10-25T07:00:00Z",
        // 02:30 does not exist on 2026-03-29: the moment of the change, 03:00 CEST
        "02:30 Europe/Berlin | 2026-03-28T12:00:00Z | 2026-03-29T01:00:00Z",
        "02:30 Europe/Berlin | 2026-03-29T01:00:00Z | 2026-03-30T00:30:00Z",
        // 02:30 happens twice on 2026-10-25: the first (CEST), and only once that day
        "02:30 Europe/Berlin | 2026-10-24T12:00:00Z | 2026-10-25T00:30:00Z",
        "02:30 Europe/Berlin | 2026-10-25T00:30:00Z | 2026-10-26T01:30:00Z",
        // New York springs forward 2026-03-08 at 02:00
        "02:15 America/New_York | 2026-03-07T12:00:00Z | 2026-03-08T07:00:00Z",
        // Lord Howe moves by half an hour
        "02:15 Australia/Lord_Howe | 2026-10-03T12:00:00Z | 2026-10-03T15:30:00Z",
      })
  void nextAfterIsTheNextLocalTimeAcrossClockChanges(String setting, String after, String next) {
    DigestTime t = DigestTime.parse(setting).orElseThrow();
    assertThat(t.nextAfter(Instant.parse(after))).isEqualTo(Instant.parse(next));
  }

  @Test
  void aYearOfDigestsIsOnePerLocalDay() {
    DigestTime t = DigestTime.parse("02:30 Europe/Berlin").orElseThrow();
    Instant at = Instant.parse("2026-01-01T00:00:00Z");
    Instant end = Instant.parse("2027-01-01T00:00:00Z");
    int count = 0;
    for (Instant next = t.nextAfter(at); next.isBefore(end); next = t.nextAfter(at)) {
      assertThat(next).isAfter(at);
      assertThat(Duration.between(at, next)).isLessThanOrEqualTo(Duration.ofHours(25));
      at = next;
      count++;
    }
    assertThat(count).isEqualTo(365);
  }
}
