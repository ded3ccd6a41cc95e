package org.corpusbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.corpusbot.corpus.Chunker;
import org.corpusbot.corpus.Corpus;
import org.corpusbot.corpus.SentenceSplitter;
import org.corpusbot.testing.SyntheticCorpus;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild (new chunking or a new model) is never visible half-done: searches, in this process and
 * in another one, see the previous index until the rebuild commits, questions are embedded by the
 * model of the index being served, and a rebuild that does not finish (stopped, or failed by a full
 * disk) leaves the previous index in service.
 */
class QuietRebuildIT {
  private static final IndexPolicy COMMIT_OFTEN = new IndexPolicy(200_000, 0.2, 1);
  private static final LocalDate ASKED = LocalDate.of(2030, 1, 1);

  @TempDir Path dir;

  private Corpus corpus() {
    Path corpus = TestCorpus.copyTo(dir.resolve("corpus"));
    SyntheticCorpus.writeText(corpus.resolve("more"), 40);
    return TestCorpus.loaded(corpus);
  }

  private static Indexer indexer(CorpusIndex index, Embedder embedder, int chunk) {
    return new Indexer(
        index,
        embedder,
        new Chunker(new SentenceSplitter(), chunk),
        chunk,
        List.of(),
        COMMIT_OFTEN);
  }

  /** What a search sees: articles, passages. */
  private static List<Integer> seen(CorpusIndex index) {
    var o = new LuceneCatalog(index).overview();
    return List.of(o.articles(), o.passages());
  }

  /** Progress that, after each batch, waits until a commit is due and records what is seen. */
  private IndexProgress watching(CorpusIndex index, List<List<Integer>> seen) {
    return new IndexProgress() {
      @Override
      public void update(int done, int total) {
        sleep(1_100);
        seen.add(seen(index));
        try (CorpusIndex other = CorpusIndex.openReadOnly(dir.resolve("index"))) {
          seen.add(seen(other));
        }
      }

      @Override
      public void finish() {}
    };
  }

  @Test
  void aRebuildIsInvisibleUntilItIsCompleteAndCommittedOnce() {
    Corpus corpus = corpus();
    try (CorpusIndex index = CorpusIndex.openWritable(dir.resolve("index"))) {
      indexer(index, TestCorpus.embedder(), 600)
          .sync(corpus, SyncOptions.UPDATE, IndexProgress.NONE);
      List<Integer> before = seen(index);
      List<List<Integer>> during = new ArrayList<>();
      IndexReport rebuilt =
          indexer(index, TestCorpus.embedder(), 300)
              .sync(corpus, SyncOptions.UPDATE, watching(index, during));
      assertThat(rebuilt.rebuilt()).isTrue();
      assertThat(during).hasSizeGreaterThan(2).allMatch(before::equals);
      assertThat(seen(index).get(0)).isEqualTo(46);
      assertThat(seen(index).get(1)).isGreaterThan(before.get(1));
    }
  }

  @Test
  void aRebuildThatStopsLeavesThePreviousIndexInService() {
    Corpus corpus = corpus();
    try (CorpusIndex index = CorpusIndex.openWritable(dir.resolve("index"))) {
      indexer(index, TestCorpus.embedder(), 600)
          .sync(corpus, SyncOptions.UPDATE, IndexProgress.NONE);
      List<Integer> before = seen(index);
      IndexReport stopped =
          indexer(index, TestCorpus.embedder(), 300)
              .sync(corpus, SyncOptions.REBUILD.withStop(() -> true), IndexProgress.NONE);
      assertThat(stopped.stopped()).isTrue();
      assertThat(stopped.summary()).contains("the previous index stays in service");
      assertThat(seen(index)).isEqualTo(before);
      // and the next update does not commit what the abandoned rebuild had written
      IndexReport next =
          indexer(index, TestCorpus.embedder(), 600)
              .sync(corpus, SyncOptions.UPDATE, IndexProgress.NONE);
      assertThat(next.unchanged()).isEqualTo(46);
      assertThat(seen(index)).isEqualTo(before);
    }
    try (CorpusIndex reopened = CorpusIndex.openReadOnly(dir.resolve("index"))) {
      assertThat(new LuceneCatalog(reopened).overview().articles()).isEqualTo(46);
    }
  }

