package org.corpusbot.retrieval;

import static org.corpusbot.retrieval.IndexSchema.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * Hybrid passage search: BM25 over passages, BM25 over whole articles and vector similarity over
 * passages, fused by reciprocal rank at passage level, with the article dates used as a filter
 * where the question names a time and as a recency prior otherwise.
 *
 * <p>Any text is a valid query (see {@link QueryTerms}); a question made only of stop words is
 * still searched by its vector. When a named time matches no article, the search falls back to
 * all dates and says so ({@link SearchResult#relaxed()}) rather than answering from nothing.
 * Thread-safe.
 */
public final class HybridSearcher {
  private static final Map<String, Float> PASSAGE_FIELDS = Map.of(TEXT, 1f, TITLE, 0.3f);
  private static final Map<String, Float> ARTICLE_FIELDS = Map.of(BODY, 1f, TITLE, 0.5f);

  private final CorpusIndex index;
  private final Embedder embedder;
  private final RetrievalTuning tuning;
  private final QueryTerms queryTerms;
  private final TemporalParser temporal = new TemporalParser();

  public HybridSearcher(CorpusIndex index, Embedder embedder, RetrievalTuning tuning) {
    this.index = index;
    this.embedder = embedder;
    this.tuning = tuning;
    this.queryTerms = new QueryTerms(CorpusIndex.analyzer());
  }

  public SearchResult search(SearchRequest req) {
    TimeScope scope = temporal.parse(req.text(), req.asOf());
    String text = scope.namesTime() ? req.text().replace(scope.phrase(), " ") : req.text();
    if (text.isBlank()) {
      text = req.text();
    }
    Set<String> terms = queryTerms.terms(text);
    float[] vector = req.mode() == SearchMode.BM25 ? null : embedder.embedQuery(text);
    return index.search(
        searcher -> {
          List<PassageHit> hits = run(searcher, terms, vector, scope, req);
          if (hits.isEmpty() && scope.from() != null) {
            TimeScope wide = new TimeScope(null, req.asOf(), scope.anchor(), scope.recent(), scope.phrase());
            return new SearchResult(run(searcher, terms, vector, wide, req), scope, true, vector);
          }
          return new SearchResult(hits, scope, false, vector);
        });
  }

  private List<PassageHit> run(
      IndexSearcher s, Set<String> terms, float[] vector, TimeScope scope, SearchRequest req)
      throws IOException {
    Fusion fusion = new Fusion(tuning);
    Query passageFilter = Filters.of(TYPE_PASSAGE, scope);
    Map<String, Integer> articleRanks = Map.of();
    Map<Integer, Double> knnSimilarity = new HashMap<>();
    if (req.mode() != SearchMode.VECTOR && !terms.isEmpty()) {
      Query lexical = Filters.filtered(QueryTerms.disjunction(terms, PASSAGE_FIELDS), passageFilter);
      rank(fusion, s.search(lexical, tuning.candidates()), tuning.passageWeight());
      Query articles =
          Filters.filtered(QueryTerms.disjunction(terms, ARTICLE_FIELDS), Filters.of(TYPE_ARTICLE, scope));
      articleRanks = DocFacts.articleRanks(s, s.search(articles, tuning.candidates() / 2));
    }
    if (vector != null) {
      TopDocs knn = s.search(new KnnFloatVectorQuery(VECTOR, vector, tuning.candidates(), passageFilter), tuning.candidates());
      rank(fusion, knn, tuning.vectorWeight());
      for (ScoreDoc sd : knn.scoreDocs) {
        knnSimilarity.put(sd.doc, 2.0 * sd.score - 1.0); // DOT_PRODUCT scores are (1 + cos) / 2
      }
    }
    DocFacts facts = DocFacts.read(s, fusion.scores().keySet());
    for (int doc : fusion.scores().keySet()) {
      Integer articleRank = articleRanks.get(facts.articleId(doc));
      if (articleRank != null) {
        fusion.add(doc, Fusion.articleContribution(articleRank, tuning.articleWeight(), tuning));
      }
      fusion.add(doc, Fusion.recency(facts.date(doc), scope, tuning));
    }
    List<Map.Entry<Integer, Double>> ranked = new ArrayList<>(fusion.scores().entrySet());
    ranked.sort(Map.Entry.<Integer, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
    List<Map.Entry<Integer, Double>> top = ranked.subList(0, Math.min(req.limit(), ranked.size()));
    return DocFacts.hits(s, top, knnSimilarity, vector);
  }

  private static void rank(Fusion fusion, TopDocs top, double weight) {
    for (int i = 0; i < top.scoreDocs.length; i++) {
      fusion.addRank(top.scoreDocs[i].doc, i + 1, weight);
    }
  }
}
