package org.corpusbot.retrieval;

import static org.corpusbot.retrieval.IndexSchema.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.corpusbot.corpus.Article;

/**
 * The copy keys of every indexed article and duplicate, in memory for one run: looked up by text,
 * by URL and by LSH band, and changed as the run decides. About 400 bytes an article (8 MB at 20k);
 * read in one pass over the article documents, as {@link Delta#indexed} does. Not thread-safe.
 */
final class DupTable {
  /**
   * One indexed article: served ({@code dupOf} null) or a duplicate of the served {@code dupOf}.
   */
  record Entry(
      String id, Fingerprint fp, LocalDate date, long arrival, String cluster, String dupOf) {
    boolean served() {
      return dupOf == null;
    }
  }

  private final Map<String, Entry> byId = new HashMap<>();
  private final Map<String, Set<String>> byText = new HashMap<>();
  private final Map<String, Set<String>> byUrl = new HashMap<>();
  private final Map<String, Set<String>> byBand = new HashMap<>();
  private final Map<String, Set<String>> copiesOf = new HashMap<>();
  private long lastArrival;

  static DupTable read(CorpusIndex index) {
    return index.search(
        searcher -> {
          DupTable t = new DupTable();
          Query q = kinds();
          int n = Math.max(1, searcher.count(q));
          TopDocs top = searcher.search(q, n);
          StoredFields stored = searcher.storedFields();
          Set<String> fields =
              Set.of(
                  ARTICLE_ID, TEXT_KEY, URL_KEY, SIGNATURE, DATE, ARRIVAL, CLUSTER, DUPLICATE_OF);
          for (ScoreDoc sd : top.scoreDocs) {
            Document d = stored.document(sd.doc, fields);
            BytesRef sig = d.getBinaryValue(SIGNATURE);
            if (sig == null) {
              continue; // an index of an earlier schema: it is rebuilt
            }
            Fingerprint fp =
                new Fingerprint(
                    d.get(TEXT_KEY),
                    d.get(URL_KEY),
                    Fingerprint.signature(sig.bytes, sig.offset, sig.length));
            long arrival = d.getField(ARRIVAL).numericValue().longValue();
            t.put(
                new Entry(
                    d.get(ARTICLE_ID),
                    fp,
                    Documents.date(d),
                    arrival,
                    d.get(CLUSTER),
                    d.get(DUPLICATE_OF)));
          }
          return t;
        });
  }

  /** Served articles and duplicates: every document that stands for a whole article. */
  static Query kinds() {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(TYPE, TYPE_ARTICLE)), BooleanClause.Occur.SHOULD)
        .add(new TermQuery(new Term(TYPE, TYPE_DUPLICATE)), BooleanClause.Occur.SHOULD)
        .build();
  }

  /** An indexed article, served or duplicate, as it was read; null when there is none. */
  static Article article(CorpusIndex index, String id) {
    return index.search(
        s -> {
          Query q =
              new BooleanQuery.Builder()
                  .add(new TermQuery(new Term(ARTICLE_ID, id)), BooleanClause.Occur.FILTER)
                  .add(kinds(), BooleanClause.Occur.FILTER)
                  .build();
          TopDocs top = s.search(q, 1);
          return top.scoreDocs.length == 0
              ? null
              : Documents.article(s.storedFields().document(top.scoreDocs[0].doc));
        });
  }

  /** The arrivals of the indexed articles, by id: what a rebuild carries over. */
  Map<String, Long> arrivals() {
    Map<String, Long> out = new HashMap<>();
    byId.values().forEach(e -> out.put(e.id(), e.arrival()));
    return out;
  }

  /** An empty table whose next arrival follows this one's: a rebuild decides everything again. */
  DupTable emptied() {
    DupTable t = new DupTable();
    t.lastArrival = lastArrival;
    return t;
  }

  Entry get(String id) {
    return byId.get(id);
  }

  /** The next arrival number: one more than any indexed. */
  long nextArrival() {
    return ++lastArrival;
  }

  void put(Entry e) {
    remove(e.id());
    byId.put(e.id(), e);
    lastArrival = Math.max(lastArrival, e.arrival());
    if (e.served()) {
      add(byText, e.fp().textKey(), e.id());
      if (e.fp().urlKey() != null) {
        add(byUrl, e.fp().urlKey(), e.id());
      }
      for (String band : e.fp().bands()) {
        add(byBand, band, e.id());
      }
    } else {
      add(copiesOf, e.dupOf(), e.id());
    }
  }

  void remove(String id) {
    Entry e = byId.remove(id);
    if (e == null) {
      return;
    }
    if (e.served()) {
      drop(byText, e.fp().textKey(), id);
      drop(byUrl, e.fp().urlKey(), id);
      for (String band : e.fp().bands()) {
        drop(byBand, band, id);
      }
    } else {
      drop(copiesOf, e.dupOf(), id);
    }
  }

  /** The served articles with this normalised text, other than {@code id}. */
  List<Entry> sameText(String textKey, String id) {
    return others(byText.get(textKey), id);
  }

  /** The served articles with this canonical URL, other than {@code id}. */
  List<Entry> sameUrl(String urlKey, String id) {
    return urlKey == null ? List.of() : others(byUrl.get(urlKey), id);
  }

  /**
   * The served article most like {@code fp} among those sharing an LSH band with it, when its
   * estimated similarity is at least {@code threshold}; ties go to the smaller id.
   */
  Entry nearest(Fingerprint fp, String id, double threshold) {
    Set<String> candidates = new TreeSet<>();
    for (String band : fp.bands()) {
      candidates.addAll(byBand.getOrDefault(band, Set.of()));
    }
    candidates.remove(id);
    Entry best = null;
    double bestSim = threshold;
    for (String c : candidates) {
      Entry e = byId.get(c);
      double sim = fp.similarity(e.fp());
      if (sim > bestSim || (best == null && sim >= bestSim)) {
        best = e;
        bestSim = sim;
      }
    }
    return best;
  }

  /** The duplicates recorded as copies of {@code id}, in id order. */
  List<String> copiesOf(String id) {
    return new ArrayList<>(new TreeSet<>(copiesOf.getOrDefault(id, Set.of())));
  }

  /** Every duplicate entry whose served article is not served (gone, or a duplicate itself). */
  List<String> orphans() {
    List<String> out = new ArrayList<>();
    for (Entry e : byId.values()) {
      if (!e.served() && (byId.get(e.dupOf()) == null || !byId.get(e.dupOf()).served())) {
        out.add(e.id());
      }
    }
    out.sort(null);
    return out;
  }

  private List<Entry> others(Set<String> ids, String id) {
    List<Entry> out = new ArrayList<>();
    for (String other : new TreeSet<>(ids == null ? Set.of() : ids)) {
      if (!other.equals(id)) {
        out.add(byId.get(other));
      }
    }
    return out;
  }

  private static void add(Map<String, Set<String>> m, String key, String id) {
    m.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(id);
  }

  private static void drop(Map<String, Set<String>> m, String key, String id) {
    if (key == null) {
      return;
    }
    Set<String> ids = m.get(key);
    if (ids != null) {
      ids.remove(id);
      if (ids.isEmpty()) {
        m.remove(key);
      }
    }
  }
}
