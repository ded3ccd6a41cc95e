package org.corpusbot.solr;

import org.corpusbot.retrieval.IndexSchema;

/**
 * Solr field names beyond the local index's ({@link IndexSchema}, whose names the collection
 * shares), and the ids of child and meta documents. Must agree with {@code config/solr/schema.xml}.
 */
final class SolrFields {
  static final String ID = "id";
  static final String ROOT = "_root_";
  static final String TYPE_META = "meta";
  static final String META = "meta";

  /** The one meta document: what the last commit was made with. */
  static final String META_ID = "corpusbot.meta";

  /** The schema's name, which carries its version; {@code solr init} refuses another. */
  static final String SCHEMA_NAME = "corpusbot-solr-1";

  /** Stored on undated annotations, as the local index does ({@code Documents.NO_DATE}). */
  static final int NO_DATE = Integer.MIN_VALUE;

  private SolrFields() {}

  /**
   * A passage's id: its article's id and ordinal. NOTE: unique within the article's shard only,
   * where its block is; an article whose own id ends so would clash (none of the corpus formats
   * gives such ids).
   */
  static String passageId(String articleId, int ordinal) {
    return articleId + "#passage-" + ordinal;
  }

  static String annotationId(String articleId, int i) {
    return articleId + "#annotation-" + i;
  }
}
