package org.corpusbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A run that writes at least as many articles as the index held merges it into one segment (each
 * search reads one HNSW graph and one BM25 list per segment); a small update does not pay a merge.
 */
class CompactionIT {
  @TempDir Path dir;

  @Test
  void aRunThatDoublesTheIndexLeavesOneSegmentASmallUpdateAddsOne() throws IOException {
    Path corpus = TestCorpus.copyTo(dir.resolve("corpus"));
    try (CorpusIndex index = CorpusIndex.openWritable(dir.resolve("index"))) {
      assertThat(TestCorpus.sync(index, corpus).added()).isEqualTo(6);
      assertThat(segments(index)).isEqualTo(1);

      story(corpus, 0);
      assertThat(TestCorpus.sync(index, corpus).added()).isEqualTo(1);
      assertThat(segments(index)).as("one new article is a segment of its own").isEqualTo(2);

      for (int i = 1; i <= 7; i++) {
        story(corpus, i);
      }
      IndexReport bulk = TestCorpus.sync(index, corpus);

      assertThat(bulk.added()).isEqualTo(7);
      assertThat(segments(index)).as("seven articles onto seven: merged").isEqualTo(1);
      assertThat(
              new HybridSearcher(index, TestCorpus.embedder(), RetrievalTuning.defaults())
                  .search(
                      SearchRequest.of("lighthouse keeper number 5", LocalDate.of(2030, 1, 1), 3))
                  .articleIds())
          .first()
          .isEqualTo("story-5");
      assertThat(new LuceneCatalog(index).overview().articles()).isEqualTo(14);
    }
  }

  @Test
  void aMergeThatFailsLeavesTheIndexAsCommittedAndSearchable() throws IOException {
    Path corpus = TestCorpus.copyTo(dir.resolve("corpus"));
    FaultyDirectory[] faulty = new FaultyDirectory[1];
    try (CorpusIndex index =
        CorpusIndex.openWritable(dir.resolve("index"), d -> faulty[0] = FaultyDirectory.open(d))) {
      TestCorpus.sync(index, corpus);
      story(corpus, 0);
      TestCorpus.sync(index, corpus);
      for (int i = 1; i <= 7; i++) {
        story(corpus, i);
      }
      faulty[0].failMerges.set(true);

      IndexReport bulk = TestCorpus.sync(index, corpus);

      assertThat(bulk.added()).isEqualTo(7);
      assertThat(segments(index)).as("not merged").isEqualTo(3);
      assertThat(new LuceneCatalog(index).overview().articles()).isEqualTo(14);
      try (CorpusIndex other = CorpusIndex.openReadOnly(dir.resolve("index"))) {
        assertThat(new LuceneCatalog(other).overview().articles()).isEqualTo(14);
      }
      faulty[0].failMerges.set(false);
      story(corpus, 8);
      assertThat(TestCorpus.sync(index, corpus).added())
          .as("the writer still works after the failed merge")
          .isEqualTo(1);
      assertThat(new LuceneCatalog(index).overview().articles()).isEqualTo(15);
      assertThat(segments(index))
          .as("a small run does not redo the failed merge: only the next start or bulk write does")
          .isEqualTo(4);
    }
    try (CorpusIndex index = CorpusIndex.openWritable(dir.resolve("index"))) {
      TestCorpus.sync(index, corpus);
      assertThat(segments(index)).as("the next start merges what failed").isEqualTo(1);
    }
  }

  @Test
  void aStopAskedDuringTheMergeAbortsItAndTheNextRunOrStartMergesAgain() throws Exception {
    Path corpus = TestCorpus.copyTo(dir.resolve("corpus"));
    Path path = dir.resolve("index");
    FaultyDirectory[] faulty = new FaultyDirectory[1];
    Logger logger = (Logger) LoggerFactory.getLogger(Indexer.class);
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    logger.addAppender(logs);
    try (CorpusIndex index =
        CorpusIndex.openWritable(path, d -> faulty[0] = FaultyDirectory.open(d))) {
      TestCorpus.sync(index, corpus);
      story(corpus, 0);
      TestCorpus.sync(index, corpus);
      for (int i = 1; i <= 7; i++) {
        story(corpus, i);
      }
      FaultyDirectory.Gate reading = FaultyDirectory.Gate.merges();
      faulty[0].mergeReadGate = reading;
      AtomicBoolean stop = new AtomicBoolean();
      ExecutorService run = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-indexer"));
      try {
        Future<IndexReport> bulk =
            run.submit(
                () -> TestCorpus.sync(index, corpus, new SyncOptions(false, false, stop::get)));
        reading.awaitReached(); // the merge has written its vectors and is about to build a graph
        stop.set(true);
        Thread.sleep(300); // the stop is polled every 100 ms
        reading.release();
        assertThat(bulk.get(30, TimeUnit.SECONDS).added()).isEqualTo(7);
      } finally {
        faulty[0].mergeReadGate = null;
        reading.release();
        run.shutdownNow();
      }
      assertThat(segments(index)).as("the merge was aborted: as committed").isEqualTo(3);
      assertThat(new LuceneCatalog(index).overview().articles()).isEqualTo(14);
    } finally {
      logger.detachAppender(logs);
    }
    assertThat(logs.list)
        .filteredOn(e -> e.getFormattedMessage().contains("merge"))
        .extracting(ILoggingEvent::getFormattedMessage)
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("Index merge stopped after");
    try (CorpusIndex index = CorpusIndex.openWritable(path)) {
      assertThat(segments(index)).isEqualTo(3);
      assertThat(TestCorpus.sync(index, corpus).added()).as("nothing new").isZero();
      assertThat(segments(index)).as("the run at start merged what was stopped").isEqualTo(1);
      story(corpus, 8);
      TestCorpus.sync(index, corpus);
      assertThat(segments(index)).as("merged once: a small update adds a segment").isEqualTo(2);
    }
  }

  private static void story(Path corpus, int n) throws IOException {
    String[] places = {
      "Kerrow", "Lunde", "Barva", "Oskel", "Tamsin", "Querry", "Vell", "Drumlin", "Ashby"
    };
    Files.writeString(
        corpus.resolve("story-" + n + ".md"),
        "---\ntitle: Lighthouse keeper number "
            + n
            + " retires in "
            + places[n]
            + "\ndate: 2024-03-2"
            + n
            + "\n---\nThe lighthouse keeper of "
            + places[n]
            + " retired on Sunday after "
            + (20 + n)
            + " years; keeper number "
            + n
            + " hands the lamp to the harbour board.\n");
  }

  private static int segments(CorpusIndex index) {
    return index.search(s -> s.getIndexReader().leaves().size());
  }
}
