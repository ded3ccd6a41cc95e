package org.corpusbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTest {
  private static final RetryPolicy SMALL =
      new RetryPolicy(
          Duration.ofMillis(100),
          Duration.ofMillis(400),
          Duration.ofSeconds(60),
          Duration.ofMinutes(1));

  @ParameterizedTest(name = "attempt {0}, random {1}")
  @CsvSource({
    // attempt, random (0..1), wait in ms = min(100 × 2^(attempt−1), 400) × (0.75 + random / 2)
    "1, 0.5, 100",
    "2, 0.5, 200",
    "3, 0.5, 400",
    "4, 0.5, 400", // capped
    "3, 0.0, 300",
    "3, 1.0, 500",
    "2, 0.25, 175",
    "0, 0.5, 100", // below range: the first wait
    "-5, 0.0, 75",
    "21, 0.5, 400", // the doubling stops at 2^20, far beyond the cap
    "2147483647, 1.0, 500"
  })
  void doublesFromFirstToMaxWithJitter(int attempt, double random, long ms) {
    assertThat(SMALL.backoff(attempt, random)).isEqualTo(Duration.ofMillis(ms));
  }

  @Test
  void aWaitIsNeverZero() {
    RetryPolicy zero = new RetryPolicy(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    assertThat(zero.backoff(1, 0.0)).isEqualTo(Duration.ofMillis(1));
  }

  @Test
  void theJitteredWaitStaysWithinAQuarterOfTheSchedule() {
    List<Long> waits = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      waits.add(SMALL.backoff(2).toMillis());
    }
    assertThat(waits).hasSize(200).allSatisfy(w -> assertThat(w).isBetween(150L, 250L));
    assertThat(waits.stream().distinct().count())
        .as("jittered, not one fixed wait")
        .isGreaterThan(1);
  }

  @ParameterizedTest(name = "retry_after {0}")
  @CsvSource({
    // Telegram's retry_after in seconds (empty: absent), the wait in seconds (at least 1, at most
    // maxRetryAfter = 60)
    "  , 1",
    "0, 1",
    "-3, 1",
    "1, 1",
    "30, 30",
    "60, 60",
    "61, 60",
    "2147483647, 60"
  })
  void honoursRetryAfterWithinOneSecondAndTheCap(Integer seconds, long expected) {
    assertThat(SMALL.retryAfter(seconds)).isEqualTo(Duration.ofSeconds(expected));
  }

  @Test
  void pollingBacksOffOnTheScheduleTellsTheListenerAndStartsAgainAfterAPoll() {
    List<Boolean> polls = new ArrayList<>();
    PollBackOff b =
        new PollBackOff(
            SMALL,
            new TelegramListener() {
              @Override
              public void polled(boolean ok) {
                polls.add(ok);
              }
            });
    assertThat(b.nextBackOffMillis()).isBetween(75L, 125L);
    assertThat(b.nextBackOffMillis()).isBetween(150L, 250L);
    assertThat(b.nextBackOffMillis()).isBetween(300L, 500L);
    assertThat(b.nextBackOffMillis()).isBetween(300L, 500L);
    b.reset();
    assertThat(b.nextBackOffMillis()).as("from the start again").isBetween(75L, 125L);
    assertThat(polls).containsExactly(false, false, false, false, true, false);
  }

  @Test
  void aLongOutageStaysAtTheMaximum() {
    PollBackOff b = new PollBackOff(SMALL);
    b.reset(); // a reset before any failure changes nothing
    List<Long> waits = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      waits.add(b.nextBackOffMillis());
    }
    assertThat(waits.subList(2, 5000))
        .hasSize(4998)
        .allSatisfy(w -> assertThat(w).isBetween(300L, 500L));
  }
}
