package org.corpusbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.corpusbot.corpus.Chunker;
import org.corpusbot.corpus.SentenceSplitter;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalIndexIT {
  @TempDir Path dir;

  private static SearchResult search(CorpusIndex index, String text) {
    return new HybridSearcher(index, TestCorpus.embedder(), RetrievalTuning.defaults())
        .search(SearchRequest.of(text, LocalDate.of(2030, 1, 1), 5));
  }

  @Test
  void embedsOnlyNewOrChangedArticlesAndDropsDeletedOnes() throws Exception {
    Path corpus = TestCorpus.copyTo(dir.resolve("corpus"));
    try (CorpusIndex index = CorpusIndex.openWritable(dir.resolve("index"))) {
      IndexReport first = TestCorpus.sync(index, corpus);
      assertThat(first.added()).isEqualTo(6);
      assertThat(first.passages()).isPositive();

      IndexReport again = TestCorpus.sync(index, corpus);
      assertThat(again.unchanged()).isEqualTo(6);
      assertThat(again.indexed()).isZero();
      assertThat(again.passages()).isZero();

      Files.writeString(
          corpus.resolve("council-notes.txt"),
          Files.readString(corpus.resolve("council-notes.txt"))
              .replace("600 residents", "900 residents"));
      Files.delete(corpus.resolve("grain-report.html"));
      Files.writeString(
          corpus.resolve("new-story.md"),
          "---\ntitle: Zeppelin service returns to Kerrow\ndate: 2024-03-25\n---\nA zeppelin passenger service between Kerrow and Lunde resumed on Sunday after forty years.\n");
      IndexReport changed = TestCorpus.sync(index, corpus);
      assertThat(changed.changed()).isEqualTo(1);
      assertThat(changed.deleted()).isEqualTo(1);
      assertThat(changed.added()).isEqualTo(1);
      assertThat(changed.unchanged()).isEqualTo(4);

      assertThat(search(index, "zeppelin passenger service").articleIds().get(0))
          .isEqualTo("new-story");
      assertThat(
              search(index, "residents packed the budget hearing").hits().get(0).passage().text())
          .contains("900 residents");
      assertThat(search(index, "record wheat harvest").articleIds())
          .as("the vector list always finds neighbours")
          .isNotEmpty()
          .doesNotContain("grain-report");
      assertThat(new LuceneCatalog(index).overview().articles()).isEqualTo(6);
    }
  }

  @Test
  void committedStateIsVisibleToAReaderInAnotherProcessAndRebuildsWhenChunkingChanges() {
    Path corpus = TestCorpus.copyTo(dir.resolve("corpus"));
    try (CorpusIndex index = CorpusIndex.openWritable(dir.resolve("index"))) {
      TestCorpus.sync(index, corpus);
      try (CorpusIndex reader = CorpusIndex.openReadOnly(dir.resolve("index"))) {
        assertThat(new LuceneCatalog(reader).overview().articles()).isEqualTo(6);
      }
      Indexer other =
          new Indexer(index, TestCorpus.embedder(), new Chunker(new SentenceSplitter(), 300), 300);
      IndexReport report = other.sync(TestCorpus.load(corpus), false, IndexProgress.NONE);
      assertThat(report.rebuilt()).isTrue();
      assertThat(report.added()).isEqualTo(6);
    }
  }

  @Test
  void aSecondWriterIsRefusedWithAClearMessage() {
    try (CorpusIndex index = CorpusIndex.openWritable(dir.resolve("index"))) {
      assertThatThrownBy(() -> CorpusIndex.openWritable(dir.resolve("index")))
          .isInstanceOf(IndexUnavailableException.class)
          .hasMessageContaining("another corpusbot process");
    }
  }

  @Test
  void readingAMissingIndexSaysHowToBuildIt() {
    assertThatThrownBy(() -> CorpusIndex.openReadOnly(dir.resolve("none")))
        .isInstanceOf(IndexUnavailableException.class)
        .hasMessageContaining("corpusbot index");
  }
}
