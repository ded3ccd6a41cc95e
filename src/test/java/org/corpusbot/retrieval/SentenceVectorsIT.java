package org.corpusbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.corpusbot.corpus.SentenceSplitter;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Passages are indexed with their sentences' vectors; an index without them is rebuilt. */
class SentenceVectorsIT {
  private static final LocalDate ASKED = LocalDate.of(2024, 4, 1);

  @TempDir Path dir;

  @Test
  void everyHitCarriesOneStoredVectorPerSentenceOfItsPassage() {
    try (CorpusIndex index = TestCorpus.indexed(dir)) {
      SearchResult r = search(index, "What did Washington hand over to Moscow?");
      assertThat(r.hits()).isNotEmpty();
      SentenceSplitter splitter = new SentenceSplitter();
      for (PassageHit h : r.hits()) {
        int sentences = splitter.split(h.passage().text()).size();
        assertThat(h.sentences()).as(h.passage().text()).isNotNull();
        assertThat(h.sentences().count()).isEqualTo(sentences);
        for (int i = 0; i < sentences; i++) {
          assertThat(h.sentences().dot(i, r.queryVector())).isBetween(-1.0, 1.0);
        }
      }
    }
  }

  @Test
  void anIndexOfTheFirstSchemaIsRebuiltAndThenCarriesSentenceVectors() throws Exception {
    Path corpus = TestCorpus.copyTo(dir.resolve("corpus"));
    try (CorpusIndex index = CorpusIndex.openWritable(dir.resolve("index"))) {
      TestCorpus.sync(index, corpus);
      Map<String, String> first = new HashMap<>(index.commitData());
      first.put(IndexSchema.META_SCHEMA, "1");
      index.commit(first);

      IndexReport again = TestCorpus.sync(index, corpus);

      assertThat(again.rebuilt()).isTrue();
      assertThat(index.commitData())
          .containsEntry(IndexSchema.META_SCHEMA, IndexSchema.SCHEMA_VERSION)
          .containsEntry(IndexSchema.META_SCHEMA, "3");
      assertThat(search(index, "Where did Putin and Biden meet?").hits())
          .allSatisfy(h -> assertThat(h.sentences()).isNotNull());
    }
  }

  private static SearchResult search(CorpusIndex index, String q) {
    HybridSearcher s = new HybridSearcher(index, TestCorpus.embedder(), RetrievalTuning.defaults());
    return s.search(SearchRequest.of(q, ASKED, 8));
  }
}
