package org.corpusbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
