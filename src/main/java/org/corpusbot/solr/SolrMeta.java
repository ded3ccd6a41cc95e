package org.corpusbot.solr;

import static org.corpusbot.retrieval.IndexSchema.TYPE;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrInputDocument;

/**
 * The meta document: what the last commit was made with (the {@code META_} keys of {@code
 * IndexSchema}), the collection's counterpart of a Lucene commit's user data. Thread-safe.
 */
final class SolrMeta {
  private final SolrAccess solr;

  /** The last meta read: served while the meta document's shard is unreachable. */
  private volatile Map<String, String> last = Map.of();

  SolrMeta(SolrAccess solr) {
    this.solr = solr;
  }

  /** The committed meta; the last one read when its shard does not answer. */
  Map<String, String> read(Set<String> unreachable) {
    Set<String> down = new HashSet<>();
    QueryResponse r = solr.tolerant(query(), down);
    unreachable.addAll(down);
    if (r.getResults().isEmpty() && !down.isEmpty()) {
      return last;
    }
    last = parse(r.getResults());
    return last;
  }

  /** The committed meta, read from every shard or failing: what an indexing run decides on. */
  Map<String, String> strict() {
    last = parse(solr.strict(query()).getResults());
    return last;
  }

  static SolrInputDocument document(Map<String, String> meta) {
    SolrInputDocument d = new SolrInputDocument();
    d.setField(SolrFields.ID, SolrFields.META_ID);
    d.setField(TYPE, SolrFields.TYPE_META);
    d.setField(
        SolrFields.META,
        meta.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    return d;
  }

  private static SolrQuery query() {
    SolrQuery q = new SolrQuery(SolrQueries.term(SolrFields.ID, SolrFields.META_ID));
    q.addFilterQuery(SolrQueries.term(TYPE, SolrFields.TYPE_META));
    return q.setFields(SolrFields.META).setRows(1);
  }

  private static Map<String, String> parse(SolrDocumentList docs) {
    if (docs.isEmpty()) {
      return Map.of();
    }
    Collection<Object> entries = docs.get(0).getFieldValues(SolrFields.META);
    Map<String, String> out = new LinkedHashMap<>();
    for (Object o : entries == null ? List.of() : entries) {
      String e = o.toString();
      int eq = e.indexOf('=');
      out.put(e.substring(0, eq), e.substring(eq + 1));
    }
    return Map.copyOf(out);
  }
}
