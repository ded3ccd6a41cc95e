package org.corpusbot.solr;

import static org.corpusbot.retrieval.IndexSchema.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.CursorMarkParams;
import org.corpusbot.corpus.Article;
import org.corpusbot.retrieval.CopyEntry;
import org.corpusbot.retrieval.CopyLookup;

/**
 * The collection's {@link CopyLookup}: term queries on the copy keys of committed articles and
 * duplicates. Reads fail unless every shard answers: an indexing run must not decide what is a copy
 * from part of the archive. Thread-safe.
 */
final class SolrCopies implements CopyLookup {
  private static final String[] ENTRY = {
    ARTICLE_ID, TEXT_KEY, URL_KEY, SIGNATURE, DATE, ARRIVAL, CLUSTER, DUPLICATE_OF
  };
  private static final String WHOLE =
      "(" + TYPE + ":" + TYPE_ARTICLE + " OR " + TYPE + ":" + TYPE_DUPLICATE + ")";
  static final int PAGE = 1_000;

  private final SolrAccess solr;

  SolrCopies(SolrAccess solr) {
    this.solr = solr;
  }

  @Override
  public Article article(String id) {
    SolrQuery q = new SolrQuery(SolrQueries.term(SolrFields.ID, id)).setRows(1);
    q.addFilterQuery(WHOLE);
    q.setFields(ARTICLE_ID, TITLE, DATE, SOURCE, URL, AUTHORS, FULL_TEXT, CREDIT, FILE);
    SolrDocumentList found = solr.strict(q).getResults();
    return found.isEmpty() ? null : SolrDocs.article(found.get(0));
  }

  @Override
  public CopyEntry byId(String id) {
    List<CopyEntry> found = find(SolrQueries.term(SolrFields.ID, id), WHOLE, 1);
    return found.isEmpty() ? null : found.get(0);
  }

  @Override
  public List<CopyEntry> sameText(String textKey) {
    return find(SolrQueries.term(TEXT_KEY, textKey), served(), MAX_CANDIDATES);
  }

  @Override
  public List<CopyEntry> sameUrl(String urlKey) {
    return find(SolrQueries.term(URL_KEY, urlKey), served(), MAX_CANDIDATES);
  }

  /** Each shared band scores 1 ({@code ^=1}), so the score is the number of bands shared. */
  @Override
  public List<CopyEntry> banded(List<String> bands) {
    if (bands.isEmpty()) {
      return List.of();
    }
    List<String> clauses = new ArrayList<>();
    bands.forEach(b -> clauses.add(SolrQueries.term(LSH_BAND, b) + "^=1"));
    return find(String.join(" OR ", clauses), served(), MAX_CANDIDATES);
  }

  @Override
  public List<CopyEntry> copiesOf(String id) {
    List<CopyEntry> out = new ArrayList<>();
    each(SolrQueries.term(DUPLICATE_OF, id), ENTRY, d -> out.add(SolrDocs.copyEntry(d)));
    return out;
  }

  @Override
  public long lastArrival() {
    SolrQuery q = new SolrQuery(WHOLE).setRows(1).setFields(ARRIVAL);
    q.addSort(ARRIVAL, SolrQuery.ORDER.desc);
    SolrDocumentList found = solr.strict(q).getResults();
    Object arrival = found.isEmpty() ? null : found.get(0).getFirstValue(ARRIVAL);
    return arrival == null ? 0L : ((Number) arrival).longValue();
  }

  @Override
  public Map<String, Long> arrivals() {
    Map<String, Long> out = new HashMap<>();
    each(
        WHOLE,
        new String[] {ARTICLE_ID, ARRIVAL},
        d -> {
          Object a = d.getFirstValue(ARRIVAL);
          out.put(SolrDocs.string(d, ARTICLE_ID), a == null ? 0L : ((Number) a).longValue());
        });
    return out;
  }

  private static String served() {
    return SolrQueries.term(TYPE, TYPE_ARTICLE);
  }

  private List<CopyEntry> find(String query, String filter, int max) {
    SolrQuery q = new SolrQuery(query).setRows(max).setFields(ENTRY);
    q.addFilterQuery(filter);
    q.addSort("score", SolrQuery.ORDER.desc).addSort(ARTICLE_ID, SolrQuery.ORDER.asc);
    List<CopyEntry> out = new ArrayList<>();
    for (SolrDocument d : solr.strict(q).getResults()) {
      out.add(SolrDocs.copyEntry(d));
    }
    return out;
  }

  /**
   * Every root document matching {@code query}, a page at a time by cursor (a deep page costs as
   * much as the first).
   */
  void each(String query, String[] fields, Consumer<SolrDocument> consumer) {
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      SolrQuery q = new SolrQuery(query).setRows(PAGE).setFields(fields);
      q.addSort(SolrFields.ID, SolrQuery.ORDER.asc);
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse r = solr.strict(q);
      r.getResults().forEach(consumer);
      String next = r.getNextCursorMark();
      if (next == null || next.equals(cursor)) {
        return;
      }
      cursor = next;
    }
  }
}
