package org.corpusbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.corpusbot.corpus.Article;
import org.corpusbot.retrieval.Annotation;
import org.corpusbot.retrieval.ArchiveWriter;
import org.corpusbot.retrieval.ArticleBlock;
import org.corpusbot.retrieval.CopyLookup;
import org.corpusbot.retrieval.Fingerprint;
import org.corpusbot.retrieval.IndexUnavailableException;
import org.corpusbot.retrieval.IndexedArticle;
import org.junit.jupiter.api.Test;

class RetryingWriterTest {
  private static final RetryingWriter.Policy QUICK =
      new RetryingWriter.Policy(4, Duration.ofMillis(1), Duration.ofMillis(4));

  /** A writer whose deletes fail with {@code failures} in turn, then succeed. */
  private static final class Flaky implements ArchiveWriter {
    final List<RuntimeException> unchecked = new ArrayList<>();
    int ioFailures;
    int calls;
    final List<String> deleted = new ArrayList<>();
    final AtomicBoolean closed = new AtomicBoolean();

    @Override
    public void delete(String articleId) throws IOException {
      calls++;
      if (ioFailures > 0) {
        ioFailures--;
        throw new IOException("Connection refused: 127.0.0.1:8983");
      }
      if (!unchecked.isEmpty()) {
        throw unchecked.remove(0);
      }
      deleted.add(articleId);
    }

    @Override
    public Map<String, String> committedMeta() {
      return Map.of();
    }

    @Override
    public Map<String, IndexedArticle> indexed() {
      return Map.of();
    }

    @Override
    public CopyLookup copies() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void write(ArticleBlock block) {}

    @Override
    public void writeDuplicate(
        Article article, String hash, Fingerprint fp, long arrival, String sameAs) {}

    @Override
    public void replaceAnnotations(Article article, List<Annotation> annotations) {}

    @Override
    public void deleteAll() {}

    @Override
    public void commit(Map<String, String> meta) {}

    @Override
    public void discardUncommitted() {}

    @Override
    public boolean closed() {
      return closed.get();
    }

    @Override
    public IndexUnavailableException closedWhileIndexing(Exception cause) {
      return new IndexUnavailableException("closed", cause);
    }
  }

  @Test
  void anUnreachableArchiveIsTriedAgainUntilItAnswers() throws Exception {
    Flaky flaky = new Flaky();
    flaky.ioFailures = 2;
    flaky.unchecked.add(new IndexUnavailableException("no live replica of shard1"));
    new RetryingWriter(flaky, QUICK).delete("a1");
    assertThat(flaky.calls).isEqualTo(4);
    assertThat(flaky.deleted).containsExactly("a1");
  }

  @Test
  void afterTheLastAttemptTheFailureIsThrownAsItWas() {
    Flaky flaky = new Flaky();
    flaky.ioFailures = 10;
    assertThatThrownBy(() -> new RetryingWriter(flaky, QUICK).delete("a1"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("Connection refused");
    assertThat(flaky.calls).isEqualTo(4);
    assertThat(flaky.deleted).isEmpty();
  }

  @Test
  void aFailureThatIsNotTheArchivesReachIsNotRepeated() {
    Flaky flaky = new Flaky();
    flaky.unchecked.add(new IllegalArgumentException("document too large"));
    assertThatThrownBy(() -> new RetryingWriter(flaky, QUICK).delete("a1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(flaky.calls).isEqualTo(1);
  }

  @Test
  void aClosingArchiveIsNotTriedAgain() {
    Flaky flaky = new Flaky();
    flaky.ioFailures = 10;
    flaky.closed.set(true);
    assertThatThrownBy(() -> new RetryingWriter(flaky, QUICK).delete("a1"))
        .isInstanceOf(IOException.class);
    assertThat(flaky.calls).isEqualTo(1);
  }
}
