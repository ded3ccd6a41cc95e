package org.corpusbot.retrieval;

import static org.corpusbot.retrieval.IndexSchema.*;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.VectorUtil;

/**
 * Reads per-document facts (article id, cluster, date, cosine to the query) for sets of hits.
 *
 * <p>NOTE: doc values iterators only move forward, so documents are visited in increasing id order,
 * one fresh iterator per segment; reading them is far cheaper than stored fields, which are loaded
 * only for the few hits that are returned.
 */
final class DocFacts {
  private final Map<Integer, String> articleIds = new HashMap<>();
  private final Map<Integer, String> clusters = new HashMap<>();
  private final Map<Integer, LocalDate> dates = new HashMap<>();
  private final Map<Integer, Double> cosines = new HashMap<>();
  private final Map<Integer, Integer> ordinals = new HashMap<>();

  String articleId(int doc) {
    return articleIds.get(doc);
  }

  /** The near-duplicate cluster of a passage's article; its article id when it has none. */
  String cluster(int doc) {
    return clusters.getOrDefault(doc, articleIds.get(doc));
  }

  LocalDate date(int doc) {
    return dates.get(doc);
  }

  /** A passage's ordinal in its article, or null when its index has no doc value for it. */
  Integer ordinal(int doc) {
    return ordinals.get(doc);
  }

  /** Cosine similarity to the query vector, or null when no vector was given. */
  Double cosine(int doc) {
    return cosines.get(doc);
  }

  static DocFacts read(IndexSearcher s, Iterable<Integer> docs) throws IOException {
    return read(s, docs, null);
  }

  /**
   * Reads article ids and dates, and with {@code query} the cosine of each passage vector to it.
   */
  static DocFacts read(IndexSearcher s, Iterable<Integer> docs, float[] query) throws IOException {
    DocFacts facts = new DocFacts();
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    int current = -1;
    SortedDocValues ids = null;
    SortedDocValues groups = null;
    NumericDocValues days = null;
    NumericDocValues ordinalValues = null;
    FloatVectorValues vectors = null;
    for (int doc : new TreeSet<>(toList(docs))) {
      int leafIndex = ReaderUtil.subIndex(doc, leaves);
      LeafReaderContext leaf = leaves.get(leafIndex);
      if (leafIndex != current) {
        current = leafIndex;
        ids = leaf.reader().getSortedDocValues(ARTICLE_ID);
        groups = leaf.reader().getSortedDocValues(CLUSTER);
        days = leaf.reader().getNumericDocValues(DATE);
        ordinalValues = leaf.reader().getNumericDocValues(PASSAGE_ORDINAL);
        vectors = query == null ? null : leaf.reader().getFloatVectorValues(VECTOR);
      }
      int local = doc - leaf.docBase;
      if (ids != null && ids.advanceExact(local)) {
        facts.articleIds.put(doc, ids.lookupOrd(ids.ordValue()).utf8ToString());
      }
      if (groups != null && groups.advanceExact(local)) {
        facts.clusters.put(doc, groups.lookupOrd(groups.ordValue()).utf8ToString());
      }
      if (days != null && days.advanceExact(local) && days.longValue() != Documents.NO_DATE) {
        facts.dates.put(doc, LocalDate.ofEpochDay(days.longValue()));
      }
      if (ordinalValues != null && ordinalValues.advanceExact(local)) {
        facts.ordinals.put(doc, (int) ordinalValues.longValue());
      }
      if (vectors != null && vectors.docID() <= local && vectors.advance(local) == local) {
        facts.cosines.put(doc, (double) VectorUtil.dotProduct(query, vectors.vectorValue()));
      }
    }
    return facts;
  }

  /** The passage's stored sentence vectors, or null when its index has none. */
  static SentenceVectors sentences(IndexSearcher s, int doc) throws IOException {
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    BinaryDocValues values = leaf.reader().getBinaryDocValues(SENTENCE_VECTORS);
    if (values == null || !values.advanceExact(doc - leaf.docBase)) {
      return null;
    }
    BytesRef b = values.binaryValue();
    return SentenceVectors.decode(Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length));
  }

  private static List<Integer> toList(Iterable<Integer> docs) {
    List<Integer> out = new ArrayList<>();
    docs.forEach(out::add);
    return out;
  }
}
