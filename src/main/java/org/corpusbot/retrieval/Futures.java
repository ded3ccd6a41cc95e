package org.corpusbot.retrieval;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for work handed to another thread as if it had been done on this one. */
public final class Futures {
  private Futures() {}

  /**
   * Waits for {@code future}'s value. Its failure is thrown as itself when unchecked (a model's
   * {@code IllegalStateException} stays one, as when the work ran here), wrapped in a {@link
   * CompletionException} when checked; a cancelled future throws {@code CancellationException}.
   */
  public static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }
}
