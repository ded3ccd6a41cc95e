package org.corpusbot.retrieval;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One point-in-time view of the archive for one search. Terms are already analysed by {@link
 * CorpusIndex#analyzer()} (the backend must not analyse them again); a {@link TimeScope} filters by
 * article date as {@code Filters} does (a bounded-from scope needs a date; an open one admits
 * undated articles). Lists are best first, at most {@code k} long. Not thread-safe: one search.
 */
public interface PassageView {
  /** Text 1.0 and title 0.3, each term a BM25 term query; a disjunction of all. */
  Map<String, Float> PASSAGE_FIELDS = Map.of(IndexSchema.TEXT, 1f, IndexSchema.TITLE, 0.3f);

  /** Body 1.0 and title 0.5 over article documents. */
  Map<String, Float> ARTICLE_FIELDS = Map.of(IndexSchema.BODY, 1f, IndexSchema.TITLE, 0.5f);

  /** What the vectors this view shows were made with (see {@link Archive#servedMeta()}). */
  Map<String, String> meta() throws IOException;

  /**
   * {@code terms} with, for each word the passages never hold, the one term they do hold that it
   * misspells, if any ("ukrian" brings "ukrain"); the same terms where the backend cannot tell.
   */
  default Set<String> spelled(Set<String> terms) throws IOException {
    return terms;
  }

  /** BM25 over passages ({@link #PASSAGE_FIELDS}) of served articles admitted by {@code scope}. */
  List<Scored<PassageKey>> passagesByWords(Set<String> terms, TimeScope scope, int k)
      throws IOException;

  /** BM25 over whole served articles ({@link #ARTICLE_FIELDS}); keys are article ids. */
  List<Scored<String>> articlesByWords(Set<String> terms, TimeScope scope, int k)
      throws IOException;

  /**
   * The {@code k} passages nearest to {@code vector} (dot product of unit vectors, scored as Lucene
   * does: {@code (1 + dot) / 2}) among those admitted by {@code scope}.
   */
  List<Scored<PassageKey>> nearest(float[] vector, TimeScope scope, int k) throws IOException;

  /** The facts of each key found ({@code query}: the question's vector, or null). */
  Map<PassageKey, PassageFacts> facts(Collection<PassageKey> keys, float[] query)
      throws IOException;

  /** A passage chosen for the answer, with its fused score and cosine similarity. */
  record Chosen(PassageKey key, double score, double similarity) {}

  /** The hits of {@code chosen}, in that order, with their stored sentence vectors. */
  List<PassageHit> hits(List<Chosen> chosen) throws IOException;

  /**
   * The parts of the archive that did not answer this view's requests (shards of a SolrCloud
   * collection, by name); empty when every part answered, and always empty for a local index.
   */
  Set<String> unreachable();
}
