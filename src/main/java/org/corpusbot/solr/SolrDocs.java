package org.corpusbot.solr;

import static org.corpusbot.retrieval.IndexSchema.*;
import static org.corpusbot.solr.SolrFields.*;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.ArticleInfo;
import org.corpusbot.corpus.Passage;
import org.corpusbot.retrieval.Annotation;
import org.corpusbot.retrieval.ArticleBlock;
import org.corpusbot.retrieval.CopyEntry;
import org.corpusbot.retrieval.Fingerprint;

/**
 * Converts articles, passages and annotations to Solr documents and back. The fields and what each
 * document type holds mirror the local index ({@code Documents}), so that BM25 statistics agree:
 * title on articles, duplicates and passages; body on articles; text on passages.
 */
final class SolrDocs {
  private SolrDocs() {}

  /** A served article's block: the article document with its passages and annotations. */
  static SolrInputDocument block(ArticleBlock b) {
    Article a = b.article();
    SolrInputDocument root = stored(a, b.hash(), TYPE_ARTICLE, b.fp(), b.arrival());
    root.setField(BODY, a.text());
    root.setField(CLUSTER, b.cluster());
    root.setField(LSH_BAND, b.fp().bands());
    root.setField(ORDINAL, b.passages().size());
    for (ArticleBlock.Vectored v : b.passages()) {
      root.addChildDocument(passage(a, v, b.cluster()));
    }
    int i = 0;
    for (Annotation ann : b.annotations()) {
      root.addChildDocument(annotation(ann, a, i++));
    }
    return root;
  }

  /** A duplicate: stored whole with its copy keys, nothing that search reads. */
  static SolrInputDocument duplicate(
      Article a, String hash, Fingerprint fp, long arrival, String sameAs) {
    SolrInputDocument d = stored(a, hash, TYPE_DUPLICATE, fp, arrival);
    d.setField(DUPLICATE_OF, sameAs);
    return d;
  }

  private static SolrInputDocument stored(
      Article a, String hash, String type, Fingerprint fp, long arrival) {
    SolrInputDocument d = new SolrInputDocument();
    d.setField(ID, a.id());
    d.setField(TYPE, type);
    d.setField(ARTICLE_ID, a.id());
    d.setField(TITLE, a.title());
    d.setField(FULL_TEXT, a.text());
    setIfPresent(d, DATE, date(a.date()));
    setIfPresent(d, SOURCE, a.source());
    setIfPresent(d, URL, a.url());
    setIfPresent(d, CREDIT, a.credit());
    if (!a.authors().isEmpty()) {
      d.setField(AUTHORS, a.authors());
    }
    d.setField(HASH, hash);
    setIfPresent(d, FILE, a.file());
    d.setField(TEXT_KEY, fp.textKey());
    setIfPresent(d, URL_KEY, fp.urlKey());
    d.setField(SIGNATURE, signature(fp.minHash()));
    d.setField(ARRIVAL, arrival);
    return d;
  }

  private static SolrInputDocument passage(Article a, ArticleBlock.Vectored v, String cluster) {
    Passage p = v.passage();
    SolrInputDocument d = new SolrInputDocument();
    d.setField(ID, passageId(a.id(), p.ordinal()));
    d.setField(TYPE, TYPE_PASSAGE);
    d.setField(ARTICLE_ID, a.id());
    d.setField(CLUSTER, cluster);
    d.setField(ORDINAL, p.ordinal());
    d.setField(START, p.start());
    d.setField(END, p.end());
    d.setField(TEXT, p.text());
    // NOTE: article metadata is repeated on each passage so that a hit needs one document read
    d.setField(TITLE, a.title());
    setIfPresent(d, SOURCE, a.sourceOrHost());
    setIfPresent(d, URL, a.url());
    setIfPresent(d, DATE, date(a.date()));
    List<Float> vector = new ArrayList<>(v.vector().length);
    for (float f : v.vector()) {
      vector.add(f);
    }
    d.setField(VECTOR, vector);
    setIfPresent(d, SENTENCE_VECTORS, v.sentenceVectors());
    return d;
  }

