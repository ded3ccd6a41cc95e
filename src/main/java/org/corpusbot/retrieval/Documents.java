package org.corpusbot.retrieval;

import static org.corpusbot.retrieval.IndexSchema.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.ArticleInfo;
import org.corpusbot.corpus.Passage;

/** Converts articles and passages to Lucene documents and back. */
final class Documents {
  /** Stored for articles without a date, so that sorting by date puts them last. */
  static final int NO_DATE = Integer.MIN_VALUE;

  private Documents() {}

  /** A served article's document, with its copy keys, cluster and arrival. */
  static Document article(Article a, String hash, int passages, Duplicates.Stamp stamp) {
    Document d = stored(a, hash, TYPE_ARTICLE, stamp);
    d.add(new TextField(BODY, a.text(), Field.Store.NO));
    // NOTE: a doc value, as on passages: Lucene 9 wants one field's structures alike everywhere.
    d.add(new SortedDocValuesField(CLUSTER, new BytesRef(stamp.cluster())));
    for (String band : stamp.fp().bands()) {
      d.add(new StringField(LSH_BAND, band, Field.Store.NO));
    }
    d.add(new StoredField(ORDINAL, passages));
    return d;
  }

  /**
   * A duplicate's document: everything needed to serve it later, nothing that search reads (no
   * body, no passages, no annotations).
   */
  static Document duplicate(Article a, String hash, Duplicates.Stamp stamp, String sameAs) {
    Document d = stored(a, hash, TYPE_DUPLICATE, stamp);
    d.add(new StringField(DUPLICATE_OF, sameAs, Field.Store.YES));
    d.add(new SortedDocValuesField(DUPLICATE_OF, new BytesRef(sameAs)));
    return d;
  }

  private static Document stored(Article a, String hash, String type, Duplicates.Stamp stamp) {
    Document d = new Document();
    d.add(new StringField(TYPE, type, Field.Store.NO));
    d.add(new StringField(ARTICLE_ID, a.id(), Field.Store.YES));
    d.add(new SortedDocValuesField(ARTICLE_ID, new BytesRef(a.id())));
    d.add(new TextField(TITLE, a.title(), Field.Store.YES));
    d.add(new StoredField(FULL_TEXT, a.text()));
    addDate(d, a.date());
    storeIfPresent(d, SOURCE, a.source());
    storeIfPresent(d, URL, a.url());
    storeIfPresent(d, CREDIT, a.credit());
    storeIfPresent(d, AUTHORS, a.authors().isEmpty() ? null : String.join("\n", a.authors()));
    d.add(new StringField(HASH, hash, Field.Store.YES));
    storeIfPresent(d, FILE, a.file());
    // NOTE: the copy keys are doc values: a lookup reads them for its candidates without
    // decompressing the stored text of each (stored fields made an update's lookups 16 ms/article).
    keyed(d, TEXT_KEY, stamp.fp().textKey());
    if (stamp.fp().urlKey() != null) {
      keyed(d, URL_KEY, stamp.fp().urlKey());
    }
    d.add(new BinaryDocValuesField(SIGNATURE, new BytesRef(stamp.fp().signatureBytes())));
    d.add(new NumericDocValuesField(ARRIVAL, stamp.arrival()));
    return d;
  }

  /** A key found by term and read as a doc value. */
  private static void keyed(Document d, String field, String value) {
    d.add(new StringField(field, value, Field.Store.NO));
    d.add(new SortedDocValuesField(field, new BytesRef(value)));
  }

  /**
   * A passage document; {@code sentences}: its quantized sentence vectors, or null; {@code
   * cluster}: its article's near-duplicate cluster.
   */
  static Document passage(Article a, Passage p, float[] vector, byte[] sentences, String cluster) {
    Document d = new Document();
    d.add(new StringField(TYPE, TYPE_PASSAGE, Field.Store.NO));
    d.add(new StringField(ARTICLE_ID, a.id(), Field.Store.YES));
    d.add(new SortedDocValuesField(ARTICLE_ID, new BytesRef(a.id())));
    d.add(new SortedDocValuesField(CLUSTER, new BytesRef(cluster)));
    d.add(new StoredField(ORDINAL, p.ordinal()));
    d.add(new NumericDocValuesField(PASSAGE_ORDINAL, p.ordinal()));
    d.add(new StoredField(START, p.start()));
    d.add(new StoredField(END, p.end()));
    d.add(new TextField(TEXT, p.text(), Field.Store.YES));
    // NOTE: article metadata is repeated on each passage so that a hit needs one stored-field read.
    d.add(new TextField(TITLE, a.title(), Field.Store.YES));
    storeIfPresent(d, SOURCE, a.sourceOrHost());
    storeIfPresent(d, URL, a.url());
    addDate(d, a.date());
    d.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
    if (sentences != null) {
      d.add(new BinaryDocValuesField(SENTENCE_VECTORS, new BytesRef(sentences)));
    }
    return d;
  }

