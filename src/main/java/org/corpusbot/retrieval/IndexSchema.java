package org.corpusbot.retrieval;

/**
 * The Lucene field names, in one place. One index holds two kinds of document, told apart by {@link
 * #TYPE}: an article document (metadata, whole text, content hash) and one passage document per
 * chunk (text, offsets, vector); besides, a {@link #TYPE_DUPLICATE} document per article stored as
 * a copy of a served one, and annotation documents. An article and its passages are written as one
 * block keyed by {@link #ARTICLE_ID}, so replacing or deleting an article is one atomic update.
 */
public final class IndexSchema {
  public static final String TYPE = "type";
  public static final String TYPE_ARTICLE = "article";
  public static final String TYPE_PASSAGE = "passage";
  public static final String TYPE_ANNOTATION = "annotation";

  /**
   * An article that repeats a served one ({@link #DUPLICATE_OF}): stored whole, so that it can be
   * served again when the one it repeats goes, but neither searched nor embedded.
   */
  public static final String TYPE_DUPLICATE = "duplicate";

  public static final String ARTICLE_ID = "article_id";
  public static final String TITLE = "title";

  /** Article text, analysed, for article-level BM25 (article documents only). */
  public static final String BODY = "body";

  /** Article text, stored verbatim (article documents only). */
  public static final String FULL_TEXT = "full_text";

  public static final String DATE = "date";
  public static final String SOURCE = "source";
  public static final String URL = "url";
  public static final String AUTHORS = "authors";
  public static final String CREDIT = "credit";
  public static final String HASH = "hash";

  /**
   * The corpus file an article was read from (article documents; absent on those indexed before it
   * was recorded). Stored only, so adding it needed no rebuild.
   */
  public static final String FILE = "file";

  /** Article and duplicate documents: the hash of the normalised text ({@link Fingerprint}). */
  public static final String TEXT_KEY = "text_key";

  /** Article and duplicate documents: the canonical URL, when the article has a web URL. */
  public static final String URL_KEY = "url_key";

  /** Article and duplicate documents: the MinHash signature of the text, stored. */
  public static final String SIGNATURE = "signature";

  /**
   * The near-duplicate cluster: stored on article documents, a sorted doc value on passages (read
   * per hit to collapse a cluster to its best member). The id of the cluster's first member.
   */
  public static final String CLUSTER = "cluster";

  /**
   * Served article documents: the LSH band keys of {@link #SIGNATURE}, indexed, not stored: the
   * candidates for a near-duplicate are a term query.
   */
  public static final String LSH_BAND = "lsh_band";

  /** Duplicate documents: the id of the served article they repeat. */
  public static final String DUPLICATE_OF = "duplicate_of";

  /**
   * Article and duplicate documents: the order of arrival (1, 2, …), which breaks ties between
   * copies; carried over by a rebuild.
   */
  public static final String ARRIVAL = "arrival";

  public static final String ORDINAL = "ordinal";

  /**
   * Passage documents: the ordinal again, as a doc value. A search learns the key of each of its
   * some 400 candidates; from stored fields that decompressed a block per candidate (a third of a
   * search's time). A field of its own, because Lucene 9 wants one field's structures alike in an
   * index, and older passages without it are read from {@link #ORDINAL}.
   */
  public static final String PASSAGE_ORDINAL = "passage_ordinal";

  public static final String START = "start";
  public static final String END = "end";

  /** Passage text, analysed and stored (passage documents only). */
  public static final String TEXT = "text";

  public static final String VECTOR = "vector";

  /**
   * Passage documents: the vectors of the passage's sentences, quantized ({@link SentenceVectors}),
   * as a binary doc value, read only for the few passages an answer is made from.
   */
  public static final String SENTENCE_VECTORS = "sentence_vectors";

  /** Annotation documents: kind, search keys, dates (epoch days), serialised payload. */
  public static final String ANN_KIND = "ann_kind";

  public static final String ANN_KEY = "ann_key";
  public static final String ANN_FROM = "ann_from";
  public static final String ANN_TO = "ann_to";
  public static final String ANN_PAYLOAD = "ann_payload";
  public static final String ANN_TITLE = "ann_title";

  /** Commit user data keys: what the vectors and passages were made with. */
  public static final String META_SCHEMA = "corpusbot.schema";

  public static final String META_MODEL = "corpusbot.model";
  public static final String META_CHUNK = "corpusbot.chunk";
  public static final String META_ANNOTATORS = "corpusbot.annotators";

  /**
   * 2: passages carry {@link #SENTENCE_VECTORS}; 3: duplicates ({@link #TYPE_DUPLICATE}, the keys,
   * signature, cluster and arrival). An index of an earlier version is rebuilt.
   */
  public static final String SCHEMA_VERSION = "3";

  private IndexSchema() {}
}
