package org.corpusbot.retrieval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Hybrid passage search: BM25 over passages, BM25 over whole articles and vector similarity over
 * passages, fused at passage level, with the article dates used as a filter where the question
 * names a time and as a recency prior otherwise. The searches run in one {@link PassageView} of the
 * archive; fusion, recency, the collapse of near-duplicate clusters and the fallback to all dates
 * happen here, the same for every backend.
 *
 * <p>Any text is a valid query (see {@link QueryTerms}); a question made only of stop words is
 * still searched by its vector. When a named time matches no article, the search falls back to all
 * dates and says so ({@link SearchResult#relaxed()}) rather than answering from nothing.
 * Thread-safe.
 */
public final class HybridSearcher {
  private final Archive archive;
  private final Embedder embedder;
  private final RetrievalTuning tuning;
  private final QueryTerms queryTerms;
  private final TemporalParser temporal = new TemporalParser();
  private final SearchListener listener;

  public HybridSearcher(Archive archive, Embedder embedder, RetrievalTuning tuning) {
    this(archive, embedder, tuning, SearchListener.NONE);
  }

  /** As above, telling {@code listener} how long each search took. */
  public HybridSearcher(
      Archive archive, Embedder embedder, RetrievalTuning tuning, SearchListener listener) {
    this.archive = archive;
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
    Set<String> typed = queryTerms.terms(text);
    String query = text;
    return archive
        .passages()
        .read(
            view -> {
              // The question is embedded by the model of the commit this view shows, which is not
              // the configured one while a rebuild with a new model is under way.
              EmbeddingModelChoice model = servedModel(view.meta()).orElse(null);
              QueryVector vector =
                  req.mode() == SearchMode.BM25 || model == null
                      ? QueryVector.NONE
                      : new QueryVector(embedder.embedQueryAsync(model, query));
              Set<String> terms = view.spelled(typed);
              List<PassageHit> hits = run(view, terms, vector, scope, req);
              if (hits.isEmpty() && scope.from() != null) {
                TimeScope wide =
                    new TimeScope(null, req.asOf(), scope.anchor(), scope.recent(), scope.phrase());
                return new SearchResult(
                    run(view, terms, vector, wide, req), scope, true, vector.get(), model);
              }
              return new SearchResult(hits, scope, false, vector.get(), model);
            });
  }

  /**
   * The embedding model of what a view shows: the configured one for an archive without vectors
   * yet, empty when it names a model this version does not have.
   */
  private Optional<EmbeddingModelChoice> servedModel(Map<String, String> meta) {
    String name = meta.get(IndexSchema.META_MODEL);
    return name == null ? Optional.of(embedder.choice()) : EmbeddingModelChoice.find(name);
  }

  private List<PassageHit> run(
      PassageView view, Set<String> terms, QueryVector vector, TimeScope scope, SearchRequest req)
      throws IOException {
    Evidence<PassageKey> e = gather(view, terms, vector, scope, req.mode());
    Set<PassageKey> candidates = new HashSet<>(e.lexical().scores().keySet());
    candidates.addAll(e.vector().scores().keySet());
    Map<PassageKey, PassageFacts> facts = view.facts(candidates, vector.get());
    Fusion fusion = new Fusion(tuning);
    Map<PassageKey, Double> scores = new HashMap<>();
    for (PassageKey key : facts.keySet()) {
      PassageFacts f = facts.get(key);
      double score = fusion.score(key, key.articleId(), f.cosine(), e);
      scores.put(key, score + fusion.recency(f.date(), scope));
    }
    List<Map.Entry<PassageKey, Double>> ranked = new ArrayList<>(scores.entrySet());
    ranked.sort(
        Map.Entry.<PassageKey, Double>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    return view.hits(collapsed(ranked, facts, req.limit()));
  }

  /**
   * The best {@code limit} passages, with each near-duplicate cluster reduced to its best-ranked
   * article: a story syndicated five times is cited once, not as five copies of one sentence.
   */
  private static List<PassageView.Chosen> collapsed(
      List<Map.Entry<PassageKey, Double>> ranked, Map<PassageKey, PassageFacts> facts, int limit) {
    Map<String, String> memberOf = new HashMap<>();
    List<PassageView.Chosen> out = new ArrayList<>(limit);
    for (Map.Entry<PassageKey, Double> e : ranked) {
      if (out.size() >= limit) {
        break;
      }
      PassageKey key = e.getKey();
      PassageFacts f = facts.get(key);
      String member = memberOf.putIfAbsent(f.cluster(), key.articleId());
      if (member == null || member.equals(key.articleId())) {
        double similarity = f.cosine() == null ? 0.0 : f.cosine();
        out.add(new PassageView.Chosen(key, e.getValue(), similarity));
      }
    }
    return out;
  }

  private Evidence<PassageKey> gather(
      PassageView view, Set<String> terms, QueryVector query, TimeScope scope, SearchMode mode)
      throws IOException {
    var lexical = Evidence.RankedScores.<PassageKey>empty();
    var articles = Evidence.RankedScores.<String>empty();
    var knn = Evidence.RankedScores.<PassageKey>empty();
    if (mode != SearchMode.VECTOR && !terms.isEmpty()) {
      lexical = Evidence.RankedScores.of(view.passagesByWords(terms, scope, tuning.candidates()));
      articles =
          Evidence.RankedScores.of(view.articlesByWords(terms, scope, tuning.candidates() / 2));
    }
    float[] vector = query.get(); // made meanwhile, on another thread
    if (vector != null) {
      knn = Evidence.RankedScores.of(view.nearest(vector, scope, tuning.candidates()));
    }
    return new Evidence<>(lexical, knn, articles);
  }

  /** The question's vector, being made on another thread; null for a search by words alone. */
  private record QueryVector(CompletableFuture<float[]> future) {
    static final QueryVector NONE = new QueryVector(CompletableFuture.completedFuture(null));

    /** Waits for the vector; a failure of the model is thrown as itself, as when made here. */
    float[] get() {
      return Futures.join(future);
    }
  }
}
