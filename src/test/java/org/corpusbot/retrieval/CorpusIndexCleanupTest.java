package org.corpusbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.corpusbot.corpus.Chunker;
import org.corpusbot.corpus.SentenceSplitter;
import org.corpusbot.testing.ConsoleCapture;
import org.corpusbot.testing.SyntheticCorpus;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A half-opened, failing or closing index releases everything it opened: writer, lock, directory;
 * also when it is closed while a run is going or while a failed run reopens its writer.
 */
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
      assertThat(new LuceneCatalog(again).overview().articles()).isEqualTo(6);
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

  @Test
  void closingWhileAFailedRunReopensTheWriterLeavesNoWriterOrLockBehind() throws Exception {
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
    FaultyDirectory f = faulty.get();
    f.lockGate = new FaultyDirectory.Gate("failed-run");
    f.closeGate = new FaultyDirectory.Gate("closer");
    Thread discard =
        new Thread(
            () -> {
              try {
                index.discardUncommitted();
              } catch (IOException | RuntimeException e) {
                // the index closing under it may fail it; what matters is what it leaves behind
              }
            },
            "failed-run");
    discard.start();
    f.lockGate.awaitReached(); // the failed run is opening a new writer
    Thread closer = new Thread(index::close, "closer");
    closer.start();
    while (!f.closeGate.reached() && closer.getState() != Thread.State.BLOCKED) {
      Thread.onSpinWait(); // closing the directory, or waiting for the reopening to end
    }
    f.lockGate.release();
    discard.join(); // the reopening ends before the close does
    f.closeGate.release();
    closer.join();
    CorpusIndex.openWritable(dir.resolve("index")).close(); // no writer holds the lock
  }

  @Test
  void closingTheIndexUnderARunningIndexerEndsTheRunSayingSo() {
    Path corpus = TestCorpus.copyTo(dir.resolve("corpus"));
    SyntheticCorpus.writeText(corpus.resolve("more"), 100);
    CorpusIndex index = CorpusIndex.openWritable(dir.resolve("index"));
    IndexProgress closing =
        new IndexProgress() {
          @Override
          public void update(int done, int total) {
            index.close(); // closing the bot while indexing would not stop
          }

          @Override
          public void finish() {}
        };
    ConsoleCapture console = new ConsoleCapture();
    console.start();
    try {
      assertThatThrownBy(
              () ->
                  new Indexer(
                          index,
                          TestCorpus.embedder(),
                          new Chunker(new SentenceSplitter(), TestCorpus.CHUNK),
                          TestCorpus.CHUNK)
                      .sync(TestCorpus.loaded(corpus), SyncOptions.UPDATE, closing))
          .isInstanceOf(IndexUnavailableException.class)
          .hasMessageContaining("was closed while indexing");
      assertThat(console.stderr())
          .doesNotContain("could not be reopened")
          .doesNotContain("restart");
    } finally {
      console.stop();
    }
    CorpusIndex.openWritable(dir.resolve("index")).close(); // no writer holds the lock
  }
}
