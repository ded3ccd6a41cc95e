package org.corpusbot.retrieval;

import static org.corpusbot.retrieval.IndexSchema.*;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReader;
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
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.corpusbot.corpus.Article;

/**
 * The Lucene index's {@link CopyLookup}: the copy keys of the last commit, read by term queries
 * (the articles with a text, a URL or an LSH band, and the duplicates of an article). Each lookup
 * reads only the few documents it finds; {@link #MAX_CANDIDATES} for one near-duplicate lookup,
 * best matching first: more share a band only in a corpus of templates (a thousand daily reports
 * alike), where the nearest is among the first.
 */
final class IndexedCopies implements CopyLookup {
  private final CorpusIndex index;

  IndexedCopies(CorpusIndex index) {
    this.index = index;
  }

  /** Served articles and duplicates: every document that stands for a whole article. */
  static Query kinds() {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(TYPE, TYPE_ARTICLE)), Occur.SHOULD)
        .add(new TermQuery(new Term(TYPE, TYPE_DUPLICATE)), Occur.SHOULD)
        .build();
  }

  @Override
  public Article article(String id) {
    return index.search(
        s -> {
          TopDocs top = s.search(filtered(new TermQuery(new Term(ARTICLE_ID, id)), kinds()), 1);
          return top.scoreDocs.length == 0
              ? null
              : Documents.article(s.storedFields().document(top.scoreDocs[0].doc));
        });
  }

  @Override
  public CopyEntry byId(String id) {
    List<CopyEntry> found = find(filtered(new TermQuery(new Term(ARTICLE_ID, id)), kinds()), 1);
    return found.isEmpty() ? null : found.get(0);
  }

  @Override
  public List<CopyEntry> sameText(String textKey) {
    return served(TEXT_KEY, textKey);
  }

  @Override
  public List<CopyEntry> sameUrl(String urlKey) {
    return served(URL_KEY, urlKey);
  }

  /** Served articles whose {@code field} (text or URL key) is {@code value}. */
  private List<CopyEntry> served(String field, String value) {
    return find(filtered(new TermQuery(new Term(field, value)), servedOnly()), MAX_CANDIDATES);
  }

  @Override
  public List<CopyEntry> banded(List<String> bands) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String band : bands) {
      any.add(new TermQuery(new Term(LSH_BAND, band)), Occur.SHOULD);
    }
    return find(filtered(any.build(), servedOnly()), MAX_CANDIDATES);
  }

  @Override
  public List<CopyEntry> copiesOf(String id) {
    return find(new TermQuery(new Term(DUPLICATE_OF, id)), Integer.MAX_VALUE);
  }

  /** The greatest arrival indexed; 0 for an empty index or one of an earlier schema. */
  @Override
  public long lastArrival() {
    return index.search(
        s -> {
          Sort last = new Sort(new SortField(ARRIVAL, SortField.Type.LONG, true));
          TopDocs top = s.search(kinds(), 1, last);
          if (top.scoreDocs.length == 0) {
            return 0L;
          }
          Long arrival = ((FieldDoc) top.scoreDocs[0]).fields[0] instanceof Long l ? l : null;
          return arrival == null ? 0L : arrival;
        });
  }

  @Override
  public Map<String, Long> arrivals() {
    Map<String, Long> out = new HashMap<>();
    for (CopyEntry e : find(kinds(), Integer.MAX_VALUE)) {
      out.put(e.id(), e.arrival());
    }
    return out;
  }

  private static Query servedOnly() {
    return new TermQuery(new Term(TYPE, TYPE_ARTICLE));
  }

  private static Query filtered(Query q, Query filter) {
    return new BooleanQuery.Builder().add(q, Occur.MUST).add(filter, Occur.FILTER).build();
  }

  private List<CopyEntry> find(Query q, int max) {
    return index.search(s -> read(s, q, max));
  }

  /** The entries of the best {@code max} hits, read from doc values in doc id order. */
  private static List<CopyEntry> read(IndexSearcher s, Query q, int max) throws IOException {
    // NOTE: counting first costs a second pass; only an unbounded read needs it.
    int n = max <= MAX_CANDIDATES ? max : Math.max(1, Math.min(max, s.count(q)));
    int[] docs = Arrays.stream(s.search(q, n).scoreDocs).mapToInt(sd -> sd.doc).sorted().toArray();
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    List<CopyEntry> out = new ArrayList<>(docs.length);
    int current = -1;
    Values v = null;
    for (int doc : docs) {
      int leaf = ReaderUtil.subIndex(doc, leaves);
      if (leaf != current) {
        current = leaf;
        v = new Values(leaves.get(leaf).reader());
      }
      CopyEntry e = v.entry(doc - leaves.get(leaf).docBase);
      if (e != null) {
        out.add(e);
      }
    }
    return out;
  }

  /** One segment's doc values of the copy keys; read forward only. */
  private static final class Values {
    private final SortedDocValues ids;
    private final SortedDocValues texts;
    private final SortedDocValues urls;
    private final SortedDocValues clusters;
    private final SortedDocValues dupOfs;
    private final BinaryDocValues signatures;
    private final NumericDocValues dates;
    private final NumericDocValues arrivals;

    Values(LeafReader r) throws IOException {
      ids = r.getSortedDocValues(ARTICLE_ID);
      texts = r.getSortedDocValues(TEXT_KEY);
      urls = r.getSortedDocValues(URL_KEY);
      clusters = r.getSortedDocValues(CLUSTER);
      dupOfs = r.getSortedDocValues(DUPLICATE_OF);
      signatures = r.getBinaryDocValues(SIGNATURE);
      dates = r.getNumericDocValues(DATE);
      arrivals = r.getNumericDocValues(ARRIVAL);
    }

    /** The entry of a document, or null for one indexed before schema 3 (being rebuilt). */
    CopyEntry entry(int doc) throws IOException {
      if (signatures == null || !signatures.advanceExact(doc)) {
        return null;
      }
      BytesRef sig = signatures.binaryValue();
      Fingerprint fp =
          new Fingerprint(
              string(texts, doc),
              string(urls, doc),
              Fingerprint.signature(sig.bytes, sig.offset, sig.length));
      long day = dates != null && dates.advanceExact(doc) ? dates.longValue() : Documents.NO_DATE;
      long arrival = arrivals != null && arrivals.advanceExact(doc) ? arrivals.longValue() : 0;
      return new CopyEntry(
          string(ids, doc),
          fp,
          day == Documents.NO_DATE ? null : LocalDate.ofEpochDay(day),
          arrival,
          string(clusters, doc),
          string(dupOfs, doc));
    }

    private static String string(SortedDocValues values, int doc) throws IOException {
      return values != null && values.advanceExact(doc)
          ? values.lookupOrd(values.ordValue()).utf8ToString()
          : null;
    }
  }
}
