package org.corpusbot.retrieval;

import static org.corpusbot.retrieval.IndexSchema.*;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.ArticleInfo;

/** The Lucene index's {@link ArticleCatalog}. Thread-safe. */
public final class LuceneCatalog implements ArticleCatalog {
  private static final TermQuery ARTICLES = new TermQuery(new Term(TYPE, TYPE_ARTICLE));

  private final CorpusIndex index;

  public LuceneCatalog(CorpusIndex index) {
    this.index = index;
  }

  /**
   * Up to {@code limit} articles after the {@code offset} newest; any non-negative values work
   * ({@code Integer.MAX_VALUE} means all).
   *
   * @throws IllegalArgumentException when either is negative
   */
  @Override
  public Page newest(int offset, int limit) {
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException(
          "offset and limit must be zero or more, not " + offset + " and " + limit);
    }
    return index.search(
        s -> {
          int total = s.count(ARTICLES);
          if (offset >= total || limit == 0) {
            return new Page(List.of(), offset, total);
          }
          // long: offset + limit may not fit an int, and Lucene wants at most the total anyway
          int n = (int) Math.min((long) offset + limit, total);
          TopDocs top = s.search(ARTICLES, n, newestFirst());
          List<ArticleInfo> out = new ArrayList<>();
          var stored = s.storedFields();
          for (int i = offset; i < top.scoreDocs.length; i++) {
            out.add(Documents.info(stored.document(top.scoreDocs[i].doc)));
          }
          return new Page(out, offset, total);
        });
  }

  @Override
  public Optional<Article> get(String id) {
    return index.search(
        s -> {
          var q =
              new BooleanQuery.Builder()
                  .add(ARTICLES, Occur.FILTER)
                  .add(new TermQuery(new Term(ARTICLE_ID, id)), Occur.FILTER)
                  .build();
          TopDocs top = s.search(q, 1);
          if (top.scoreDocs.length == 0) {
            return Optional.<Article>empty();
          }
          return Optional.of(Documents.article(s.storedFields().document(top.scoreDocs[0].doc)));
        });
  }

  @Override
  public Overview overview() {
    return index.search(
        s -> {
          int articles = s.count(ARTICLES);
          int passages = s.count(new TermQuery(new Term(TYPE, TYPE_PASSAGE)));
          LocalDate last = edge(s, true);
          LocalDate first = edge(s, false);
          return new Overview(articles, passages, first, last);
        });
  }

  private static LocalDate edge(IndexSearcher s, boolean newest) throws IOException {
    var dated =
        new BooleanQuery.Builder()
            .add(ARTICLES, Occur.FILTER)
            .add(
                IntPoint.newRangeQuery(DATE, Integer.MIN_VALUE + 1, Integer.MAX_VALUE),
                Occur.FILTER)
            .build();
    TopDocs top = s.search(dated, 1, new Sort(new SortField(DATE, SortField.Type.INT, newest)));
    if (top.scoreDocs.length == 0) {
      return null;
    }
    ScoreDoc sd = top.scoreDocs[0];
    Document d = s.storedFields().document(sd.doc);
    return Documents.date(d);
  }

  private static Sort newestFirst() {
    return new Sort(
        new SortField(DATE, SortField.Type.INT, true),
        new SortField(ARTICLE_ID, SortField.Type.STRING));
  }
}