  private static SolrInputDocument annotation(Annotation ann, Article a, int i) {
    SolrInputDocument d = new SolrInputDocument();
    d.setField(ID, annotationId(a.id(), i));
    d.setField(TYPE, TYPE_ANNOTATION);
    d.setField(ARTICLE_ID, a.id());
    d.setField(ANN_KIND, ann.kind());
    if (!ann.keys().isEmpty()) {
      d.setField(ANN_KEY, List.copyOf(ann.keys()));
    }
    d.setField(ANN_FROM, ann.from() == null ? NO_DATE : (int) ann.from().toEpochDay());
    d.setField(ANN_TO, ann.to() == null ? NO_DATE : (int) ann.to().toEpochDay());
    d.setField(START, ann.start());
    d.setField(END, ann.end());
    d.setField(ANN_PAYLOAD, ann.payload());
    d.setField(ANN_TITLE, a.title());
    setIfPresent(d, SOURCE, a.sourceOrHost());
    setIfPresent(d, URL, a.url());
    setIfPresent(d, DATE, date(a.date()));
    return d;
  }

  static Article article(SolrDocument d) {
    Collection<Object> authors = d.getFieldValues(AUTHORS);
    List<String> names =
        authors == null ? List.of() : authors.stream().map(String::valueOf).toList();
    return new Article(
        string(d, ARTICLE_ID),
        string(d, TITLE),
        date(d),
        string(d, SOURCE),
        string(d, URL),
        names,
        string(d, FULL_TEXT),
        string(d, CREDIT),
        string(d, FILE));
  }

  static ArticleInfo info(SolrDocument d) {
    String source = string(d, SOURCE);
    String url = string(d, URL);
    if (source == null && url != null) {
      source = org.corpusbot.corpus.Urls.host(url);
    }
    String title = d.containsKey(TITLE) ? string(d, TITLE) : string(d, ANN_TITLE);
    return new ArticleInfo(string(d, ARTICLE_ID), title, date(d), source, url);
  }

  static Passage passage(SolrDocument d) {
    return new Passage(
        string(d, ARTICLE_ID),
        integer(d, ORDINAL),
        integer(d, START),
        integer(d, END),
        string(d, TEXT));
  }

  static Annotation annotation(SolrDocument d) {
    int from = integer(d, ANN_FROM);
    int to = integer(d, ANN_TO);
    return new Annotation(
        string(d, ARTICLE_ID),
        string(d, ANN_KIND),
        Set.of(),
        from == NO_DATE ? null : LocalDate.ofEpochDay(from),
        to == NO_DATE ? null : LocalDate.ofEpochDay(to),
        integer(d, START),
        integer(d, END),
        string(d, ANN_PAYLOAD));
  }

  /** The copy keys of an article or duplicate document. */
  static CopyEntry copyEntry(SolrDocument d) {
    Fingerprint fp =
        new Fingerprint(string(d, TEXT_KEY), string(d, URL_KEY), minHash(bytes(d, SIGNATURE)));
    Object arrival = d.getFirstValue(ARRIVAL);
    return new CopyEntry(
        string(d, ARTICLE_ID),
        fp,
        date(d),
        arrival == null ? 0 : ((Number) arrival).longValue(),
        string(d, CLUSTER),
        string(d, DUPLICATE_OF));
  }

  static float[] vector(SolrDocument d) {
    Collection<Object> values = d.getFieldValues(VECTOR);
    if (values == null) {
      return null;
    }
    float[] out = new float[values.size()];
    int i = 0;
    for (Object o : values) {
      out[i++] = ((Number) o).floatValue();
    }
    return out;
  }

  static LocalDate date(SolrDocument d) {
    Object v = d.getFirstValue(DATE);
    return v instanceof Date date ? LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC) : null;
  }

  static Date date(LocalDate day) {
    return day == null ? null : Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  static String string(SolrDocument d, String field) {
    Object v = d.getFirstValue(field);
    return v == null ? null : v.toString();
  }

  static int integer(SolrDocument d, String field) {
    return ((Number) d.getFirstValue(field)).intValue();
  }

  /** A stored binary field: SolrJ gives it as bytes or as a buffer, by response format. */
  static byte[] bytes(SolrDocument d, String field) {
    Object v = d.getFirstValue(field);
    if (v instanceof ByteBuffer b) {
      byte[] out = new byte[b.remaining()];
      b.duplicate().get(out);
      return out;
    }
    return (byte[]) v;
  }

  /** The MinHash signature as bytes (big-endian ints): stored, never searched. */
  static byte[] signature(int[] minHash) {
    ByteBuffer b = ByteBuffer.allocate(minHash.length * Integer.BYTES);
    b.asIntBuffer().put(minHash);
    return b.array();
  }

  static int[] minHash(byte[] bytes) {
    int[] out = new int[bytes.length / Integer.BYTES];
    ByteBuffer.wrap(bytes).asIntBuffer().get(out);
    return out;
  }

  private static void setIfPresent(SolrInputDocument d, String field, Object value) {
    if (value != null) {
      d.setField(field, value);
    }
  }
}
