package org.corpusbot.retrieval;

import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The storage boundary: where articles, their passages, vectors and contacts are kept and searched.
 * Everything above it (fusion, time scopes, composers, summaries, meetings, follows, the bot) reads
 * and writes through this interface and does not know which backend answers: the embedded Lucene
 * index ({@link CorpusIndex}, the default) or a SolrCloud collection ({@code org.corpusbot.solr}).
 *
 * <p>Each part is thread-safe. Closing the archive closes every part.
 */
public interface Archive extends AutoCloseable {
  /** BM25 over passages and over whole articles, nearest vectors, per-passage facts and hits. */
  PassageIndex passages();

  /** The served articles: newest first, by id, counts and date span. */
  ArticleCatalog catalog();

  /** Annotations (contacts) by kind, keys and dates. */
  AnnotationSearch annotations();

  /** Served articles in order of arrival, with passages, vectors and annotations (follows). */
  FreshArticles fresh();

  /** Document frequencies of analysed terms over passages. */
  TermStats terms();

  /**
   * The writing side, for the one indexing run at a time of this process.
   *
   * @throws IllegalStateException when the archive was opened for reading only
   */
  ArchiveWriter writer();

  /** Whether {@link #writer()} is available. */
  boolean writable();

  /**
   * What the served vectors and passages were made with ({@link IndexSchema#META_MODEL} and the
   * other {@code META_} keys); empty before the first indexing.
   */
  Map<String, String> servedMeta();

  /** The embedding model named by what is served, null before the first indexing. */
  default String servedModelName() {
    return servedMeta().get(IndexSchema.META_MODEL);
  }

  /**
   * Tells {@code listener}, on the reading thread, which parts did not answer a read outside a
   * {@link PassageView} (the catalog, contacts, articles by id, term statistics) that was answered
   * from the rest: a contact list from half the shards needs the same note as an answer does. A
   * local index has no parts; the default ignores the listener.
   */
  default void onUnreachable(Consumer<Set<String>> listener) {}

  /** Makes the latest commit visible to searches (also one made by another process). */
  void refresh();

  /**
   * Where the archive lives, for messages and logs: "the index in DIR", "Solr collection C (ZK
   * HOSTS)". Never holds credentials.
   */
  String where();

  @Override
  void close();
}
