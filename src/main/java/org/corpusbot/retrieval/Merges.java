package org.corpusbot.retrieval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.MergePolicy.OneMerge;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lucene's merge threads for the index writer, which can be stopped: {@link #abort} aborts the
 * merges running and those that start until {@link #endAbort}; the index stays as last committed.
 *
 * <p>NOTE: Lucene checks a merge's abort only as it writes, and building the merged HNSW graph
 * writes nothing for most of the merge (about a minute at 6,089 articles), so what a merge reads is
 * checked too ({@link MergeInput}: one volatile read per read call, next to a vector's dot
 * product).
 *
 * <p>Lucene by default throws a failed merge out of its thread (printed to stderr, beside our
 * logs). A failed merge leaves the writer unusable and the last commit as it was: a forced merge's
 * caller ({@code forcing}) is told and says so; a background merge's failure is logged here, once,
 * and the next run reopens the writer.
 */
final class Merges extends ConcurrentMergeScheduler {
  private static final Logger log = LoggerFactory.getLogger(Merges.class);

  private final Path dir;
  private final AtomicBoolean forcing;
  private final Set<OneMerge> running = ConcurrentHashMap.newKeySet();
  private volatile boolean aborting;
  private volatile boolean aborted; // a merge ended aborted since the abort began

  Merges(Path dir, AtomicBoolean forcing) {
    this.dir = dir;
    this.forcing = forcing;
  }

  /** Aborts the merges running, and every merge that starts until {@link #endAbort}. */
  void abort() {
    aborting = true;
    running.forEach(OneMerge::setAborted);
  }

  /**
   * Lets merges run again; whether a merge was aborted (had not finished) since {@link #abort}.
   * Call after {@link #sync}, when the aborted merges have ended.
   */
  boolean endAbort() {
    boolean was = aborted;
    aborting = false;
    aborted = false;
    return was;
  }

  @Override
  protected void doMerge(MergeSource source, OneMerge merge) throws IOException {
    running.add(merge);
    try {
      if (aborting) {
        merge.setAborted();
      }
      super.doMerge(source, merge);
    } finally {
      running.remove(merge);
      if (merge.isAborted()) {
        aborted = true;
      }
    }
  }

  @Override
  public Directory wrapForMerge(OneMerge merge, Directory in) {
    return new FilterDirectory(super.wrapForMerge(merge, in)) {
      @Override
      public IndexInput openInput(String name, IOContext context) throws IOException {
        return new MergeInput(merge, super.openInput(name, context));
      }
    };
  }

  @Override
  protected void handleMergeException(Throwable exc) {
    if (!forcing.get()) {
      log.warn("Merging segments of the index in {} failed; the last commit stays", dir, exc);
    }
  }
}
