package org.corpusbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.corpusbot.corpus.Chunker;
import org.corpusbot.corpus.SentenceSplitter;
import org.corpusbot.meetings.ContactAnnotator;
import org.corpusbot.meetings.MeetingExtractor;
import org.corpusbot.testing.CorpusbotProcess;
import org.corpusbot.testing.SyntheticCorpus;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data folder's disk fills up during indexing: a clear error, nothing of the failed run kept,
 * and the last committed index still answers. On a real (small tmpfs) file system with the indexer
 * as a process, where the test may mount one (else JUnit reports that case skipped, saying why),
 * and with the failure injected at Lucene's Directory, which always runs.
 */
class DiskFullIT {
  private static final Duration RUN = Duration.ofMinutes(3);
  private static final String QUESTION = "How much will the new council project cost?";

  @TempDir Path dir;

  @Test
  void aFullDiskFailsTheRunClearlyAndTheLastCommitStillAnswers() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    assumeTrue(
        mount(data, "512k"),
        "cannot mount a tmpfs here (it takes root or CAP_SYS_ADMIN): a real full disk is not"
            + " tested; aWriteFailureAtTheDirectory… injects the failure instead");
    try {
      Path corpus = TestCorpus.copyTo(dir.resolve("corpus"));
      assertThat(index(corpus, data, "first").waitFor(RUN)).isZero();
      SyntheticCorpus.writeText(corpus.resolve("more"), 300);
      CorpusbotProcess full = index(corpus, data, "full");
      assertThat(full.waitFor(RUN)).isEqualTo(1);
      assertThat(full.output())
          .contains("corpusbot: indexing failed in " + data.resolve("index"))
          .contains("No space left on device")
          .contains("the index keeps its last commit");
      try (CorpusIndex index = CorpusIndex.openReadOnly(data.resolve("index"))) {
        assertThat(new LuceneCatalog(index).overview().articles()).isEqualTo(6);
        assertThat(seedAnswer(index)).isEqualTo(TestCorpus.SEED_ID);
      }
    } finally {
      unmount(data);
    }
  }

  @Test
  void aWriteFailureAtTheDirectoryFailsTheRunAndKeepsTheLastCommit() throws Exception {
    Path corpus = TestCorpus.copyTo(dir.resolve("injected-corpus"));
    FaultyDirectory[] faulty = new FaultyDirectory[1];
    try (CorpusIndex index =
        CorpusIndex.openWritable(
            dir.resolve("injected-index"), d -> faulty[0] = FaultyDirectory.open(d))) {
      indexer(index).sync(TestCorpus.loaded(corpus), SyncOptions.UPDATE, IndexProgress.NONE);
      SyntheticCorpus.writeText(corpus.resolve("more"), 200);
      IndexProgress fillsUp =
          new IndexProgress() {
            @Override
            public void update(int done, int total) {
              faulty[0].failWrites.set(true); // the disk is full from the first batch on
            }

            @Override
            public void finish() {}
          };
      assertThatThrownBy(
              () ->
                  new Indexer(
                          index,
                          TestCorpus.embedder(),
                          new Chunker(new SentenceSplitter(), TestCorpus.CHUNK),
                          TestCorpus.CHUNK,
                          List.of(new ContactAnnotator(new MeetingExtractor())),
                          new IndexPolicy(200_000, 0.2, 1))
                      .sync(TestCorpus.loaded(corpus), SyncOptions.UPDATE, fillsUp))
          .isInstanceOf(IndexUnavailableException.class)
          .hasMessageContaining("No space left on device")
          .hasMessageContaining("the index keeps its last commit");
      assertThat(new LuceneCatalog(index).overview().articles()).isEqualTo(6);
      assertThat(seedAnswer(index)).isEqualTo(TestCorpus.SEED_ID);
      try (CorpusIndex other = CorpusIndex.openReadOnly(dir.resolve("injected-index"))) {
        assertThat(new LuceneCatalog(other).overview().articles()).isEqualTo(6);
      }
      faulty[0].failWrites.set(false); // space freed: the next run does it all
      IndexReport next =
          indexer(index).sync(TestCorpus.loaded(corpus), SyncOptions.UPDATE, IndexProgress.NONE);
      assertThat(next.added()).isEqualTo(200);
      assertThat(new LuceneCatalog(index).overview().articles()).isEqualTo(206);
    }
  }

  private static Indexer indexer(CorpusIndex index) {
    return new Indexer(
        index,
        TestCorpus.embedder(),
        new Chunker(new SentenceSplitter(), TestCorpus.CHUNK),
        TestCorpus.CHUNK,
        List.of(new ContactAnnotator(new MeetingExtractor())));
  }

  private static String seedAnswer(CorpusIndex index) {
    return new HybridSearcher(index, TestCorpus.embedder(), RetrievalTuning.defaults())
        .search(
            SearchRequest.of(
                "What did Washington hand over to Moscow?", LocalDate.of(2021, 11, 1), 3))
        .articleIds()
        .get(0);
  }

  private CorpusbotProcess index(Path corpus, Path data, String name) {
    return CorpusbotProcess.start(
        dir.resolve(name + ".log"),
        Map.of(),
        "--corpus",
        corpus.toString(),
        "--data",
        data.toString(),
        "index");
  }

  private static boolean mount(Path at, String size) throws Exception {
    Process p =
        new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", at.toString())
            .redirectErrorStream(true)
            .start();
    return p.waitFor() == 0;
  }

  private static void unmount(Path at) throws Exception {
    if (new ProcessBuilder("umount", at.toString()).start().waitFor() != 0) {
      new ProcessBuilder("umount", "-l", at.toString()).start().waitFor();
    }
  }
}
