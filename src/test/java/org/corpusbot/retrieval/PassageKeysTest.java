package org.corpusbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.Passage;
import org.junit.jupiter.api.Test;

/**
 * A search knows its candidates by (article, ordinal): read from a doc value, or from stored fields
 * for passages indexed before they had one. Both kinds live side by side in an index that was
 * updated after the change, and each must keep its own ordinal.
 */
class PassageKeysTest {
  @Test
  void passagesWithAndWithoutTheOrdinalDocValueAreKeyedByTheirOwnOrdinals() throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(CorpusIndex.analyzer()))) {
        w.addDocument(passage("old", 0, "harbour cranes unloaded grain", false));
        w.addDocument(passage("old", 1, "grain prices rose at the harbour", false));
        w.commit(); // a segment written before the doc value existed: it has no such field at all
        w.addDocument(passage("new", 0, "the minister toured the grain silos", true));
        w.addDocument(passage("new", 1, "grain exports resumed from the harbour", true));
        w.addDocument(passage("new", 2, "nothing about that here", true));
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        LuceneView view = new LuceneView(new IndexSearcher(reader));

        List<Scored<PassageKey>> hits = view.passagesByWords(Set.of("grain"), TimeScope.NONE, 10);

        assertThat(hits)
            .extracting(Scored::key)
            .containsExactlyInAnyOrder(
                new PassageKey("old", 0),
                new PassageKey("old", 1),
                new PassageKey("new", 0),
                new PassageKey("new", 1));
        Map<PassageKey, PassageFacts> facts =
            view.facts(List.of(new PassageKey("new", 2), new PassageKey("old", 1)), null);
        assertThat(facts).containsOnlyKeys(new PassageKey("new", 2), new PassageKey("old", 1));
        assertThat(view.hits(List.of(new PassageView.Chosen(new PassageKey("new", 1), 1, 0))))
            .singleElement()
            .satisfies(
                h ->
                    assertThat(h.passage().text())
                        .isEqualTo("grain exports resumed from the harbour"));
      }
    }
  }

  private static Document passage(String id, int ordinal, String text, boolean withDocValue) {
    Article a = new Article(id, "Title " + id, null, null, null, List.of(), text, null);
    Passage p = new Passage(id, ordinal, 0, text.length(), text);
    float[] vector = new float[4];
    vector[ordinal % 4] = 1f;
    Document d = Documents.passage(a, p, vector, null, id);
    if (!withDocValue) {
      d.removeField(IndexSchema.PASSAGE_ORDINAL);
    }
    return d;
  }
}
