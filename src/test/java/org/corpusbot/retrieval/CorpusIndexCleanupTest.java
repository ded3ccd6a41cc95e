package org.corpusbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A half-opened or failing index releases everything it opened: writer, lock, directory. */
class CorpusIndexCleanupTest {
  @TempDir Path dir;

  @Test
  void aSearcherThatCannotOpenReleasesTheWriterAndItsLock() throws Exception {
    Path indexDir = dir.resolve("index");
    TestCorpus.indexed(dir).close();
    AtomicReference<FaultyDirectory> faulty = new AtomicReference<>();
    assertThatThrownBy(
            () ->
                CorpusIndex.openWritable(
                    indexDir,
                    d -> {
                      FaultyDirectory f = FaultyDirectory.open(d);
                      f.compoundOpensAllowed.set(1); // the writer reads it, the searcher can't
                      faulty.set(f);
                      return f;
                    }))
        .isInstanceOf(IndexUnavailableException.class)
        .hasRootCauseMessage("cannot read _0.cfs (injected)");
    assertThat(faulty.get().closed).isTrue();
    try (CorpusIndex again = CorpusIndex.openWritable(indexDir)) {
      assertThat(new ArticleCatalog(again).overview().articles()).isEqualTo(6);
    }
  }

  @Test
  void closeClosesEverythingAndKeepsTheFirstFailure() throws Exception {
    TestCorpus.indexed(dir).close();
    AtomicReference<FaultyDirectory> faulty = new AtomicReference<>();
    CorpusIndex index =
        CorpusIndex.openWritable(
            dir.resolve("index"),
            d -> {
              FaultyDirectory f = FaultyDirectory.open(d);
              faulty.set(f);
              return f;
            });
    faulty.get().failInputCloses.set(true);
    assertThatThrownBy(index::close).hasRootCauseMessage("closing _0.cfs failed (injected)");
    assertThat(faulty.get().closed).isTrue();
    faulty.get().failInputCloses.set(false);
    CorpusIndex.openWritable(dir.resolve("index")).close(); // the lock was released
  }
}
