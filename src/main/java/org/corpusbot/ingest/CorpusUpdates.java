package org.corpusbot.ingest;

import java.nio.file.Path;
import java.util.Collection;
import org.corpusbot.retrieval.SyncResult;

/**
 * Indexing runs on the process's one indexing thread, as the live corpus asks for them. Both block
 * until their run is done (after any run already going) and throw what it threw.
 */
public interface CorpusUpdates {
  /**
   * Reads only {@code paths} (changed files or folders, absolute; those gone count as deleted) and
   * updates the index from them; when the whole index must be redone (a rebuild, contacts found by
   * new rules), syncs the whole corpus instead.
   */
  SyncResult files(Collection<Path> paths);

  /** Syncs the whole corpus, as {@code /reindex} does. */
  SyncResult whole();

  /** True once indexing has stopped for good (shutting down): no run is asked for any more. */
  boolean stopped();
}
