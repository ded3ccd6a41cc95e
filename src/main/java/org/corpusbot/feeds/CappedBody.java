package org.corpusbot.feeds;

import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read into memory up to {@code max} bytes; one byte more cancels the download and
 * fails with {@link TooLarge}, so a 50 MB page costs at most {@code max} bytes of heap, whatever
 * its Content-Length said.
 */
final class CappedBody implements BodySubscriber<byte[]> {
  /** The body went past the cap; the download was cancelled there. */
  static final class TooLarge extends RuntimeException {
    TooLarge() {
      super(null, null, false, false);
    }
  }

  private final long max;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
  private Flow.Subscription subscription;

  CappedBody(long max) {
    this.max = max;
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    s.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    for (ByteBuffer b : buffers) {
      if (bytes.size() + (long) b.remaining() > max) {
        subscription.cancel();
        result.completeExceptionally(new TooLarge());
        return;
      }
      byte[] chunk = new byte[b.remaining()];
      b.get(chunk);
      bytes.write(chunk, 0, chunk.length);
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable t) {
    result.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    result.complete(bytes.toByteArray());
  }
}
