package org.corpusbot.retrieval;

import static org.corpusbot.retrieval.IndexSchema.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;

/**
 * Hybrid passage search: BM25 over passages, BM25 over whole articles and vector similarity over
 * passages, fused by reciprocal rank at passage level, with the article dates used as a filter
 * where the question names a time and as a recency prior otherwise.
 *
 * <p>Any text is a valid query (see {@link QueryTerms}); a question made only of stop words is
 * still searched by its vector. When a named time matches no article, the search falls back to all
 * dates and says so ({@link SearchResult#relaxed()}) rather than answering from nothing.
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
  private final SearchListener listener;

  public HybridSearcher(CorpusIndex index, Embedder embedder, RetrievalTuning tuning) {
    this(index, embedder, tuning, SearchListener.NONE);
  }

  /** As above, telling {@code listener} how long each search took. */
  public HybridSearcher(
      CorpusIndex index, Embedder embedder, RetrievalTuning tuning, SearchListener listener) {
    this.index = index;
    this.embedder = embedder;
    this.tuning = tuning;
    this.queryTerms = new QueryTerms(CorpusIndex.analyzer());
    this.listener = listener;
  }

  public SearchResult search(SearchRequest req) {
    long t0 = System.nanoTime();
    try {
      return searchOnce(req);
    } finally {
      listener.searched(System.nanoTime() - t0);
    }
  }

  private SearchResult searchOnce(SearchRequest req) {
    TimeScope scope = temporal.parse(req.text(), req.asOf());
    String text = scope.namesTime() ? req.text().replace(scope.phrase(), " ") : req.text();
    if (text.isBlank()) {
      text = req.text();
    }
    Set<String> terms = queryTerms.terms(text);
    String query = text;
    return index.search(
        searcher -> {
          // The question is embedded by the model of the commit this searcher shows, which is not
          // the configured one while a rebuild with a new model is under way.
          EmbeddingModelChoice model =
              CorpusIndex.servedModel(searcher, embedder.choice()).orElse(null);
          float[] vector =
              req.mode() == SearchMode.BM25 || model == null
                  ? null
                  : embedder.embedQuery(model, query);
          List<PassageHit> hits = run(searcher, terms, vector, scope, req);
          if (hits.isEmpty() && scope.from() != null) {
            TimeScope wide =
                new TimeScope(null, req.asOf(), scope.anchor(), scope.recent(), scope.phrase());
            return new SearchResult(
                run(searcher, terms, vector, wide, req), scope, true, vector, model);
          }
          return new SearchResult(hits, scope, false, vector, model);
        });
  }

  private List<PassageHit> run(
      IndexSearcher s, Set<String> terms, float[] vector, TimeScope scope, SearchRequest req)
      throws IOException {
    Evidence e = gather(s, terms, vector, scope, req.mode());
    Set<Integer> candidates = new HashSet<>(e.lexical().scores().keySet());
    candidates.addAll(e.vector().scores().keySet());
    DocFacts facts = DocFacts.read(s, candidates, vector);
    Fusion fusion = new Fusion(tuning);
    Map<Integer, Double> scores = new HashMap<>();
    for (int doc : candidates) {
      double score = fusion.score(doc, facts.articleId(doc), facts.cosine(doc), e);
      scores.put(doc, score + fusion.recency(facts.date(doc), scope));
    }
    List<Map.Entry<Integer, Double>> ranked = new ArrayList<>(scores.entrySet());
    ranked.sort(
        Map.Entry.<Integer, Double>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    return facts.hits(s, collapsed(ranked, facts, req.limit()));
  }

  /**
   * The best {@code limit} passages, with each near-duplicate cluster reduced to its best-ranked
   * article: a story syndicated five times is cited once, not as five copies of one sentence.
   */
  private static List<Map.Entry<Integer, Double>> collapsed(
      List<Map.Entry<Integer, Double>> ranked, DocFacts facts, int limit) {
    Map<String, String> memberOf = new HashMap<>();
    List<Map.Entry<Integer, Double>> out = new ArrayList<>(limit);
    for (Map.Entry<Integer, Double> e : ranked) {
      if (out.size() >= limit) {
        break;
      }
      String article = facts.articleId(e.getKey());
      String member = memberOf.putIfAbsent(facts.cluster(e.getKey()), article);
      if (member == null || member.equals(article)) {
        out.add(e);
      }
    }
    return out;
  }

  private Evidence gather(
      IndexSearcher s, Set<String> terms, float[] vector, TimeScope scope, SearchMode mode)
      throws IOException {
    Query passageFilter = Filters.of(TYPE_PASSAGE, scope);
    var lexical = Evidence.RankedScores.<Integer>empty();
    var articles = Evidence.RankedScores.<String>empty();
    var knn = Evidence.RankedScores.<Integer>empty();
    if (mode != SearchMode.VECTOR && !terms.isEmpty()) {
      Query passages =
          Filters.filtered(QueryTerms.disjunction(terms, PASSAGE_FIELDS), passageFilter);
      lexical = Evidence.RankedScores.of(s.search(passages, tuning.candidates()));
      Query whole =
          Filters.filtered(
              QueryTerms.disjunction(terms, ARTICLE_FIELDS), Filters.of(TYPE_ARTICLE, scope));
      articles = DocFacts.articleScores(s, s.search(whole, tuning.candidates() / 2));
    }
    if (vector != null) {
      Query nearest = new KnnFloatVectorQuery(VECTOR, vector, tuning.candidates(), passageFilter);
      knn = Evidence.RankedScores.of(s.search(nearest, tuning.candidates()));
    }
    return new Evidence(lexical, knn, articles);
  }
}
