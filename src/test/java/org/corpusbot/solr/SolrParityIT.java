package org.corpusbot.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.corpusbot.retrieval.IndexSchema.*;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.corpusbot.bench.BenchQuestion;
import org.corpusbot.bench.BenchQuestions;
import org.corpusbot.retrieval.CorpusIndex;
import org.corpusbot.retrieval.EmbeddingModelChoice;
import org.corpusbot.retrieval.PassageKey;
import org.corpusbot.retrieval.PassageView;
import org.corpusbot.retrieval.QueryTerms;
import org.corpusbot.retrieval.Scored;
import org.corpusbot.retrieval.TimeScope;
import org.corpusbot.testing.SharedData;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Solr backend answers as the local index does, on the same documents: the seed, the fixtures
 * and the gold articles of 40 rtqa dev questions, indexed locally with the real model, then copied
 * into a collection of 2 shards x 2 replicas on 2 nodes. BM25 scores agree across shards because of
 * ExactStatsCache; vector scores are Lucene's own.
 */
class SolrParityIT {
  private static final int QUESTIONS = 40;
  private static final QueryTerms TERMS = new QueryTerms(CorpusIndex.analyzer());
  static final TimeScope FIRST_HALF_2022 =
      new TimeScope(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30), null, false, "x");
  static final TimeScope UNTIL_2021 =
      new TimeScope(null, LocalDate.of(2021, 12, 31), null, false, "");

  @TempDir static Path dir;
  static LocalSolrCluster cluster;
  static CorpusIndex index;
  static SolrArchive archive;
  static List<BenchQuestion> questions;

  @BeforeAll
  static void build() throws Exception {
    Path corpus = TestCorpus.copyTo(dir.resolve("corpus"));
    questions =
        BenchQuestions.read(SharedData.require("rtqa/questions-dev.jsonl")).subList(0, QUESTIONS);
    Set<String> gold = new HashSet<>();
    questions.forEach(q -> gold.addAll(q.goldArticles()));
    writeGold(SharedData.require("rtqa/articles.jsonl"), gold, corpus.resolve("rtqa.jsonl"));
    index = CorpusIndex.openWritable(dir.resolve("index"));
    TestCorpus.sync(index, corpus);
    long t0 = System.nanoTime();
    cluster = LocalSolrCluster.start(2, dir.resolve("cluster"));
    long t1 = System.nanoTime();
    archive = SolrTesting.create(SolrTesting.options(cluster, "parity", 2, 2), 384);
    long t2 = System.nanoTime();
    int roots = LuceneCopy.copy(index, archive.writer());
    long t3 = System.nanoTime();
    System.out.printf(
        "SolrParityIT: cluster start %.1f s, init %.1f s, %d articles (%d passages) written and"
            + " committed in %.2f s%n",
        (t1 - t0) / 1e9,
        (t2 - t1) / 1e9,
        roots,
        archive.catalog().overview().passages(),
        (t3 - t2) / 1e9);
  }

  @AfterAll
  static void close() {
    if (archive != null) {
      archive.close();
    }
    if (cluster != null) {
      cluster.close();
    }
    if (index != null) {
      index.close();
    }
  }

  private static void writeGold(Path from, Set<String> gold, Path to) throws Exception {
    try (BufferedReader r = Files.newBufferedReader(from, StandardCharsets.UTF_8);
        BufferedWriter w = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        int at = line.indexOf("\"id\": \"");
        String id = line.substring(at + 7, line.indexOf('"', at + 7));
        if (gold.contains(id)) {
          w.write(line);
          w.newLine();
        }
      }
    }
  }

  @Test
  void bm25OverPassagesRanksAndScoresAsTheLocalIndex() {
    int compared = 0;
    List<Long> nanos = new ArrayList<>();
    for (TimeScope scope : List.of(TimeScope.NONE, FIRST_HALF_2022, UNTIL_2021)) {
      for (BenchQuestion q : questions) {
        Set<String> terms = TERMS.terms(q.sentence());
        List<Scored<PassageKey>> local =
            index.search(
                s ->
                    passages(
                        s, QueryTerms.disjunction(terms, PassageView.PASSAGE_FIELDS), scope, 30));
        long t0 = System.nanoTime();
        List<Scored<PassageKey>> solr =
            archive.passages().read(v -> v.passagesByWords(terms, scope, 30));
        nanos.add(System.nanoTime() - t0);
        assertSame(solr, local, q.sentence());
        compared += local.size();
      }
    }
    System.out.printf(
        "SolrParityIT: BM25 over passages, median %.1f ms per request (%d)%n",
        median(nanos) / 1e6, nanos.size());
    assertThat(compared).isGreaterThan(1000);
  }

  @Test
  void bm25OverArticlesRanksAndScoresAsTheLocalIndex() {
    for (BenchQuestion q : questions) {
      Set<String> terms = TERMS.terms(q.sentence());
      Query whole = QueryTerms.disjunction(terms, PassageView.ARTICLE_FIELDS);
      List<Scored<String>> local =
          index.search(
              s -> {
                List<Scored<String>> out = new ArrayList<>();
                Query f = filtered(whole, filter(TYPE_ARTICLE, TimeScope.NONE));
                for (ScoreDoc sd : s.search(f, 15).scoreDocs) {
                  out.add(
                      new Scored<>(s.storedFields().document(sd.doc).get(ARTICLE_ID), sd.score));
                }
                return out;
              });
      List<Scored<String>> solr =
          archive.passages().read(v -> v.articlesByWords(terms, TimeScope.NONE, 15));
      assertSame(solr, local, q.sentence());
    }
  }

  /**
   * Vector search is approximate (HNSW) in both backends, so both are held to the exact answer: the
   * scores of what Solr finds are Lucene's {@code (1 + dot) / 2} of the stored vectors, its date
   * filter admits what the local filter does, and it finds at least as many of the exact 10 nearest
   * as the local index (each shard searches its own graph for 10, so it tends to find more).
   */
  @Test
  void nearestPassagesWithADateFilterAreExactAtLeastAsOftenAsLocally() {
    Map<PassageKey, float[]> vectors = new java.util.HashMap<>();
    Map<String, LocalDate> dates = new java.util.HashMap<>();
    List<String> ids = new ArrayList<>();
    new org.corpusbot.retrieval.LuceneCatalog(index)
        .newest(0, Integer.MAX_VALUE)
        .articles()
        .forEach(i -> ids.add(i.id()));
    for (var fa : new org.corpusbot.retrieval.LuceneFresh(index).of(ids)) {
      dates.put(fa.id(), fa.article().date());
      fa.passages()
          .forEach(p -> vectors.put(new PassageKey(fa.id(), p.passage().ordinal()), p.vector()));
    }
    List<Long> nanos = new ArrayList<>();
    int exact = 0;
    int foundBySolr = 0;
    int foundLocally = 0;
    for (TimeScope scope : List.of(TimeScope.NONE, FIRST_HALF_2022, UNTIL_2021)) {
      for (BenchQuestion q : questions.subList(0, 15)) {
        float[] v = TestCorpus.embedder().embedQuery(EmbeddingModelChoice.MINILM, q.sentence());
        Map<PassageKey, Double> all = new java.util.HashMap<>();
        vectors.forEach(
            (k, pv) -> {
              if (admits(scope, dates.get(k.articleId()))) {
                all.put(
                    k,
                    (double)
                        Math.max((1 + org.apache.lucene.util.VectorUtil.dotProduct(v, pv)) / 2, 0));
              }
            });
        Set<PassageKey> top =
            new HashSet<>(
                all.entrySet().stream()
                    .sorted(Map.Entry.<PassageKey, Double>comparingByValue().reversed())
                    .limit(10)
                    .map(Map.Entry::getKey)
                    .toList());
        List<Scored<PassageKey>> local = index.search(s -> passages(s, null, scope, 10, v));
        long t0 = System.nanoTime();
        List<Scored<PassageKey>> solr = archive.passages().read(view -> view.nearest(v, scope, 10));
        nanos.add(System.nanoTime() - t0);
        assertThat(solr).as(q.sentence()).hasSize(Math.min(10, all.size()));
        for (Scored<PassageKey> hit : solr) {
          assertThat(all).as("admitted by " + scope).containsKey(hit.key());
          assertThat(hit.score()).isCloseTo(all.get(hit.key()), within(1e-6));
        }
        exact += top.size();
        foundBySolr += (int) solr.stream().filter(h -> top.contains(h.key())).count();
        foundLocally += (int) local.stream().filter(h -> top.contains(h.key())).count();
      }
    }
    System.out.printf(
        "SolrParityIT: kNN, median %.1f ms per request (%d)%n", median(nanos) / 1e6, nanos.size());
    System.out.printf(
        "SolrParityIT: of the exact 10 nearest (%d in all), Solr found %d, the local index %d%n",
        exact, foundBySolr, foundLocally);
    assertThat(foundBySolr).isGreaterThanOrEqualTo(foundLocally);
    assertThat(foundBySolr).isGreaterThanOrEqualTo((int) (0.95 * exact));
  }

  private static boolean admits(TimeScope scope, LocalDate date) {
    if (scope.from() != null) {
      return date != null
          && !date.isBefore(scope.from())
          && (scope.to() == null || !date.isAfter(scope.to()));
    }
    return scope.to() == null || date == null || !date.isAfter(scope.to());
  }

  /** Facts and hits are the local index's, read from the same passages. */
  @Test
  void factsAndHitsAreTheLocalSearchersPassages() {
    var local =
        new org.corpusbot.retrieval.HybridSearcher(
            index, TestCorpus.embedder(), org.corpusbot.retrieval.RetrievalTuning.defaults());
    int hits = 0;
    for (BenchQuestion q : questions.subList(0, 10)) {
      var result =
          local.search(
              new org.corpusbot.retrieval.SearchRequest(
                  q.sentence(), null, 5, org.corpusbot.retrieval.SearchMode.HYBRID));
      float[] v = TestCorpus.embedder().embedQuery(EmbeddingModelChoice.MINILM, q.sentence());
      List<PassageView.Chosen> chosen = new ArrayList<>();
      result
          .hits()
          .forEach(
              h ->
                  chosen.add(
                      new PassageView.Chosen(
                          new PassageKey(h.passage().articleId(), h.passage().ordinal()),
                          h.score(),
                          h.similarity())));
      var solr = archive.passages().read(view -> view.hits(chosen));
      var facts =
          archive
              .passages()
              .read(view -> view.facts(chosen.stream().map(c -> c.key()).toList(), v));
      assertThat(solr).hasSameSizeAs(result.hits());
      for (int i = 0; i < solr.size(); i++) {
        var a = solr.get(i);
        var b = result.hits().get(i);
        assertThat(a.passage()).isEqualTo(b.passage());
        assertThat(a.article()).isEqualTo(b.article());
        assertThat(a.score()).isEqualTo(b.score());
        assertThat(a.sentences().count()).isEqualTo(b.sentences().count());
        assertThat(a.sentences().dot(0, v)).isEqualTo(b.sentences().dot(0, v));
        var f = facts.get(chosen.get(i).key());
        assertThat(f.cosine()).isCloseTo(b.similarity(), within(1e-6));
        assertThat(f.date()).isEqualTo(b.article().date());
        hits++;
      }
    }
    assertThat(hits).isGreaterThan(30);
  }

  @Test
  void theCatalogIsTheLocalOne() {
    var local = new org.corpusbot.retrieval.LuceneCatalog(index);
    var solr = archive.catalog();
    assertThat(solr.newest(0, Integer.MAX_VALUE)).isEqualTo(local.newest(0, Integer.MAX_VALUE));
    assertThat(solr.newest(3, 7)).isEqualTo(local.newest(3, 7));
    assertThat(solr.newest(40, 100)).isEqualTo(local.newest(40, 100));
    assertThat(solr.newest(1000, 5)).isEqualTo(local.newest(1000, 5));
    assertThat(solr.overview()).isEqualTo(local.overview());
    for (var info : local.newest(0, Integer.MAX_VALUE).articles()) {
      assertThat(solr.get(info.id())).isEqualTo(local.get(info.id()));
    }
    assertThat(solr.get("rtqa-999999")).isEmpty();
  }

  @Test
  void freshArticlesAreTheLocalOnes() {
    var local = new org.corpusbot.retrieval.LuceneFresh(index);
    var solr = archive.fresh();
    assertThat(solr.lastArrival()).isEqualTo(local.lastArrival()).isPositive();
    List<org.corpusbot.retrieval.FreshArticle> a = solr.since(0, 1000);
    List<org.corpusbot.retrieval.FreshArticle> b = local.since(0, 1000);
    assertSameFresh(a, b);
    assertSameFresh(solr.since(10, 5), local.since(10, 5));
    List<String> some = b.stream().limit(7).map(f -> f.id()).toList();
    Comparator<org.corpusbot.retrieval.FreshArticle> byId = Comparator.comparing(f -> f.id());
    assertSameFresh(
        solr.of(some).stream().sorted(byId).toList(),
        local.of(some).stream().sorted(byId).toList());
  }

  private static void assertSameFresh(
      List<org.corpusbot.retrieval.FreshArticle> a, List<org.corpusbot.retrieval.FreshArticle> b) {
    assertThat(a).extracting(f -> f.id()).isEqualTo(b.stream().map(f -> f.id()).toList());
    for (int i = 0; i < a.size(); i++) {
      var x = a.get(i);
      var y = b.get(i);
      assertThat(x.article()).isEqualTo(y.article());
      assertThat(x.arrival()).isEqualTo(y.arrival());
      assertThat(x.cluster()).isEqualTo(y.cluster());
      assertThat(x.passages())
          .extracting(p -> p.passage())
          .isEqualTo(y.passages().stream().map(p -> p.passage()).toList());
      for (int j = 0; j < x.passages().size(); j++) {
        assertThat(x.passages().get(j).vector()).containsExactly(y.passages().get(j).vector());
      }
      // the local index does not store an annotation's search keys; Solr does not return them
      assertThat(x.annotations()).isEqualTo(y.annotations());
    }
  }

  @Test
  void contactsAreFoundAsLocally() {
    var local = new org.corpusbot.retrieval.LuceneAnnotations(index);
    var solr = archive.annotations();
    Set<String> keys = new java.util.TreeSet<>();
    var annotator =
        new org.corpusbot.meetings.ContactAnnotator(new org.corpusbot.meetings.MeetingExtractor());
    for (var f : new org.corpusbot.retrieval.LuceneFresh(index).since(0, 1000)) {
      annotator.annotate(f.article()).forEach(a -> keys.addAll(a.keys()));
    }
    assertThat(keys).hasSizeGreaterThan(10);
    int found = 0;
    LocalDate from = LocalDate.of(2022, 1, 1);
    LocalDate to = LocalDate.of(2022, 12, 31);
    for (String key : keys) {
      for (LocalDate[] span :
          List.of(
              new LocalDate[] {null, null},
              new LocalDate[] {from, to},
              new LocalDate[] {null, to},
              new LocalDate[] {from, null})) {
        var a = solr.find("contact", List.of(Set.of(key)), span[0], span[1], 50);
        var b = local.find("contact", List.of(Set.of(key)), span[0], span[1], 50);
        assertThat(a).as(key).isEqualTo(b);
        found += a.size();
      }
    }
    var all = List.of(keys.stream().limit(5).collect(java.util.stream.Collectors.toSet()));
    assertThat(solr.find("contact", all, null, null, 3))
        .isEqualTo(local.find("contact", all, null, null, 3));
    assertThat(found).isGreaterThan(20);
  }

  @Test
  void termFrequenciesAreTheLocalIndexs() {
    Set<String> terms = new java.util.TreeSet<>();
    questions.forEach(q -> terms.addAll(TERMS.terms(q.sentence())));
    terms.add("zzzunknownzzz");
    var solr = archive.terms().frequencies(terms);
    index.search(
        s -> {
          var r = s.getIndexReader();
          assertThat(solr.passages()).isEqualTo(r.getDocCount(TEXT));
          for (String t : terms) {
            assertThat(solr.docFreq().get(t)).as(t).isEqualTo((long) r.docFreq(new Term(TEXT, t)));
          }
          return null;
        });
  }

  @Test
  void theSchemasEnglishAnalysisIsTheLocalAnalyzers() throws Exception {
    String text =
        "The CEO's dogs weren't running; U.S.A. rates rose 3.5% in 2022 -- "
            + "Müller's e-mail to info@example.org said: \"They're the ones that it was for.\"";
    List<String> local = new ArrayList<>();
    try (var ts = CorpusIndex.analyzer().tokenStream(TEXT, text)) {
      var term =
          ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        local.add(term.toString());
      }
      ts.end();
    }
    var request = new org.apache.solr.client.solrj.request.FieldAnalysisRequest();
    request.addFieldName(TEXT);
    request.setFieldValue(text);
    request.setQuery("");
    var client = cluster.urls().get(0);
    try (var http = new org.apache.solr.client.solrj.impl.Http2SolrClient.Builder(client).build()) {
      var response = request.process(http, "parity");
      var phases = response.getFieldNameAnalysis(TEXT).getIndexPhases();
      List<String> solr = new ArrayList<>();
      org.apache.solr.client.solrj.response.AnalysisResponseBase.AnalysisPhase last = null;
      for (var p : phases) {
        last = p;
      }
      last.getTokens().forEach(t -> solr.add(t.getText()));
      assertThat(solr).isEqualTo(local).contains("ceo", "dog", "run");
    }
  }

  private static double median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  /** Lists equal, but for the order of equal scores, with scores equal to float rounding. */
  private static <K extends Comparable<K>> void assertSame(
      List<Scored<K>> solr, List<Scored<K>> local, String what) {
    Comparator<Scored<K>> order =
        Comparator.<Scored<K>>comparingDouble(s -> -Math.round(s.score() * 1e4) / 1e4)
            .thenComparing(Scored::key);
    List<Scored<K>> a = solr.stream().sorted(order).toList();
    List<Scored<K>> b = local.stream().sorted(order).toList();
    assertThat(a).as(what).hasSameSizeAs(b);
    for (int i = 0; i < a.size(); i++) {
      assertThat(a.get(i).key()).as(what).isEqualTo(b.get(i).key());
      assertThat(a.get(i).score())
          .as(what)
          .isCloseTo(b.get(i).score(), within(1e-5 * b.get(i).score()));
    }
  }

  static List<Scored<PassageKey>> passages(IndexSearcher s, Query words, TimeScope scope, int k)
      throws java.io.IOException {
    return passages(s, words, scope, k, null);
  }

  static List<Scored<PassageKey>> passages(
      IndexSearcher s, Query words, TimeScope scope, int k, float[] vector)
      throws java.io.IOException {
    Query f = filter(TYPE_PASSAGE, scope);
    Query q = vector == null ? filtered(words, f) : new KnnFloatVectorQuery(VECTOR, vector, k, f);
    List<Scored<PassageKey>> out = new ArrayList<>();
    for (ScoreDoc sd : s.search(q, k).scoreDocs) {
      var d = s.storedFields().document(sd.doc);
      out.add(
          new Scored<>(
              new PassageKey(d.get(ARTICLE_ID), d.getField(ORDINAL).numericValue().intValue()),
              sd.score));
    }
    return out;
  }

  /** The local index's filter ({@code Filters.of}, package-private there), written again. */
  static Query filter(String type, TimeScope scope) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term(TYPE, type)), Occur.FILTER);
    if (scope.from() != null) {
      int to = scope.to() == null ? Integer.MAX_VALUE : (int) scope.to().toEpochDay();
      b.add(IntPoint.newRangeQuery(DATE, (int) scope.from().toEpochDay(), to), Occur.FILTER);
    } else if (scope.to() != null) {
      b.add(
          IntPoint.newRangeQuery(DATE, (int) scope.to().toEpochDay() + 1, Integer.MAX_VALUE),
          Occur.MUST_NOT);
    }
    return b.build();
  }

  static Query filtered(Query query, Query filter) {
    return new BooleanQuery.Builder().add(query, Occur.MUST).add(filter, Occur.FILTER).build();
  }
}
