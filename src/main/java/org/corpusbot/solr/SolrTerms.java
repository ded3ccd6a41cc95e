package org.corpusbot.solr;

import static org.corpusbot.retrieval.IndexSchema.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.corpusbot.retrieval.TermStats;

/**
 * The collection's {@link TermStats}: one request that counts passages and, per term, the passages
 * holding it (facet queries over every shard). NOTE: live documents only, where the local index
 * also counts deleted ones not yet merged away; the difference is small and shrinks with merges.
 */
final class SolrTerms implements TermStats {
  private final SolrAccess solr;

  SolrTerms(SolrAccess solr) {
    this.solr = solr;
  }

  @Override
  public Frequencies frequencies(Set<String> terms) {
    SolrQuery q = new SolrQuery("*:*").setRows(0);
    q.addFilterQuery(SolrQueries.term(TYPE, TYPE_PASSAGE));
    List<String> ordered = new ArrayList<>(terms);
    q.setFacet(true);
    for (int i = 0; i < ordered.size(); i++) {
      q.set("t" + i, ordered.get(i));
      q.addFacetQuery("{!term f=" + TEXT + " v=$t" + i + " key=t" + i + "}");
    }
    QueryResponse r = solr.tolerant(q, "term statistics");
    Map<String, Integer> counts = r.getFacetQuery() == null ? Map.of() : r.getFacetQuery();
    Map<String, Long> docFreq = new HashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      docFreq.put(ordered.get(i), counts.getOrDefault("t" + i, 0).longValue());
    }
    return new Frequencies(r.getResults().getNumFound(), docFreq);
  }
}
