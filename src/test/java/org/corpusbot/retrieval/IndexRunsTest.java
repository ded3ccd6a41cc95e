package org.corpusbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** Each run has its own stop; a shutdown stops every run and starts none after. */
class IndexRunsTest {
  /** A run that waits until {@code release}, then says whether it was asked to stop. */
  private static Boolean held(
      BooleanSupplier stop, CountDownLatch started, CountDownLatch release) {
    started.countDown();
    try {
      release.await(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return stop.getAsBoolean();
  }

  @Test
  void aCallerThatGivesUpStopsItsRunOnly() throws Exception {
    try (IndexRuns runs = new IndexRuns()) {
      CountDownLatch started = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      Thread caller =
          new Thread(() -> runs.run("first", stop -> held(stop, started, release)), "caller");
      caller.start();
      assertThat(started.await(1, TimeUnit.MINUTES)).isTrue();
      caller.interrupt();
      caller.join();
      assertThat(runs.running()).map(IndexRuns.Running::why).contains("first");
      release.countDown();
      assertThat(runs.run("second", BooleanSupplier::getAsBoolean)).isFalse();
    }
  }

  @Test
  void aShutdownStopsTheRunGoingAndThoseWaitingAndStartsNoneAfter() throws Exception {
    IndexRuns runs = new IndexRuns();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Future<Boolean> going = runs.startIfIdle("going", s -> held(s, started, release)).orElseThrow();
    assertThat(started.await(1, TimeUnit.MINUTES)).isTrue();
    AtomicReference<Boolean> waited = new AtomicReference<>();
    Thread waiting =
        new Thread(() -> waited.set(runs.run("waiting", BooleanSupplier::getAsBoolean)), "waiter");
    waiting.start();
    while (waiting.getState() != Thread.State.WAITING) { // submitted, waiting for its turn
      Thread.onSpinWait();
    }
    runs.shutdown();
    release.countDown();
    assertThat(going.get(1, TimeUnit.MINUTES)).isTrue();
    waiting.join();
    assertThat(waited.get()).isTrue();
    assertThat(runs.stop(Duration.ofMinutes(1))).isTrue();
    assertThatThrownBy(() -> runs.run("after", s -> false))
        .hasMessageContaining("indexing has stopped");
  }
}
