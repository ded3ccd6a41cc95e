package org.corpusbot.app;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.corpusbot.corpus.Article;
import org.corpusbot.retrieval.Annotation;
import org.corpusbot.retrieval.ArchiveWriter;
import org.corpusbot.retrieval.ArticleBlock;
import org.corpusbot.retrieval.CopyLookup;
import org.corpusbot.retrieval.Fingerprint;
import org.corpusbot.retrieval.IndexUnavailableException;
import org.corpusbot.retrieval.IndexedArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link ArchiveWriter} whose every call is tried again, with exponential backoff and jitter,
 * when the archive could not be reached or failed to answer ({@link IOException}, {@link
 * IndexUnavailableException}): a SolrCloud node restarting or a leader being elected costs an
 * indexing run a pause, not its end. Each call is safe to repeat (writing an article replaces its
 * block; deleting what is gone does nothing; a commit of the same meta commits again).
 *
 * <p>After the last attempt the failure is thrown: the run ends, what it committed stays, and the
 * next run carries on from there (indexing is incremental by content hash). No retry once the
 * archive is closing or the thread was interrupted (a stop).
 */
final class RetryingWriter implements ArchiveWriter {
  private static final Logger log = LoggerFactory.getLogger(RetryingWriter.class);

  /** What a run waits through: 1, 2, 4, 8, 16, 30, 30 s (±25%), about 1.5 minutes in all. */
  static final Policy DEFAULT = new Policy(8, Duration.ofSeconds(1), Duration.ofSeconds(30));

  /**
   * Attempts per call (the first included) and the backoff from {@code first} up to {@code max}.
   */
  record Policy(int attempts, Duration first, Duration max) {}

  private final ArchiveWriter inner;
  private final Retry retry;

  RetryingWriter(ArchiveWriter inner, Policy policy) {
    this.inner = inner;
    RetryConfig config =
        RetryConfig.custom()
            .maxAttempts(policy.attempts())
            .intervalFunction(
                IntervalFunction.ofExponentialRandomBackoff(
                    policy.first(), 2.0, 0.25, policy.max()))
            .retryOnException(this::transientFailure)
            .build();
    this.retry = Retry.of("archive-writer", config);
    retry
        .getEventPublisher()
        .onRetry(
            e ->
                log.warn(
                    "Writing to the archive failed (attempt {} of {}: {}); trying again in {} ms",
                    e.getNumberOfRetryAttempts(),
                    policy.attempts(),
                    reason(e.getLastThrowable()),
                    e.getWaitInterval().toMillis()));
  }

  private boolean transientFailure(Throwable t) {
    if (Thread.currentThread().isInterrupted() || inner.closed()) {
      return false;
    }
    return t instanceof IOException
        || t instanceof UncheckedIOException
        || t instanceof IndexUnavailableException;
  }

  private static String reason(Throwable t) {
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m.lines().findFirst().orElse("");
  }

  /** Runs {@code call} under the retry; its own failure is rethrown as it was. */
  private <T> T retried(Callable<T> call) throws IOException {
    try {
      return retry.executeCallable(call);
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("unexpected failure writing to the archive", e);
    }
  }

  private void retried(IoRunnable call) throws IOException {
    retried(
        () -> {
          call.run();
          return null;
        });
  }

  private <T> T retriedUnchecked(Callable<T> call) {
    try {
      return retried(call);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FunctionalInterface
  private interface IoRunnable {
    void run() throws IOException;
  }

  @Override
  public Map<String, String> committedMeta() {
    return retriedUnchecked(inner::committedMeta);
  }

  @Override
  public Map<String, IndexedArticle> indexed() {
    return retriedUnchecked(inner::indexed);
  }

  @Override
  public CopyLookup copies() {
    return retriedUnchecked(inner::copies);
  }

  @Override
  public void write(ArticleBlock block) throws IOException {
    retried(() -> inner.write(block));
  }

  @Override
  public void writeDuplicate(
      Article article, String hash, Fingerprint fp, long arrival, String sameAs)
      throws IOException {
    retried(() -> inner.writeDuplicate(article, hash, fp, arrival, sameAs));
  }

  @Override
  public void replaceAnnotations(Article article, List<Annotation> annotations) throws IOException {
    retried(() -> inner.replaceAnnotations(article, annotations));
  }

  @Override
  public void delete(String articleId) throws IOException {
    retried(() -> inner.delete(articleId));
  }

  @Override
  public void deleteAll() throws IOException {
    retried(inner::deleteAll);
  }

  @Override
  public void commit(Map<String, String> meta) throws IOException {
    retried(() -> inner.commit(meta));
  }

  @Override
  public void discardUncommitted() throws IOException {
    // Not retried: a backend that cannot discard (Solr) has nothing to do, and one that can
    // (Lucene) does it locally.
    inner.discardUncommitted();
  }

  @Override
  public boolean holdsUncommitted() {
    return inner.holdsUncommitted();
  }

  @Override
  public boolean closed() {
    return inner.closed();
  }

  @Override
  public IndexUnavailableException closedWhileIndexing(Exception cause) {
    return inner.closedWhileIndexing(cause);
  }
}
