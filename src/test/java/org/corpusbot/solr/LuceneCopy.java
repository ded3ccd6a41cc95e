package org.corpusbot.solr;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.BytesRef;
import org.corpusbot.corpus.Article;
import org.corpusbot.meetings.ContactAnnotator;
import org.corpusbot.meetings.MeetingExtractor;
import org.corpusbot.retrieval.ArchiveWriter;
import org.corpusbot.retrieval.ArticleBlock;
import org.corpusbot.retrieval.CorpusIndex;
import org.corpusbot.retrieval.Fingerprint;
import org.corpusbot.retrieval.FreshArticle;
import org.corpusbot.retrieval.IndexSchema;
import org.corpusbot.retrieval.LuceneCatalog;
import org.corpusbot.retrieval.LuceneFresh;
import org.corpusbot.retrieval.PassageKey;

/**
 * Copies a local index into a Solr archive as the indexer would write it: each served article with
 * its passages, vectors, stored sentence vectors and contacts, each duplicate, and the commit's
 * meta. What the local index does not store (contact keys) is found again by the same annotator.
 */
final class LuceneCopy {
  private LuceneCopy() {}

  /** Copies {@code index} into {@code w} and commits; returns the number of root documents. */
  static int copy(CorpusIndex index, ArchiveWriter w) throws IOException {
    Raw raw = index.search(LuceneCopy::raw);
    List<String> ids = new ArrayList<>();
    new LuceneCatalog(index).newest(0, Integer.MAX_VALUE).articles().forEach(i -> ids.add(i.id()));
    ContactAnnotator contacts = new ContactAnnotator(new MeetingExtractor());
    for (FreshArticle fa : new LuceneFresh(index).of(ids)) {
      List<ArticleBlock.Vectored> passages = new ArrayList<>();
      for (FreshArticle.Vectored v : fa.passages()) {
        byte[] sentences = raw.sentences.get(new PassageKey(fa.id(), v.passage().ordinal()));
        passages.add(new ArticleBlock.Vectored(v.passage(), v.vector(), sentences));
      }
      Article a = fa.article();
      w.write(
          new ArticleBlock(
              a,
              raw.hashes.get(a.id()),
              Fingerprint.of(a),
              fa.cluster(),
              fa.arrival(),
              passages,
              contacts.annotate(a)));
    }
    for (Dup d : raw.duplicates) {
      w.writeDuplicate(
          d.article,
          raw.hashes.get(d.article.id()),
          Fingerprint.of(d.article),
          d.arrival,
          d.sameAs);
    }
    w.commit(index.commitData());
    return ids.size() + raw.duplicates.size();
  }

  private record Dup(Article article, long arrival, String sameAs) {}

  private record Raw(
      Map<PassageKey, byte[]> sentences, Map<String, String> hashes, List<Dup> duplicates) {}

  private static Raw raw(org.apache.lucene.search.IndexSearcher s) throws IOException {
    Raw raw = new Raw(new HashMap<>(), new HashMap<>(), new ArrayList<>());
    for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
      BinaryDocValues sentences = leaf.reader().getBinaryDocValues(IndexSchema.SENTENCE_VECTORS);
      NumericDocValues arrivals = leaf.reader().getNumericDocValues(IndexSchema.ARRIVAL);
      StoredFields stored = leaf.reader().storedFields();
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (leaf.reader().getLiveDocs() != null && !leaf.reader().getLiveDocs().get(doc)) {
          continue;
        }
        Document d = stored.document(doc);
        String id = d.get(IndexSchema.ARTICLE_ID);
        if (sentences != null && sentences.advanceExact(doc)) {
          BytesRef b = sentences.binaryValue();
          int ordinal = d.getField(IndexSchema.ORDINAL).numericValue().intValue();
          raw.sentences.put(
              new PassageKey(id, ordinal),
              Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length));
        }
        if (d.get(IndexSchema.HASH) != null) {
          raw.hashes.put(id, d.get(IndexSchema.HASH));
        }
        if (d.get(IndexSchema.DUPLICATE_OF) != null) {
          long arrival = arrivals != null && arrivals.advanceExact(doc) ? arrivals.longValue() : 0;
          raw.duplicates.add(new Dup(article(d), arrival, d.get(IndexSchema.DUPLICATE_OF)));
        }
      }
    }
    return raw;
  }

  private static Article article(Document d) {
    int day = d.getField(IndexSchema.DATE).numericValue().intValue();
    String authors = d.get(IndexSchema.AUTHORS);
    return new Article(
        d.get(IndexSchema.ARTICLE_ID),
        d.get(IndexSchema.TITLE),
        day == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(day),
        d.get(IndexSchema.SOURCE),
        d.get(IndexSchema.URL),
        authors == null ? List.of() : List.of(authors.split("\n")),
        d.get(IndexSchema.FULL_TEXT),
        d.get(IndexSchema.CREDIT),
        d.get(IndexSchema.FILE));
  }
}
