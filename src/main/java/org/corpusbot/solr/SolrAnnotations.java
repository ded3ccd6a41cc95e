package org.corpusbot.solr;

import static org.corpusbot.retrieval.IndexSchema.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.corpusbot.retrieval.AnnotationSearch;

/**
 * The collection's {@link AnnotationSearch}: the filters and order of {@code LuceneAnnotations};
 * equal dates are ordered by article id and place in it (the local index keeps writing order).
 * Thread-safe.
 */
final class SolrAnnotations implements AnnotationSearch {
  private final SolrAccess solr;

  SolrAnnotations(SolrAccess solr) {
    this.solr = solr;
  }

  @Override
  public List<Found> find(
      String kind, List<Set<String>> keyGroups, LocalDate from, LocalDate to, int limit) {
    SolrQuery q = new SolrQuery("*:*");
    q.addFilterQuery(SolrQueries.term(TYPE, TYPE_ANNOTATION));
    q.addFilterQuery(SolrQueries.term(ANN_KIND, kind));
    for (Set<String> group : keyGroups) {
      if (group.isEmpty()) {
        return List.of(); // no key can match an empty group, as an empty disjunction
      }
      q.addFilterQuery(SolrQueries.anyOf(ANN_KEY, group));
    }
    if (from != null) {
      q.addFilterQuery(ANN_TO + ":[" + from.toEpochDay() + " TO *]");
    }
    if (to != null) {
      q.addFilterQuery(ANN_FROM + ":[" + (SolrFields.NO_DATE + 1) + " TO " + to.toEpochDay() + "]");
    }
    q.addSort(ANN_FROM, SolrQuery.ORDER.desc)
        .addSort(DATE, SolrQuery.ORDER.desc)
        .addSort(ARTICLE_ID, SolrQuery.ORDER.asc)
        .addSort(ANN_TO, SolrQuery.ORDER.desc);
    q.setRows(solr.rows(q, limit, new java.util.TreeSet<>()));
    q.setFields(
        ARTICLE_ID,
        ANN_KIND,
        ANN_FROM,
        ANN_TO,
        START,
        END,
        ANN_PAYLOAD,
        ANN_TITLE,
        SOURCE,
        URL,
        DATE);
    List<Found> out = new ArrayList<>();
    for (SolrDocument d : solr.tolerant(q, "a search of contacts").getResults()) {
      out.add(new Found(SolrDocs.annotation(d), SolrDocs.info(d)));
    }
    return out;
  }
}
