package org.corpusbot.retrieval;

import static org.corpusbot.retrieval.IndexSchema.*;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.VectorUtil;

/**
 * Reads per-document facts (article id, date, vector, stored fields) for sets of hits.
 *
 * <p>NOTE: doc values iterators only move forward, so documents are visited in increasing id
 * order, one fresh iterator per segment; reading them is far cheaper than stored fields, which
 * are loaded only for the few hits that are returned.
 */
final class DocFacts {
  private final Map<Integer, String> articleIds = new HashMap<>();
  private final Map<Integer, LocalDate> dates = new HashMap<>();

  String articleId(int doc) {
    return articleIds.get(doc);
  }

  LocalDate date(int doc) {
    return dates.get(doc);
  }

  static DocFacts read(IndexSearcher s, Iterable<Integer> docs) throws IOException {
    DocFacts facts = new DocFacts();
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    int current = -1;
    SortedDocValues ids = null;
    NumericDocValues days = null;
    for (int doc : new TreeSet<>(toList(docs))) {
      int leafIndex = ReaderUtil.subIndex(doc, leaves);
      LeafReaderContext leaf = leaves.get(leafIndex);
      if (leafIndex != current) {
        current = leafIndex;
        ids = leaf.reader().getSortedDocValues(ARTICLE_ID);
        days = leaf.reader().getNumericDocValues(DATE);
      }
      int local = doc - leaf.docBase;
      if (ids != null && ids.advanceExact(local)) {
        facts.articleIds.put(doc, ids.lookupOrd(ids.ordValue()).utf8ToString());
      }
      if (days != null && days.advanceExact(local) && days.longValue() != Documents.NO_DATE) {
        facts.dates.put(doc, LocalDate.ofEpochDay(days.longValue()));
      }
    }
    return facts;
  }

  /** Article id → 1-based rank, for a ranking of article documents. */
  static Map<String, Integer> articleRanks(IndexSearcher s, TopDocs top) throws IOException {
    List<Integer> docs = new ArrayList<>();
    for (var sd : top.scoreDocs) {
      docs.add(sd.doc);
    }
    DocFacts facts = read(s, docs);
    Map<String, Integer> ranks = new HashMap<>();
    for (int i = 0; i < top.scoreDocs.length; i++) {
      ranks.putIfAbsent(facts.articleId(top.scoreDocs[i].doc), i + 1);
    }
    return ranks;
  }

  /** Loads the hits in the given order, with each passage's cosine similarity to the query. */
  static List<PassageHit> hits(
      IndexSearcher s, List<Map.Entry<Integer, Double>> ranked, Map<Integer, Double> known, float[] query)
      throws IOException {
    StoredFields stored = s.storedFields();
    List<PassageHit> out = new ArrayList<>(ranked.size());
    for (var e : ranked) {
      Document d = stored.document(e.getKey());
      Double sim = known.get(e.getKey());
      if (sim == null) {
        sim = query == null ? 0.0 : similarity(s, e.getKey(), query);
      }
      out.add(new PassageHit(Documents.passage(d), Documents.info(d), e.getValue(), sim));
    }
    return out;
  }

  private static double similarity(IndexSearcher s, int doc, float[] query) throws IOException {
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    FloatVectorValues values = leaf.reader().getFloatVectorValues(VECTOR);
    if (values == null || values.advance(doc - leaf.docBase) != doc - leaf.docBase) {
      return 0.0;
    }
    return VectorUtil.dotProduct(query, values.vectorValue());
  }

  private static List<Integer> toList(Iterable<Integer> docs) {
    List<Integer> out = new ArrayList<>();
    docs.forEach(out::add);
    return out;
  }
}
