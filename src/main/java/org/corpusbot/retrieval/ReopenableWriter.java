package org.corpusbot.retrieval;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one {@link IndexWriter} of a writable index, and its lifecycle: handed to the indexer, rolled
 * back and opened again after a failed or abandoned run, closed once. Thread-safe: closing while a
 * failed run reopens the writer waits for it and closes the new writer (which would otherwise be
 * left open, holding the index's write lock); a run the closing ends is told so.
 */
final class ReopenableWriter implements Closeable {
  /** In a commit's user data: a merge was asked for and has not finished. */
  private static final Logger log = LoggerFactory.getLogger(ReopenableWriter.class);

  static final String MERGE_DUE = "corpusbot.mergeDue";

  private static final long STOP_POLL_MS = 100;

  private final Path dir;
  private final Directory directory;
  private final Analyzer analyzer;
  private IndexWriter writer; // guarded by this; null after a failed reopening, or once closed
  private boolean closed; // guarded by this
  private boolean mergeDue; // guarded by this; as the last commit says (MERGE_DUE)
  // guarded by this: a merge failed (not stopped) in this process. NOTE: not retried by every later
  // run (a one-article feed run would redo a minute's merge, on a full disk fill it again), only at
  // the next start or bulk write.
  private boolean mergeFailed;
  private final AtomicBoolean forcing; // a forced merge runs: its caller reports a failure

  private ReopenableWriter(Path dir, Directory directory, Analyzer analyzer, AtomicBoolean forcing)
      throws IOException {
    this.dir = dir;
    this.directory = directory;
    this.analyzer = analyzer;
    this.forcing = forcing;
    this.writer = newWriter(dir, directory, analyzer, forcing);
    this.mergeDue = liveData(writer).containsKey(MERGE_DUE);
  }

  /** Opens the writer of the index in {@code directory} (found at {@code dir}). */
  static ReopenableWriter open(Path dir, Directory directory, Analyzer analyzer)
      throws IOException {
    return new ReopenableWriter(dir, directory, analyzer, new AtomicBoolean());
  }

  private static IndexWriter newWriter(
      Path dir, Directory directory, Analyzer analyzer, AtomicBoolean forcing) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setMergeScheduler(new Merges(dir, forcing));
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    // NOTE: a large buffer means fewer, larger segments; HNSW graphs are costly to merge.
    config.setRAMBufferSizeMB(128);
    // Only the indexer decides what is complete enough to commit; closing commits nothing.
    config.setCommitOnClose(false);
    try {
      return new IndexWriter(directory, config);
    } catch (LockObtainFailedException e) {
      throw new IndexUnavailableException(
          "the index in " + dir + " is being written by another corpusbot process", e);
    }
  }

  /** The writer; fails once closed, or when it could not be opened again after a failure. */
  synchronized IndexWriter get() {
    if (closed) {
      throw closedWhileIndexing(null);
    }
    if (writer == null) {
      throw new IllegalStateException(
          "the index writer in " + dir + " could not be reopened after a failure; restart");
    }
    return writer;
  }

  synchronized boolean closed() {
    return closed;
  }

  /** What a run that the closing index ended fails with. */
  IndexUnavailableException closedWhileIndexing(Exception cause) {
    return new IndexUnavailableException(
        "the index in "
            + dir
            + " was closed while indexing (corpusbot is stopping); what was committed stays, and"
            + " the next run carries on",
        cause);
  }

  /** Commits pending changes with {@code meta} as commit user data (a merge due stays due). */
  synchronized void commit(Map<String, String> meta) throws IOException {
    commitWith(meta, mergeDue);
  }

  private void commitWith(Map<String, String> meta, boolean due) throws IOException {
    IndexWriter w = get();
    Map<String, String> data = new HashMap<>(meta);
    data.remove(MERGE_DUE);
    if (due) {
      data.put(MERGE_DUE, "true");
    }
    w.setLiveCommitData(data.entrySet(), true); // a commit of the data alone is a commit too
    w.commit();
    mergeDue = due;
  }

  /** Whether a merge was asked for and has not finished (it was stopped, or the process died). */
  synchronized boolean mergeDue() {
    return mergeDue && !mergeFailed;
  }

  /**
   * Merges every segment into one and commits it with the last commit's user data; false when a
   * stop ({@code stop}, polled every {@value #STOP_POLL_MS} ms) aborted it first: the last commit
   * stays, and {@link #mergeDue} says so until a merge finishes. A search runs once per segment (an
   * HNSW graph and a BM25 top list each): with the seven segments of a 6,089 article index an
   * answer took 27.4 ms of CPU, with one 21.2 ms (a build leaves one per commit). The merge runs
   * outside the monitor: closing the writer meanwhile rolls it back, which aborts the merge too.
   */
  boolean mergeAndCommit(BooleanSupplier stop) throws IOException {
    synchronized (this) {
      commitWith(commitData(), true); // due until done, whatever ends the merge (kill -9 too)
    }
    IndexWriter w = get();
    Merges merges = (Merges) w.getConfig().getMergeScheduler();
    Exception failed = null;
    forcing.set(true);
    Thread watch = watchForStop(stop, merges);
    try {
      w.forceMerge(1);
    } catch (IOException | RuntimeException e) {
      // An aborted merge too: told apart below, once its thread has ended. NOTE: when the failing
      // merge thread closed the writer before this thread looked, Lucene says so with an
      // IllegalStateException (a race: FailedMergeTest), which is the same failure.
      failed = e;
    } finally {
      stopWatching(watch);
      // A failed merge's thread reports it after forceMerge has thrown: wait for it to end.
      merges.sync();
      forcing.set(false);
    }
    if (merges.endAbort() && (failed == null || aborted(failed))) {
      return false;
    }
    synchronized (this) {
      mergeFailed = failed != null;
      if (failed instanceof IOException io) {
        throw io;
      } else if (failed != null) {
        throw (RuntimeException) failed;
      }
      commitWith(commitData(), false);
    }
    return true;
  }

  /**
   * Whether {@code e} is Lucene's report of an aborted merge (its cause an {@code
   * MergeAbortedException}) rather than a failure that a stop asked meanwhile must not hide.
   */
  static boolean aborted(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MergePolicy.MergeAbortedException) {
        return true;
      }
    }
    return false;
  }

  /** A thread that aborts the merges once {@code stop} says so; interrupt it to end it. */
  private Thread watchForStop(BooleanSupplier stop, Merges merges) {
    Thread t =
        new Thread(
            () -> {
              try {
                while (!stop.getAsBoolean()) {
                  Thread.sleep(STOP_POLL_MS);
                }
                merges.abort();
              } catch (InterruptedException e) {
                // the merge ended first
              } catch (RuntimeException e) {
                // NOTE: the run's own stop check failed; the merge goes on, only unstoppable now.
                log.warn("Cannot watch for a stop during the index merge; it runs to its end", e);
              }
            },
            "index-merge-stop");
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** Ends the watch, and waits for it: an abort it began must not outlive the forced merge. */
  private static void stopWatching(Thread watch) {
    watch.interrupt();
    try {
      watch.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the watch ends at once anyway: it only sleeps
    }
  }

  /** The user data of the last commit (empty for a new index), without our own marks. */
  synchronized Map<String, String> commitData() {
    Map<String, String> out = liveData(get());
    out.remove(MERGE_DUE);
    return out;
  }

  private static Map<String, String> liveData(IndexWriter w) {
    Map<String, String> out = new HashMap<>();
    var live = w.getLiveCommitData();
    if (live != null) {
      live.forEach(e -> out.put(e.getKey(), e.getValue()));
    }
    return out;
  }

  /**
   * Drops every change since the last commit. Lucene's only way is to roll the writer back, which
   * closes it, and open a new one; should that fail, {@link #get} says so. Once closed, nothing is
   * opened again.
   */
  synchronized void rollbackAndReopen() throws IOException {
    IndexWriter old = writer;
    writer = null;
    if (old != null && old.isOpen()) {
      old.rollback(); // else a tragic failure (a full disk) has closed and rolled it back already
    }
    if (!closed) {
      writer = newWriter(dir, directory, analyzer, forcing);
      mergeDue = liveData(writer).containsKey(MERGE_DUE);
    }
  }

  /** Closes the writer, committing nothing; a run still writing fails at its next write. */
  @Override
  public void close() throws IOException {
    IndexWriter w;
    synchronized (this) {
      closed = true;
      w = writer;
      writer = null;
    }
    if (w != null) {
      w.close();
    }
  }
}
