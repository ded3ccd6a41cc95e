package org.corpusbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.query.Query;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HybridSearchIT {
  @TempDir static Path dir;
  static CorpusIndex index;
  static HybridSearcher searcher;

  @BeforeAll
  static void build() {
    index = TestCorpus.indexed(dir);
    searcher = new HybridSearcher(index, TestCorpus.embedder(), RetrievalTuning.defaults());
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static SearchResult search(String text, LocalDate asOf) {
    return searcher.search(SearchRequest.of(text, asOf, 10));
  }

  @Test
  void findsTheSeedPassageAboutTheGenevaTalks() {
    SearchResult r = search("Where did Putin and Biden meet?", LocalDate.of(2021, 11, 1));
    PassageHit top = r.hits().get(0);
    assertThat(top.article().id()).isEqualTo(TestCorpus.SEED_ID);
    assertThat(top.passage().text()).contains("Geneva");
    assertThat(top.similarity()).isBetween(0.2, 1.0);
  }

  @Test
  void semanticMatchBringsTheHackerDataTransferAmongTheFirstPassages() {
    SearchResult r = search("What did Washington hand over to Moscow?", LocalDate.of(2021, 11, 1));
    assertThat(r.hits().subList(0, 3))
        .extracting(h -> h.passage().text())
        .anySatisfy(t -> assertThat(t).contains("transferred to Russia the data"));
  }

  @Test
  void aWordMisspeltByOneSlipIsSearchedAsTheIndexWritesIt() {
    LocalDate asOf = LocalDate.of(2024, 4, 1);
    // words alone, so that only the spelling can find it: "harvset" is in no passage
    SearchResult r = searcher.search(new SearchRequest("harvset", asOf, 10, SearchMode.BM25));
    assertThat(r.articleIds()).isNotEmpty();
    assertThat(r.articleIds().get(0)).isEqualTo("grain-report");
    // two slips are not one: nothing is read into it
    assertThat(searcher.search(new SearchRequest("hravset", asOf, 10, SearchMode.BM25)).hits())
        .isEmpty();
  }

  @Test
  void findsFixtureArticlesOfEachFormat() {
    LocalDate asOf = LocalDate.of(2024, 4, 1);
    assertThat(search("How much will the Lisle river bridge cost?", asOf).articleIds().get(0))
        .isEqualTo("harbor-bridge");
    assertThat(search("record wheat harvest tonnes", asOf).articleIds().get(0))
        .isEqualTo("grain-report");
    assertThat(search("ferry strike night pay", asOf).articleIds().get(0)).isEqualTo("wire-101");
    assertThat(search("library closures budget hearing", asOf).articleIds().get(0))
        .isEqualTo("council-notes");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "?",
        "*",
        "\"",
        "\"unbalanced",
        "AND",
        "OR NOT AND",
        "(((",
        "[x TO",
        "title:geneva^3",
        "\\",
        "~!@#$%^&*()",
        "🙂",
        "a the of",
        "-"
      })
  void anyTextIsASafeQueryWithResults(String text) {
    SearchResult r = search(text, null);
    assertThat(r.hits()).isNotEmpty();
  }

  @Test
  void thisWeekKeepsOnlyArticlesPublishedThatWeek() {
    SearchResult r = search("What happened this week?", LocalDate.of(2024, 3, 21));
    assertThat(r.relaxed()).isFalse();
    assertThat(r.articleIds())
        .containsExactlyInAnyOrder("grain-report", "wire-101", "council-notes");
  }

  @Test
  void articlesPublishedAfterTheMomentOfAskingDoNotExistYet() {
    SearchResult r =
        search("bridge ferry wheat harvest budget glacier museum", LocalDate.of(2024, 3, 13));
    assertThat(r.articleIds())
        .contains("harbor-bridge")
        .doesNotContain("grain-report", "wire-101", "council-notes");
  }

  @Test
  void aNamedTimeWithoutArticlesFallsBackToAllDatesAndSaysSo() {
    SearchResult r = search("What did the council decide this week?", LocalDate.of(2030, 1, 1));
    assertThat(r.relaxed()).isTrue();
    assertThat(r.hits()).isNotEmpty();
  }

  @Test
  void recencyPrefersTheNewerOfTwoSimilarArticles() {
    SearchResult r = search("Harbor City", LocalDate.of(2024, 3, 21));
    assertThat(r.articleIds().get(0)).isEqualTo("council-notes");
  }

  @Test
  void isALangChain4jContentRetrieverWithCitationMetadata() {
    var retriever = new IndexContentRetriever(searcher, () -> LocalDate.of(2021, 11, 1), 5);
    List<Content> contents = retriever.retrieve(Query.from("Where did Putin and Biden meet?"));
    assertThat(contents).hasSizeLessThanOrEqualTo(5).isNotEmpty();
    var meta = contents.get(0).textSegment().metadata();
    assertThat(meta.getString(IndexContentRetriever.ARTICLE_ID)).isEqualTo(TestCorpus.SEED_ID);
    assertThat(meta.getString(IndexContentRetriever.DATE)).isEqualTo("2021-10-31");
    assertThat(meta.getInteger(IndexContentRetriever.END))
        .isGreaterThan(meta.getInteger(IndexContentRetriever.START));
  }

  @Test
  void aViewKeysPassagesByArticleAndOrdinalAndFindsKeysLearnedInAnotherView() {
    java.util.Set<String> terms = new QueryTerms(CorpusIndex.analyzer()).terms("Geneva talks");
    List<Scored<PassageKey>> found =
        index.passages().read(v -> v.passagesByWords(terms, TimeScope.NONE, 20));
    assertThat(found).hasSizeGreaterThan(1);
    List<PassageView.Chosen> chosen =
        found.stream().map(s -> new PassageView.Chosen(s.key(), s.score(), 0)).toList();
    // A fresh view has not seen the keys: it finds them by article and ordinal.
    List<PassageHit> hits = index.passages().read(v -> v.hits(chosen));
    assertThat(hits).hasSameSizeAs(found);
    for (int i = 0; i < hits.size(); i++) {
      PassageKey key = found.get(i).key();
      assertThat(hits.get(i).passage().articleId()).isEqualTo(key.articleId());
      assertThat(hits.get(i).passage().ordinal()).isEqualTo(key.ordinal());
    }
    var facts = index.passages().read(v -> v.facts(List.of(found.get(0).key()), null));
    assertThat(facts.get(found.get(0).key()).cluster()).isNotNull();
    assertThat(index.passages().read(PassageView::unreachable)).isEmpty();
  }

  @Test
  void catalogListsNewestFirstWithDateSpan() {
    ArticleCatalog catalog = new LuceneCatalog(index);
    var page = catalog.newest(0, 3);
    assertThat(page.total()).isEqualTo(6);
    assertThat(page.articles())
        .extracting(a -> a.id())
        .containsExactly("council-notes", "wire-101", "grain-report");
    var o = catalog.overview();
    assertThat(o.first()).isEqualTo(LocalDate.of(2021, 10, 31));
    assertThat(o.last()).isEqualTo(LocalDate.of(2024, 3, 20));
    assertThat(catalog.get(TestCorpus.SEED_ID))
        .get()
        .extracting(a -> a.credit())
        .isEqualTo("Preview photo: Patrick Semansky / AP");
  }
}
