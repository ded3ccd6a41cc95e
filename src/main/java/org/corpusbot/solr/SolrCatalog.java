package org.corpusbot.solr;

import static org.corpusbot.retrieval.IndexSchema.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.ArticleInfo;
import org.corpusbot.retrieval.ArticleCatalog;

/** The collection's {@link ArticleCatalog}, ordered as {@code LuceneCatalog}. Thread-safe. */
final class SolrCatalog implements ArticleCatalog {
  private static final String[] INFO = {ARTICLE_ID, TITLE, DATE, SOURCE, URL};

  private final SolrAccess solr;

  SolrCatalog(SolrAccess solr) {
    this.solr = solr;
  }

  @Override
  public Page newest(int offset, int limit) {
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException(
          "offset and limit must be zero or more, not " + offset + " and " + limit);
    }
    int total = count(TYPE_ARTICLE);
    if (offset >= total || limit == 0) {
      return new Page(List.of(), offset, total);
    }
    // NOTE: Solr keeps offset + rows documents per shard in memory: a page deep in a large
    // collection costs as much as reading everything before it (as the local index does)
    int rows = (int) Math.min(limit, (long) total - offset);
    SolrQuery q = articles().setStart(offset).setRows(rows).setFields(INFO);
    q.addSort(DATE, SolrQuery.ORDER.desc).addSort(ARTICLE_ID, SolrQuery.ORDER.asc);
    List<ArticleInfo> out = new ArrayList<>();
    for (SolrDocument d : solr.tolerant(q, "the catalog").getResults()) {
      out.add(SolrDocs.info(d));
    }
    return new Page(out, offset, total);
  }

  @Override
  public Optional<Article> get(String id) {
    SolrQuery q = new SolrQuery(SolrQueries.term(SolrFields.ID, id));
    q.addFilterQuery(SolrQueries.term(TYPE, TYPE_ARTICLE));
    q.setFields(ARTICLE_ID, TITLE, DATE, SOURCE, URL, AUTHORS, FULL_TEXT, CREDIT, FILE);
    SolrDocumentList found = solr.tolerant(q.setRows(1), "an article's reading").getResults();
    return found.isEmpty() ? Optional.empty() : Optional.of(SolrDocs.article(found.get(0)));
  }

  @Override
  public Overview overview() {
    return new Overview(count(TYPE_ARTICLE), count(TYPE_PASSAGE), edge(false), edge(true));
  }

  private int count(String type) {
    SolrQuery q = new SolrQuery("*:*").setRows(0);
    q.addFilterQuery(SolrQueries.term(TYPE, type));
    return (int) solr.tolerant(q, "a count").getResults().getNumFound();
  }

  private LocalDate edge(boolean newest) {
    SolrQuery q = articles().setRows(1).setFields(DATE);
    q.addFilterQuery(DATE + ":[* TO *]");
    q.addSort(DATE, newest ? SolrQuery.ORDER.desc : SolrQuery.ORDER.asc);
    SolrDocumentList found = solr.tolerant(q, "the date span").getResults();
    return found.isEmpty() ? null : SolrDocs.date(found.get(0));
  }

  private static SolrQuery articles() {
    SolrQuery q = new SolrQuery("*:*");
    q.addFilterQuery(SolrQueries.term(TYPE, TYPE_ARTICLE));
    return q;
  }
}
