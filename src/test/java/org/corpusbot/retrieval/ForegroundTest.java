package org.corpusbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Background work waits for foreground work, but never longer than its max wait. */
class ForegroundTest {
  @Test
  void withNothingInFlightBackgroundWorkGoesOn() {
    Foreground f = new Foreground(10, TimeUnit.SECONDS);
    long t0 = System.nanoTime();
    f.yieldToForeground();
    assertThat(System.nanoTime() - t0).isLessThan(TimeUnit.SECONDS.toNanos(5));
  }

  @Test
  void backgroundWorkWaitsUntilTheForegroundWorkEnds() throws Exception {
    Foreground f = new Foreground(1, TimeUnit.HOURS);
    Foreground.Work answer = f.enter();
    CountDownLatch yielded = new CountDownLatch(1);
    Thread indexing =
        new Thread(
            () -> {
              f.yieldToForeground();
              yielded.countDown();
            },
            "indexing");
    indexing.start();
    assertThat(yielded.await(300, TimeUnit.MILLISECONDS)).as("went on during an answer").isFalse();
    answer.close();
    assertThat(yielded.await(1, TimeUnit.MINUTES)).isTrue();
  }

  @Test
  void backgroundWorkWaitsAtMostItsMaxWait() {
    Foreground f = new Foreground(50, TimeUnit.MILLISECONDS);
    try (Foreground.Work endless = f.enter()) {
      long t0 = System.nanoTime();
      f.yieldToForeground();
      assertThat(System.nanoTime() - t0).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(50));
    }
  }
}
