package org.corpusbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.Chunker;
import org.corpusbot.corpus.SentenceSplitter;
import org.corpusbot.testing.ConsoleCapture;
import org.corpusbot.testing.SyntheticCorpus;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An oversized article costs what its first index.max-article-chars cost: only they are chunked and
 * embedded, a warning names the article, and all of it is stored and found by its words.
 */
class ArticleLimitsIT {
  @TempDir Path dir;

  @Test
  void onlyTheHeadOfAHugeArticleIsEmbeddedAndAWarningNamesIt() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; text.length() < 150_000; i++) {
      text.append(SyntheticCorpus.text(i)).append("\n\n");
    }
    text.append("Far down the page, the zeppelin quarantine was lifted.");
    Article huge =
        new Article(
            "huge",
            "A very long page",
            LocalDate.of(2024, 5, 1),
            null,
            null,
            List.of(),
            text.toString(),
            null,
            "dump/huge.txt");
    ConsoleCapture console = new ConsoleCapture();
    console.start();
    try (CorpusIndex index = CorpusIndex.openWritable(dir.resolve("index"))) {
      new Indexer(
              index,
              TestCorpus.embedder(),
              new Chunker(new SentenceSplitter(), 600),
              600,
              List.of(),
              new IndexPolicy(100_000, 0.2, 30))
          .sync(List.of(huge), false, IndexProgress.NONE);
      int maxEnd =
          index.search(
              s -> {
                int end = 0;
                var top =
                    s.search(
                        new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_PASSAGE)),
                        10_000);
                for (var sd : top.scoreDocs) {
                  end = Math.max(end, Documents.passage(s.storedFields().document(sd.doc)).end());
                }
                return end;
              });
      assertThat(maxEnd).isLessThanOrEqualTo(100_000).isGreaterThan(90_000);
      assertThat(new LuceneCatalog(index).get("huge").orElseThrow().text()).hasSize(text.length());
      SearchResult r =
          new HybridSearcher(index, TestCorpus.embedder(), RetrievalTuning.defaults())
              .search(SearchRequest.of("zeppelin quarantine", LocalDate.of(2024, 6, 1), 3));
      assertThat(r.articleIds()).containsExactly("huge");
    } finally {
      console.stop();
    }
    assertThat(console.stderr())
        .contains("Article huge (dump/huge.txt) has 150,")
        .containsPattern("only the first (99,\\d{3}|100,000) are embedded")
        .contains("index.max-article-chars");
  }
}
