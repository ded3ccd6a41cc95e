package org.corpusbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Joining work done on another thread throws its failure as that thread would have. */
class FuturesTest {
  @Test
  void aValueComesBackAndAnUncheckedFailureIsThrownAsItself() {
    assertThat(Futures.join(CompletableFuture.completedFuture("v"))).isEqualTo("v");
    IllegalStateException model = new IllegalStateException("model failed");
    assertThatThrownBy(() -> Futures.join(CompletableFuture.failedFuture(model))).isSameAs(model);
    AssertionError error = new AssertionError("bug");
    assertThatThrownBy(() -> Futures.join(CompletableFuture.failedFuture(error))).isSameAs(error);
  }

  @Test
  void aCheckedFailureStaysWrappedAndACancelledFutureSaysSo() {
    IOException io = new IOException("disk");
    assertThatThrownBy(() -> Futures.join(CompletableFuture.failedFuture(io)))
        .isInstanceOf(CompletionException.class)
        .hasCause(io);
    CompletableFuture<String> cancelled = new CompletableFuture<>();
    cancelled.cancel(true);
    assertThatThrownBy(() -> Futures.join(cancelled)).isInstanceOf(CancellationException.class);
  }
}
