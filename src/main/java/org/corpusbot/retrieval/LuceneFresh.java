package org.corpusbot.retrieval;

import static org.corpusbot.retrieval.IndexSchema.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.Passage;

/**
 * The Lucene index's {@link FreshArticles}. Reads served articles back from the index with their
 * passages, vectors and annotations: those that arrived after a given arrival (what follows are
 * matched against), or given ids (a benchmark's replay). Duplicates (stored, not served) are never
 * returned. Thread-safe.
 */
public final class LuceneFresh implements FreshArticles {
  private final CorpusIndex index;

  public LuceneFresh(CorpusIndex index) {
    this.index = index;
  }

  /** The greatest arrival of a served article; 0 for an empty index (or one before schema 3). */
  @Override
  public long lastArrival() {
    return index.search(
        s -> {
          Sort last = new Sort(new SortField(ARRIVAL, SortField.Type.LONG, true));
          TopDocs top = s.search(served(), 1, last);
          if (top.scoreDocs.length == 0) {
            return 0L;
          }
          return ((FieldDoc) top.scoreDocs[0]).fields[0] instanceof Long l ? l : 0L;
        });
  }

  /**
   * Served articles with an arrival greater than {@code after}, oldest arrival first, at most
   * {@code limit}.
   */
  @Override
  public List<FreshArticle> since(long after, int limit) {
    Query q =
        new BooleanQuery.Builder()
            .add(served(), Occur.FILTER)
            .add(
                NumericDocValuesField.newSlowRangeQuery(ARRIVAL, after + 1, Long.MAX_VALUE),
                Occur.FILTER)
            .build();
    Sort byArrival = new Sort(new SortField(ARRIVAL, SortField.Type.LONG));
    // NOTE: only the first `limit` are read whole (passages, vectors, contacts): a backfill of
    // thousands is read a batch at a time, not all at every batch.
    return index.search(
        s -> {
          List<FreshArticle> out = new ArrayList<>();
          for (ScoreDoc sd : s.search(q, Math.max(1, limit), byArrival).scoreDocs) {
            out.add(fresh(s, sd.doc));
          }
          return out;
        });
  }

  /** The served articles among {@code ids} (those not served are left out), in no set order. */
  @Override
  public List<FreshArticle> of(Collection<String> ids) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    ids.forEach(id -> any.add(new TermQuery(new Term(ARTICLE_ID, id)), Occur.SHOULD));
    Query q =
        new BooleanQuery.Builder()
            .add(served(), Occur.FILTER)
            .add(any.build(), Occur.FILTER)
            .build();
    return ids.isEmpty() ? List.of() : index.search(s -> read(s, q, ids.size()));
  }

  private static Query served() {
    return new TermQuery(new Term(TYPE, TYPE_ARTICLE));
  }

  private static List<FreshArticle> read(IndexSearcher s, Query q, int max) throws IOException {
    int n = Math.max(1, Math.min(max, s.count(q)));
    List<FreshArticle> out = new ArrayList<>();
    for (ScoreDoc sd : s.search(q, n).scoreDocs) {
      out.add(fresh(s, sd.doc));
    }
    return out;
  }

  private static FreshArticle fresh(IndexSearcher s, int doc) throws IOException {
    Article a = Documents.article(s.storedFields().document(doc));
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    int local = doc - leaf.docBase;
    NumericDocValues arrivals = leaf.reader().getNumericDocValues(ARRIVAL);
    long arrival = arrivals != null && arrivals.advanceExact(local) ? arrivals.longValue() : 0;
    SortedDocValues clusters = leaf.reader().getSortedDocValues(CLUSTER);
    String cluster =
        clusters != null && clusters.advanceExact(local)
            ? clusters.lookupOrd(clusters.ordValue()).utf8ToString()
            : a.id();
    return new FreshArticle(a, arrival, cluster, passages(s, a.id()), annotations(s, a.id()));
  }

  private static List<FreshArticle.Vectored> passages(IndexSearcher s, String id)
      throws IOException {
    Query q = ofArticle(TYPE_PASSAGE, id);
    List<FreshArticle.Vectored> out = new ArrayList<>();
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    for (ScoreDoc sd : s.search(q, Math.max(1, s.count(q))).scoreDocs) {
      Passage p = Documents.passage(s.storedFields().document(sd.doc));
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
      out.add(new FreshArticle.Vectored(p, vector(leaf, sd.doc - leaf.docBase)));
    }
    out.sort(Comparator.comparingInt(v -> v.passage().ordinal()));
    return out;
  }

  /** The passage's vector; a fresh iterator per passage, since they only move forward. */
  private static float[] vector(LeafReaderContext leaf, int doc) throws IOException {
    FloatVectorValues values = leaf.reader().getFloatVectorValues(VECTOR);
    if (values == null || values.advance(doc) != doc) {
      return null;
    }
    return values.vectorValue().clone();
  }

  private static List<Annotation> annotations(IndexSearcher s, String id) throws IOException {
    Query q = ofArticle(TYPE_ANNOTATION, id);
    List<Annotation> out = new ArrayList<>();
    for (ScoreDoc sd : s.search(q, Math.max(1, s.count(q))).scoreDocs) {
      out.add(Documents.annotation(s.storedFields().document(sd.doc)));
    }
    out.sort(Comparator.comparingInt(Annotation::start));
    return out;
  }

  private static Query ofArticle(String type, String id) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(TYPE, type)), Occur.FILTER)
        .add(new TermQuery(new Term(ARTICLE_ID, id)), Occur.FILTER)
        .build();
  }
}
