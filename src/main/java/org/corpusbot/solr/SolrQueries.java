package org.corpusbot.solr;

import static org.corpusbot.retrieval.IndexSchema.*;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.corpusbot.retrieval.TimeScope;

/** Builds the Solr requests that mirror the local index's queries ({@code Filters}, BM25 terms). */
final class SolrQueries {
  private SolrQueries() {}

  /** {@code field:value} as an exact term (no analysis), for string fields. */
  static String term(String field, String value) {
    return field + ":" + ClientUtils.escapeQueryChars(value);
  }

  /** {@code field:(a OR b …)}, exact terms; {@code values} must not be empty. */
  static String anyOf(String field, Collection<String> values) {
    List<String> escaped = new ArrayList<>();
    values.forEach(v -> escaped.add(ClientUtils.escapeQueryChars(v)));
    return field + ":(" + String.join(" OR ", escaped) + ")";
  }

  /**
   * Documents of {@code type} admitted by {@code scope}, as {@code Filters.of} does: a bounded-from
   * scope needs a date; an open one admits undated articles.
   */
  static void filter(SolrQuery q, String type, TimeScope scope) {
    q.addFilterQuery(term(TYPE, type));
    if (scope.from() != null) {
      String to = scope.to() == null ? "*" : day(scope.to());
      q.addFilterQuery(DATE + ":[" + day(scope.from()) + " TO " + to + "]");
    } else if (scope.to() != null) {
      q.addFilterQuery("-" + DATE + ":[" + day(scope.to().plusDays(1)) + " TO *]");
    }
  }

  static String day(LocalDate d) {
    return DateTimeFormatter.ISO_LOCAL_DATE.format(d) + "T00:00:00Z";
  }

  /**
   * A disjunction of BM25 term queries, one per term and field with the field's boost, over already
   * analysed terms: each term goes through a parameter to Solr's term parser, so Solr neither
   * analyses nor parses it again.
   */
  static void words(SolrQuery q, Set<String> terms, Map<String, Float> fieldBoosts) {
    List<String> clauses = new ArrayList<>();
    int i = 0;
    for (String t : terms) {
      String param = "w" + i++;
      q.set(param, t);
      for (Map.Entry<String, Float> f : new TreeMap<>(fieldBoosts).entrySet()) {
        clauses.add("_query_:\"{!term f=" + f.getKey() + " v=$" + param + "}\"^" + f.getValue());
      }
    }
    q.setQuery(String.join(" ", clauses));
    q.set("q.op", "OR");
    q.set("defType", "lucene");
  }

  /** The {@code k} nearest passage vectors; the filter queries are applied before the search. */
  static void knn(SolrQuery q, float[] vector, int k) {
    StringBuilder v = new StringBuilder("{!knn f=").append(VECTOR).append(" topK=").append(k);
    v.append("}[");
    for (int i = 0; i < vector.length; i++) {
      if (i > 0) {
        v.append(',');
      }
      v.append(vector[i]);
    }
    q.setQuery(v.append(']').toString());
  }
}
