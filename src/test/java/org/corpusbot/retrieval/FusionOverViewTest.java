package org.corpusbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corpusbot.corpus.ArticleInfo;
import org.corpusbot.corpus.Passage;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.Test;

/**
 * HybridSearcher over the storage boundary alone, as any backend answers it: equal fused scores are
 * ordered by {@link PassageKey} (never by a backend's internal order) and a cluster is cited once.
 */
class FusionOverViewTest {
  private static final LocalDate ASKED = LocalDate.of(2024, 3, 20);

  /** Every passage scores the same by its words; {@code clusters} by article id. */
  private record SameScores(List<PassageKey> keys, Map<String, String> clusters)
      implements PassageView {
    @Override
    public Map<String, String> meta() {
      return Map.of();
    }

    @Override
    public List<Scored<PassageKey>> passagesByWords(Set<String> terms, TimeScope scope, int k) {
      return keys.stream().map(key -> new Scored<>(key, 2.0)).toList();
    }

    @Override
    public List<Scored<String>> articlesByWords(Set<String> terms, TimeScope scope, int k) {
      return List.of();
    }

    @Override
    public List<Scored<PassageKey>> nearest(float[] vector, TimeScope scope, int k) {
      return List.of();
    }

    @Override
    public Map<PassageKey, PassageFacts> facts(Collection<PassageKey> wanted, float[] query) {
      Map<PassageKey, PassageFacts> out = new HashMap<>();
      wanted.forEach(
          key ->
              out.put(
                  key,
                  new PassageFacts(
                      clusters.getOrDefault(key.articleId(), key.articleId()), null, null)));
      return out;
    }

    @Override
    public List<PassageHit> hits(List<Chosen> chosen) {
      List<PassageHit> out = new ArrayList<>();
      for (Chosen c : chosen) {
        PassageKey k = c.key();
        out.add(
            new PassageHit(
                new Passage(k.articleId(), k.ordinal(), 0, 4, "text"),
                new ArticleInfo(k.articleId(), "title", null, "source", null),
                c.score(),
                c.similarity()));
      }
      return out;
    }

    @Override
    public Set<String> unreachable() {
      return Set.of();
    }
  }

  private static List<PassageKey> search(SameScores view) {
    Archive archive = new ViewOnly(view);
    HybridSearcher searcher =
        new HybridSearcher(archive, TestCorpus.embedder(), RetrievalTuning.defaults());
    SearchResult r =
        searcher.search(new SearchRequest("harbour ferry", ASKED, 10, SearchMode.BM25));
    return r.hits().stream()
        .map(h -> new PassageKey(h.passage().articleId(), h.passage().ordinal()))
        .toList();
  }

  @Test
  void equalScoresAreOrderedByArticleIdThenOrdinalWhateverTheBackendsOrder() {
    List<PassageKey> keys =
        List.of(
            new PassageKey("b", 0),
            new PassageKey("a", 2),
            new PassageKey("c", 1),
            new PassageKey("a", 0));
    assertThat(search(new SameScores(keys, Map.of())))
        .containsExactly(
            new PassageKey("a", 0),
            new PassageKey("a", 2),
            new PassageKey("b", 0),
            new PassageKey("c", 1));
  }

  @Test
  void aClusterIsCitedOnceByItsFirstArticleInOrder() {
    List<PassageKey> keys =
        List.of(new PassageKey("z", 0), new PassageKey("y", 0), new PassageKey("x", 1));
    assertThat(search(new SameScores(keys, Map.of("z", "x", "y", "x"))))
        .containsExactly(new PassageKey("x", 1));
  }

  /** An archive that only answers searches. */
  private record ViewOnly(PassageView view) implements Archive {
    @Override
    public PassageIndex passages() {
      return new PassageIndex() {
        @Override
        public <T> T read(ViewAction<T> action) {
          try {
            return action.apply(view);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }
      };
    }

    @Override
    public ArticleCatalog catalog() {
      throw new UnsupportedOperationException();
    }

    @Override
    public AnnotationSearch annotations() {
      throw new UnsupportedOperationException();
    }

    @Override
    public FreshArticles fresh() {
      throw new UnsupportedOperationException();
    }

    @Override
    public TermStats terms() {
      throw new UnsupportedOperationException();
    }

    @Override
    public ArchiveWriter writer() {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean writable() {
      return false;
    }

    @Override
    public Map<String, String> servedMeta() {
      return Map.of();
    }

    @Override
    public void refresh() {}

    @Override
    public String where() {
      return "a view in memory";
    }

    @Override
    public void close() {}
  }
}
