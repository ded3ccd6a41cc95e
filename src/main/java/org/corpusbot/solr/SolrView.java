package org.corpusbot.solr;

import static org.corpusbot.retrieval.IndexSchema.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.util.VectorUtil;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.corpusbot.retrieval.PassageFacts;
import org.corpusbot.retrieval.PassageHit;
import org.corpusbot.retrieval.PassageKey;
import org.corpusbot.retrieval.PassageView;
import org.corpusbot.retrieval.Scored;
import org.corpusbot.retrieval.SentenceVectors;
import org.corpusbot.retrieval.TimeScope;

/**
 * One search's requests to the collection. Unlike a local view it is not one point in time: a
 * commit between two requests can show in the second (the indexer commits rarely, and each article
 * is whole either way). Shards that did not answer any request are gathered in {@link
 * #unreachable()}. Not thread-safe: one search.
 */
final class SolrView implements PassageView {
  /** Ids per request when reading documents by id: well under Solr's 1,024 boolean clauses. */
  static final int IDS_PER_REQUEST = 500;

  private final SolrAccess solr;
  private final SolrMeta meta;
  private final Set<String> unreachable = new TreeSet<>();

  SolrView(SolrAccess solr, SolrMeta meta) {
    this.solr = solr;
    this.meta = meta;
  }

  @Override
  public Map<String, String> meta() {
    return meta.read(unreachable);
  }

  @Override
  public List<Scored<PassageKey>> passagesByWords(Set<String> terms, TimeScope scope, int k) {
    if (terms.isEmpty() || k <= 0) {
      return List.of();
    }
    SolrQuery q = new SolrQuery();
    SolrQueries.words(q, terms, PASSAGE_FIELDS);
    return passages(q, scope, k);
  }

  @Override
  public List<Scored<String>> articlesByWords(Set<String> terms, TimeScope scope, int k) {
    if (terms.isEmpty() || k <= 0) {
      return List.of();
    }
    SolrQuery q = new SolrQuery();
    SolrQueries.words(q, terms, ARTICLE_FIELDS);
    SolrQueries.filter(q, TYPE_ARTICLE, scope);
    q.setFields(ARTICLE_ID, "score").setRows(k);
    List<Scored<String>> out = new ArrayList<>();
    for (SolrDocument d : solr.tolerant(q, unreachable).getResults()) {
      out.add(new Scored<>(SolrDocs.string(d, ARTICLE_ID), score(d)));
    }
    return out;
  }

  @Override
  public List<Scored<PassageKey>> nearest(float[] vector, TimeScope scope, int k) {
    if (k <= 0) {
      return List.of();
    }
    SolrQuery q = new SolrQuery();
    SolrQueries.knn(q, vector, k);
    return passages(q, scope, k);
  }

  /*
   * NOTE: distrib.singlePass would spare the second round trip to the shards (about half the
   * latency here), but with a shard down Solr 9.10.1 then fails the whole request (a
   * NullPointerException in QueryComponent.returnFields) instead of answering from the rest.
   */
  private List<Scored<PassageKey>> passages(SolrQuery q, TimeScope scope, int k) {
    SolrQueries.filter(q, TYPE_PASSAGE, scope);
    q.setFields(ARTICLE_ID, ORDINAL, "score").setRows(k);
    List<Scored<PassageKey>> out = new ArrayList<>();
    for (SolrDocument d : solr.tolerant(q, unreachable).getResults()) {
      out.add(new Scored<>(key(d), score(d)));
    }
    return out;
  }

  @Override
  public Map<PassageKey, PassageFacts> facts(Collection<PassageKey> keys, float[] query) {
    Map<PassageKey, PassageFacts> out = new HashMap<>();
    List<String> fields = new ArrayList<>(List.of(ARTICLE_ID, ORDINAL, CLUSTER, DATE));
    if (query != null) {
      fields.add(VECTOR);
    }
    for (SolrDocument d : byKey(keys, fields)) {
      float[] v = query == null ? null : SolrDocs.vector(d);
      Double cosine = v == null ? null : (double) VectorUtil.dotProduct(query, v);
      String cluster = SolrDocs.string(d, CLUSTER);
      PassageKey key = key(d);
      out.put(
          key,
          new PassageFacts(cluster == null ? key.articleId() : cluster, SolrDocs.date(d), cosine));
    }
    return out;
  }

  @Override
  public List<PassageHit> hits(List<Chosen> chosen) {
    List<PassageKey> keys = chosen.stream().map(Chosen::key).toList();
    List<String> fields =
        List.of(ARTICLE_ID, ORDINAL, START, END, TEXT, TITLE, SOURCE, URL, DATE, SENTENCE_VECTORS);
    Map<PassageKey, SolrDocument> found = new HashMap<>();
    for (SolrDocument d : byKey(keys, fields)) {
      found.put(key(d), d);
    }
    List<PassageHit> out = new ArrayList<>(chosen.size());
    for (Chosen c : chosen) {
      SolrDocument d = found.get(c.key());
      if (d != null) {
        byte[] sentences = SolrDocs.bytes(d, SENTENCE_VECTORS);
        out.add(
            new PassageHit(
                SolrDocs.passage(d),
                SolrDocs.info(d),
                c.score(),
                c.similarity(),
                sentences == null ? null : SentenceVectors.decode(sentences)));
      }
    }
    return out;
  }

  /** The passage documents of {@code keys}, with {@code fields}. */
  private List<SolrDocument> byKey(Collection<PassageKey> keys, List<String> fields) {
    List<String> ids =
        new ArrayList<>(
            new LinkedHashSet<>(
                keys.stream().map(k -> SolrFields.passageId(k.articleId(), k.ordinal())).toList()));
    List<SolrDocument> out = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += IDS_PER_REQUEST) {
      List<String> part = ids.subList(i, Math.min(ids.size(), i + IDS_PER_REQUEST));
      SolrQuery q = new SolrQuery(SolrQueries.anyOf(SolrFields.ID, part));
      q.addFilterQuery(SolrQueries.term(TYPE, TYPE_PASSAGE));
      q.setFields(fields.toArray(String[]::new)).setRows(part.size());
      out.addAll(solr.tolerant(q, unreachable).getResults());
    }
    return out;
  }

  @Override
  public Set<String> unreachable() {
    return Set.copyOf(unreachable);
  }

  private static PassageKey key(SolrDocument d) {
    return new PassageKey(SolrDocs.string(d, ARTICLE_ID), SolrDocs.integer(d, ORDINAL));
  }

  private static double score(SolrDocument d) {
    return ((Number) d.getFirstValue("score")).doubleValue();
  }
}
