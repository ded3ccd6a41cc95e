package org.corpusbot.retrieval;

import static org.corpusbot.retrieval.IndexSchema.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.corpusbot.corpus.Article;
import org.corpusbot.retrieval.DupTable.Entry;

/**
 * The copy keys of the last commit, read by term queries: the articles with a text, a URL or an LSH
 * band, and the duplicates of an article. Each lookup reads only the few documents it finds.
 */
final class IndexedCopies {
  private static final Set<String> FIELDS =
      Set.of(ARTICLE_ID, TEXT_KEY, URL_KEY, SIGNATURE, DATE, ARRIVAL, CLUSTER, DUPLICATE_OF);

  /**
   * Candidates read for one near-duplicate lookup, best matching first: more share a band only in a
   * corpus of templates (a thousand daily reports alike), where the nearest is among the first.
   */
  private static final int MAX_CANDIDATES = 200;

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

  /** An indexed article, served or duplicate, as it was read; null when there is none. */
  static Article article(CorpusIndex index, String id) {
    return index.search(
        s -> {
          TopDocs top = s.search(filtered(new TermQuery(new Term(ARTICLE_ID, id)), kinds()), 1);
          return top.scoreDocs.length == 0
              ? null
              : Documents.article(s.storedFields().document(top.scoreDocs[0].doc));
        });
  }

  Entry byId(String id) {
    List<Entry> found = find(filtered(new TermQuery(new Term(ARTICLE_ID, id)), kinds()), 1);
    return found.isEmpty() ? null : found.get(0);
  }

  /** Served articles whose {@code field} (text or URL key) is {@code value}. */
  List<Entry> served(String field, String value) {
    return find(filtered(new TermQuery(new Term(field, value)), servedOnly()), MAX_CANDIDATES);
  }

  /** Served articles sharing a band with {@code bands}, those sharing most first. */
  List<Entry> banded(List<String> bands) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String band : bands) {
      any.add(new TermQuery(new Term(LSH_BAND, band)), Occur.SHOULD);
    }
    return find(filtered(any.build(), servedOnly()), MAX_CANDIDATES);
  }

  /** The duplicates recorded as copies of {@code id}. */
  List<Entry> copiesOf(String id) {
    return find(new TermQuery(new Term(DUPLICATE_OF, id)), Integer.MAX_VALUE);
  }

  /** The greatest arrival indexed; 0 for an empty index or one of an earlier schema. */
  long lastArrival() {
    return index.search(
        s -> {
          Sort last = new Sort(new SortField(ARRIVAL, SortField.Type.LONG, true));
          TopDocs top = s.search(kinds(), 1, last);
          if (top.scoreDocs.length == 0) {
            return 0L;
          }
          Document d = s.storedFields().document(top.scoreDocs[0].doc, Set.of(ARRIVAL));
          return d.getField(ARRIVAL) == null ? 0L : d.getField(ARRIVAL).numericValue().longValue();
        });
  }

  /** Every indexed article's arrival by id: what a rebuild carries over. */
  Map<String, Long> arrivals() {
    Map<String, Long> out = new HashMap<>();
    for (Entry e : find(kinds(), Integer.MAX_VALUE)) {
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

  private List<Entry> find(Query q, int max) {
    return index.search(s -> read(s, q, max));
  }

  private static List<Entry> read(IndexSearcher s, Query q, int max) throws IOException {
    int n = Math.max(1, Math.min(max, s.count(q)));
    TopDocs top = s.search(q, n);
    StoredFields stored = s.storedFields();
    List<Entry> out = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc sd : top.scoreDocs) {
      Document d = stored.document(sd.doc, FIELDS);
      BytesRef sig = d.getBinaryValue(SIGNATURE);
      if (sig == null) {
        continue; // indexed before schema 3: the index is being rebuilt
      }
      Fingerprint fp =
          new Fingerprint(
              d.get(TEXT_KEY),
              d.get(URL_KEY),
              Fingerprint.signature(sig.bytes, sig.offset, sig.length));
      out.add(
          new Entry(
              d.get(ARTICLE_ID),
              fp,
              Documents.date(d),
              d.getField(ARRIVAL).numericValue().longValue(),
              d.get(CLUSTER),
              d.get(DUPLICATE_OF)));
    }
    return out;
  }
}
