package org.corpusbot.retrieval;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.corpusbot.corpus.Article;

/**
 * The writing side of the storage boundary, used by one indexing run at a time ({@link Indexer}).
 * Changes become visible to searches at {@link #commit}; a backend that can (Lucene) keeps them
 * invisible until then and drops them on {@link #discardUncommitted}.
 */
public interface ArchiveWriter {
  /** The user data of the last commit: what was indexed with what ({@code META_} keys). */
  Map<String, String> committedMeta();

  /** Every article of the last commit, served or duplicate, by id. */
  Map<String, IndexedArticle> indexed();

  /** The copy keys of the last commit. */
  CopyLookup copies();

  /** Writes a served article with its passages and annotations, as one unit (see the record). */
  void write(ArticleBlock block) throws IOException;

  /**
   * Stores {@code article} as a duplicate of the served {@code sameAs}: whole, with its copy keys,
   * neither searched nor embedded; replaces whatever its id held (an article, passages, contacts).
   */
  void writeDuplicate(Article article, String hash, Fingerprint fp, long arrival, String sameAs)
      throws IOException;

  /**
   * Replaces the annotations of the served article {@code article} with {@code annotations},
   * leaving its passages as they are.
   */
  void replaceAnnotations(Article article, List<Annotation> annotations) throws IOException;

  /** Deletes an article, served or duplicate, with its passages and annotations. */
  void delete(String articleId) throws IOException;

  /** Deletes everything (a rebuild, not visible before its commit where the backend can). */
  void deleteAll() throws IOException;

  /** Makes everything written visible, recording {@code meta} as the commit's user data. */
  void commit(Map<String, String> meta) throws IOException;

  /** What {@link #compact} did. */
  enum Compaction {
    /** Merged and committed. */
    MERGED,
    /** Aborted by a stop: the last commit stays, and {@link #mergeDue} says so. */
    STOPPED,
    /** Nothing: the backend merges by its own policy (SolrCloud). */
    NOT_HERE
  }

  /**
   * Merges what a bulk write left into the fewest parts, which searches read fastest, and commits
   * that with the last commit's data; a stop ({@code stop} true) aborts the merge promptly.
   */
  default Compaction compact(BooleanSupplier stop) throws IOException {
    return Compaction.NOT_HERE;
  }

  /**
   * Whether a {@link #compact} was asked for and has not finished (stopped, or the process died).
   */
  default boolean mergeDue() {
    return false;
  }

  /** Drops whatever was written since the last commit, where the backend can. */
  void discardUncommitted() throws IOException;

  /**
   * Whether what is written stays out of sight until {@link #commit} and can be dropped by {@link
   * #discardUncommitted} (Lucene). Where it cannot (SolrCloud: no roll-back, and a restarting node
   * opens the last durable commit), a rebuild in place would be visible half-done, so {@link
   * Indexer} does not start one.
   */
  default boolean holdsUncommitted() {
    return true;
  }

  /** True once the archive is closing: a run that fails then was ended by it. */
  boolean closed();

  /** What a run that the closing archive ended fails with. */
  IndexUnavailableException closedWhileIndexing(Exception cause);
}