  static Document annotation(Annotation a, Article article) {
    Document d = new Document();
    d.add(new StringField(TYPE, TYPE_ANNOTATION, Field.Store.NO));
    d.add(new StringField(ARTICLE_ID, a.articleId(), Field.Store.YES));
    d.add(new SortedDocValuesField(ARTICLE_ID, new BytesRef(a.articleId())));
    d.add(new StringField(ANN_KIND, a.kind(), Field.Store.YES));
    for (String key : a.keys()) {
      d.add(new StringField(ANN_KEY, key, Field.Store.NO));
    }
    int from = a.from() == null ? NO_DATE : (int) a.from().toEpochDay();
    int to = a.to() == null ? NO_DATE : (int) a.to().toEpochDay();
    d.add(new IntPoint(ANN_FROM, from)); // NO_DATE when undated, as for articles
    d.add(new IntPoint(ANN_TO, to));
    d.add(new NumericDocValuesField(ANN_FROM, from));
    d.add(new StoredField(ANN_FROM, from));
    d.add(new StoredField(ANN_TO, to));
    d.add(new StoredField(START, a.start()));
    d.add(new StoredField(END, a.end()));
    d.add(new StoredField(ANN_PAYLOAD, a.payload()));
    d.add(new StoredField(ANN_TITLE, article.title())); // "title" is an analysed field elsewhere
    storeIfPresent(d, SOURCE, article.sourceOrHost());
    storeIfPresent(d, URL, article.url());
    addDate(d, article.date());
    return d;
  }

  static Annotation annotation(Document d) {
    int from = d.getField(ANN_FROM).numericValue().intValue();
    int to = d.getField(ANN_TO).numericValue().intValue();
    return new Annotation(
        d.get(ARTICLE_ID),
        d.get(ANN_KIND),
        java.util.Set.of(),
        from == NO_DATE ? null : LocalDate.ofEpochDay(from),
        to == NO_DATE ? null : LocalDate.ofEpochDay(to),
        d.getField(START).numericValue().intValue(),
        d.getField(END).numericValue().intValue(),
        d.get(ANN_PAYLOAD));
  }

  /**
   * NOTE: Lucene 9 wants a field to have the same structures in every document, so an undated
   * article still gets a point, at {@link #NO_DATE}, which every date range leaves out.
   */
  private static void addDate(Document d, LocalDate date) {
    int day = date == null ? NO_DATE : (int) date.toEpochDay();
    d.add(new IntPoint(DATE, day));
    d.add(new NumericDocValuesField(DATE, day));
    d.add(new StoredField(DATE, day));
  }

  private static void storeIfPresent(Document d, String field, String value) {
    if (value != null) {
      d.add(new StoredField(field, value));
    }
  }

  static LocalDate date(Document d) {
    var f = d.getField(DATE);
    if (f == null) {
      return null;
    }
    int day = f.numericValue().intValue();
    return day == NO_DATE ? null : LocalDate.ofEpochDay(day);
  }

  static ArticleInfo info(Document d) {
    String source = d.get(SOURCE);
    String url = d.get(URL);
    if (source == null && url != null) {
      source = org.corpusbot.corpus.Urls.host(url);
    }
    String title = d.get(TITLE) != null ? d.get(TITLE) : d.get(ANN_TITLE);
    return new ArticleInfo(d.get(ARTICLE_ID), title, date(d), source, url);
  }

  static Article article(Document d) {
    String authors = d.get(AUTHORS);
    List<String> names =
        authors == null ? List.of() : new ArrayList<>(Arrays.asList(authors.split("\n")));
    return new Article(
        d.get(ARTICLE_ID),
        d.get(TITLE),
        date(d),
        d.get(SOURCE),
        d.get(URL),
        names,
        d.get(FULL_TEXT),
        d.get(CREDIT),
        d.get(FILE));
  }

  static Passage passage(Document d) {
    return new Passage(
        d.get(ARTICLE_ID),
        d.getField(ORDINAL).numericValue().intValue(),
        d.getField(START).numericValue().intValue(),
        d.getField(END).numericValue().intValue(),
        d.get(TEXT));
  }
}
