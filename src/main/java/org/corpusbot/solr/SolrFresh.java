package org.corpusbot.solr;

import static org.corpusbot.retrieval.IndexSchema.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.corpusbot.corpus.Article;
import org.corpusbot.retrieval.Annotation;
import org.corpusbot.retrieval.FreshArticle;
import org.corpusbot.retrieval.FreshArticles;

/**
 * The collection's {@link FreshArticles}: each article is read with its block (passages with their
 * vectors, annotations) in one request through Solr's child document transformer. Thread-safe.
 */
final class SolrFresh implements FreshArticles {
  private static final String FIELDS =
      "*,[child parentFilter=" + TYPE + ":" + TYPE_ARTICLE + " limit=-1]";

  private final SolrAccess solr;

  SolrFresh(SolrAccess solr) {
    this.solr = solr;
  }

  @Override
  public long lastArrival() {
    SolrQuery q = served().setRows(1).setFields(ARRIVAL);
    q.addSort(ARRIVAL, SolrQuery.ORDER.desc);
    // NOTE: strict, as since(): follows keep a watermark of arrivals, and an answer from some
    // shards would move it past the articles of the others for good.
    SolrDocumentList found = solr.strict(q).getResults();
    Object arrival = found.isEmpty() ? null : found.get(0).getFirstValue(ARRIVAL);
    return arrival == null ? 0L : ((Number) arrival).longValue();
  }

  @Override
  public List<FreshArticle> since(long after, int limit) {
    SolrQuery q = served().setFields(FIELDS);
    q.addFilterQuery(ARRIVAL + ":[" + (after + 1) + " TO *]");
    q.setRows(solr.rows(q, limit, new java.util.TreeSet<>()));
    q.addSort(ARRIVAL, SolrQuery.ORDER.asc);
    List<FreshArticle> out = new ArrayList<>();
    for (SolrDocument d : solr.strict(q).getResults()) {
      out.add(fresh(d));
    }
    return out;
  }

  @Override
  public List<FreshArticle> of(Collection<String> ids) {
    List<String> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
    List<FreshArticle> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i += SolrView.IDS_PER_REQUEST) {
      List<String> part = all.subList(i, Math.min(all.size(), i + SolrView.IDS_PER_REQUEST));
      SolrQuery q = served().setRows(part.size()).setFields(FIELDS);
      q.setQuery(SolrQueries.anyOf(SolrFields.ID, part));
      for (SolrDocument d : solr.tolerant(q, "a read of articles").getResults()) {
        out.add(fresh(d));
      }
    }
    return out;
  }

  private static SolrQuery served() {
    SolrQuery q = new SolrQuery("*:*");
    q.addFilterQuery(SolrQueries.term(TYPE, TYPE_ARTICLE));
    return q;
  }

  /** An article document with its children, as the follows read it. */
  static FreshArticle fresh(SolrDocument d) {
    Article a = SolrDocs.article(d);
    Object arrival = d.getFirstValue(ARRIVAL);
    String cluster = SolrDocs.string(d, CLUSTER);
    List<FreshArticle.Vectored> passages = new ArrayList<>();
    List<Annotation> annotations = new ArrayList<>();
    List<SolrDocument> children = d.getChildDocuments();
    for (SolrDocument c : children == null ? List.<SolrDocument>of() : children) {
      if (c.containsKey(ANN_KIND)) {
        annotations.add(SolrDocs.annotation(c));
      } else if (c.containsKey(TEXT)) {
        passages.add(new FreshArticle.Vectored(SolrDocs.passage(c), SolrDocs.vector(c)));
      }
    }
    passages.sort(Comparator.comparingInt(v -> v.passage().ordinal()));
    annotations.sort(Comparator.comparingInt(Annotation::start));
    return new FreshArticle(
        a,
        arrival == null ? 0 : ((Number) arrival).longValue(),
        cluster == null ? a.id() : cluster,
        passages,
        annotations);
  }
}
