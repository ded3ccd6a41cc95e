package org.corpusbot.follows;

import java.util.Collection;
import org.apache.lucene.analysis.Analyzer;
import org.corpusbot.retrieval.CorpusIndex;
import org.corpusbot.retrieval.Embedder;
import org.corpusbot.retrieval.QueryTerms;

/**
 * Matching as measured by {@code bench-follows}: topics by BM25 (IDF from the real index, see
 * {@link TermWeights}) on the article's {@code MemoryIndex} plus the best passage cosine; people by
 * contacts, title and mentions; pairs by contacts. A follow's vector is the embedding of its text
 * as a query, by the model the index was built with. Thread-safe.
 */
public final class FollowMatcher implements Matching {
  private final Embedder embedder;
  private final TermWeights weights;
  private final MatchTuning tuning;
  private final Analyzer analyzer = CorpusIndex.analyzer();
  private final QueryTerms analysis = new QueryTerms(analyzer);

  /**
   * @param embedder the embedder of the served index (follow vectors must be comparable with the
   *     passages' vectors)
   * @param weights term weights of the served index, e.g. {@code TermWeights.of(new
   *     Lexicon(index))}
   * @param tuning thresholds, normally {@link MatchTuning#defaults()}
   */
  public FollowMatcher(Embedder embedder, TermWeights weights, MatchTuning tuning) {
    this.embedder = embedder;
    this.weights = weights;
    this.tuning = tuning;
  }

  /** The embedding of a topic or person as a query; null for a pair (matched by contacts only). */
  @Override
  public float[] vector(Follow.Kind kind, String text) {
    return kind == Follow.Kind.PAIR ? null : embedder.embedQuery(text);
  }

  @Override
  public String model() {
    return embedder.choice().configName();
  }

  /** NOTE: reads the IDF of every follow term from the index once; rebuild when follows change. */
  @Override
  public Matcher over(Collection<Follow> follows) {
    CompiledFollows compiled =
        new CompiledFollows(follows, analysis, weights, embedder.dimension());
    return new FollowSet(compiled, tuning, analyzer);
  }
}