  @Test
  void aRebuildThatFailsLeavesThePreviousIndexInService() throws Exception {
    Corpus corpus = corpus();
    FaultyDirectory[] faulty = new FaultyDirectory[1];
    try (CorpusIndex index =
        CorpusIndex.openWritable(dir.resolve("index"), d -> faulty[0] = FaultyDirectory.open(d))) {
      indexer(index, TestCorpus.embedder(), 600)
          .sync(corpus, SyncOptions.UPDATE, IndexProgress.NONE);
      List<Integer> before = seen(index);
      List<String> answered = answer(index);
      IndexProgress diskFills =
          new IndexProgress() {
            @Override
            public void update(int done, int total) {
              faulty[0].failWrites.set(true); // from the first batch of the rebuild on
            }

            @Override
            public void finish() {}
          };
      assertThatThrownBy(
              () ->
                  indexer(index, TestCorpus.embedder(), 300)
                      .sync(corpus, SyncOptions.REBUILD, diskFills))
          .isInstanceOf(IndexUnavailableException.class)
          .hasMessageContaining("No space left on device")
          .hasMessageContaining("the index keeps its last commit");
      assertThat(seen(index)).isEqualTo(before);
      try (CorpusIndex other = CorpusIndex.openReadOnly(dir.resolve("index"))) {
        assertThat(seen(other)).isEqualTo(before);
        assertThat(answer(other)).isEqualTo(answered);
      }
      faulty[0].failWrites.set(false); // space freed: the rebuild is done again, whole
      IndexReport rebuilt =
          indexer(index, TestCorpus.embedder(), 300)
              .sync(corpus, SyncOptions.UPDATE, IndexProgress.NONE);
      assertThat(rebuilt.rebuilt()).isTrue();
      assertThat(rebuilt.added()).isEqualTo(46);
      assertThat(seen(index).get(1)).isGreaterThan(before.get(1));
    }
  }

  /** The articles a question only one synthetic article answers finds. */
  private static List<String> answer(CorpusIndex index) {
    return new HybridSearcher(index, TestCorpus.embedder(), RetrievalTuning.defaults())
        .search(SearchRequest.of(SyntheticCorpus.question(17), ASKED, 3))
        .articleIds();
  }

  @Test
  void whileANewModelIsBuiltQuestionsAreEmbeddedByTheServedIndexsModel() {
    Corpus corpus = corpus();
    String question = SyntheticCorpus.question(17);
    LocalDate asOf = LocalDate.of(2030, 1, 1);
    try (CorpusIndex index = CorpusIndex.openWritable(dir.resolve("index"));
        Embedder bge = new Embedder(EmbeddingModelChoice.BGE_SMALL)) {
      indexer(index, TestCorpus.embedder(), 600)
          .sync(corpus, SyncOptions.UPDATE, IndexProgress.NONE);
      // The bot is now configured for bge: its searcher's embedder is bge.
      HybridSearcher searcher = new HybridSearcher(index, bge, RetrievalTuning.defaults());
      SearchResult served = searcher.search(SearchRequest.of(question, asOf, 5));
      assertThat(served.model()).isEqualTo(EmbeddingModelChoice.MINILM);
      float[] minilm = TestCorpus.embedder().embedQuery(question);
      // the same model's vector; the bits may differ (another session of it, see Embedder)
      assertThat(cosine(served.queryVector(), minilm)).isCloseTo(1.0, within(1e-5));
      List<SearchResult> during = new ArrayList<>();
      IndexProgress asking =
          new IndexProgress() {
            @Override
            public void update(int done, int total) {
              during.add(searcher.search(SearchRequest.of(question, asOf, 5)));
            }

            @Override
            public void finish() {}
          };
      indexer(index, bge, 600).sync(corpus, SyncOptions.UPDATE, asking);
      assertThat(during).isNotEmpty();
      for (SearchResult r : during) {
        assertThat(r.model()).isEqualTo(EmbeddingModelChoice.MINILM);
        assertThat(r.articleIds()).isEqualTo(served.articleIds());
      }
      SearchResult after = searcher.search(SearchRequest.of(question, asOf, 5));
      assertThat(after.model()).isEqualTo(EmbeddingModelChoice.BGE_SMALL);
      assertThat(after.articleIds().get(0)).isEqualTo(served.articleIds().get(0));
    }
  }

  private static double cosine(float[] a, float[] b) {
    assertThat(a).hasSameSizeAs(b);
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s; // both of unit length
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
