package org.corpusbot.retrieval;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;

/**
 * The on-disk index and its lifecycle: at most one {@link IndexWriter} and one shared {@link
 * SearcherManager} per process.
 *
 * <p>Searches see the last <em>commit</em>, never uncommitted changes: the searchers are opened on
 * the directory, not on the writer, and refreshed by {@link #commit}. So whatever the indexer does
 * between commits (a rebuild that deleted everything first, a batch that failed half-way) is never
 * visible, and {@link #discardUncommitted} can drop it. Searches go through {@link #search}, which
 * acquires and releases a searcher. A read-only instance serves a process that only asks questions
 * while another one owns the writer. Thread-safe; the writer is used by one indexing thread.
 */
public final class CorpusIndex implements AutoCloseable {
  private final Path dir;
  private final Directory directory;
  private final boolean writable;
  // The writer's lifecycle (use, reopening after a failure, closing) is guarded by this: closing
  // while a failed run reopens the writer must close the new one, not leak it and its lock.
  private final Object lifecycle = new Object();
  private IndexWriter writer; // guarded by lifecycle
  private boolean closed; // guarded by lifecycle
  private final SearcherManager searchers;
  private final Analyzer analyzer;

  private CorpusIndex(
      Path dir,
      Directory directory,
      IndexWriter writer,
      SearcherManager searchers,
      Analyzer analyzer) {
    this.dir = dir;
    this.directory = directory;
    this.writable = writer != null;
    this.writer = writer;
    this.searchers = searchers;
    this.analyzer = analyzer;
  }

  /** The analyzer of every text field: English (possessives, stop words, Porter stemming). */
  public static Analyzer analyzer() {
    return new EnglishAnalyzer();
  }

  /** Opens a Lucene directory; tests wrap it to inject faults. */
  @FunctionalInterface
  interface DirectoryOpener {
    Directory open(Path dir) throws IOException;
  }

  /** Opens (creating if needed) the index in {@code dir} for writing and searching. */
  public static CorpusIndex openWritable(Path dir) {
    return openWritable(dir, FSDirectory::open);
  }

  static CorpusIndex openWritable(Path dir, DirectoryOpener opener) {
    IndexFolder.requireIntact(dir);
    Directory directory = null;
    IndexWriter writer = null;
    boolean success = false;
    try {
      Files.createDirectories(dir);
      directory = opener.open(dir);
      Analyzer analyzer = analyzer();
      writer = newWriter(directory, analyzer, dir);
      if (!DirectoryReader.indexExists(directory)) {
        writer.commit(); // an empty first commit, so that searchers always have one to open
      }
      CorpusIndex index =
          new CorpusIndex(dir, directory, writer, new SearcherManager(directory, null), analyzer);
      success = true;
      return index;
    } catch (IOException e) {
      throw IndexFolder.unavailable(dir, e);
    } finally {
      if (!success) {
        IOUtils.closeWhileHandlingException(writer, directory);
      }
    }
  }

  private static IndexWriter newWriter(Directory directory, Analyzer analyzer, Path dir)
      throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
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

  /** Opens an existing index for searching only. */
  public static CorpusIndex openReadOnly(Path dir) {
    return openReadOnly(dir, FSDirectory::open);
  }

  static CorpusIndex openReadOnly(Path dir, DirectoryOpener opener) {
    if (!IndexFolder.built(dir)) {
      throw new IndexUnavailableException(
          "no index in " + dir + " yet; run `corpusbot index` first");
    }
    Directory directory = null;
    boolean success = false;
    try {
      directory = opener.open(dir);
      CorpusIndex index =
          new CorpusIndex(dir, directory, null, new SearcherManager(directory, null), analyzer());
      success = true;
      return index;
    } catch (IOException e) {
      throw IndexFolder.unavailable(dir, e);
    } finally {
      if (!success) {
        IOUtils.closeWhileHandlingException(directory);
      }
    }
  }

  /** Something to do with a searcher. */
  @FunctionalInterface
  public interface SearchAction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  /** Runs {@code action} on the current searcher. I/O failures are rethrown, never hidden. */
  public <T> T search(SearchAction<T> action) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return action.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (CorruptIndexException e) {
      throw IndexFolder.unavailable(dir, e);
    } catch (IOException e) {
      throw new UncheckedIOException("index read failed in " + dir, e);
    }
  }

  /**
   * The commit user data of what {@code searcher} shows: what its vectors were made with, so that a
   * question is embedded by the same model even while a rebuild with another one is under way.
   */
  static Map<String, String> servedData(IndexSearcher searcher) throws IOException {
    return ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData();
  }

  /**
   * The embedding model of what {@code searcher} shows: {@code configured} for an index without
   * vectors yet, empty when the index names a model this version does not have.
   */
  static Optional<EmbeddingModelChoice> servedModel(
      IndexSearcher searcher, EmbeddingModelChoice configured) throws IOException {
    String name = servedData(searcher).get(IndexSchema.META_MODEL);
    return name == null ? Optional.of(configured) : EmbeddingModelChoice.find(name);
  }

  /** The embedding model named by the commit being served, null before the first indexing. */
  public String servedModelName() {
    return search(s -> servedData(s).get(IndexSchema.META_MODEL));
  }

  IndexWriter writer() {
    synchronized (lifecycle) {
      if (closed) {
        throw closedWhileIndexing(null);
      }
      if (writer == null) {
        throw new IllegalStateException(
            writable
                ? "the index writer in " + dir + " could not be reopened after a failure; restart"
                : "index opened read-only");
      }
      return writer;
    }
  }

  /** True once {@link #close} has begun. */
  boolean closed() {
    synchronized (lifecycle) {
      return closed;
    }
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

  public boolean writable() {
    return writable;
  }

  Analyzer indexAnalyzer() {
    return analyzer;
  }

  public Path dir() {
    return dir;
  }

  /** Commits pending changes with {@code meta} as commit user data, then refreshes searchers. */
  void commit(Map<String, String> meta) throws IOException {
    synchronized (lifecycle) {
      IndexWriter w = writer();
      w.setLiveCommitData(new HashMap<>(meta).entrySet());
      w.commit();
    }
    refresh();
  }

  /**
   * Drops every change since the last commit (a failed or abandoned run), keeping the index open
   * for the next one. Lucene's only way is to roll the writer back, which closes it, and open a new
   * one; should that fail, the index stays searchable and the next run reports why. Once the index
   * is closing, nothing is reopened.
   */
  void discardUncommitted() throws IOException {
    synchronized (lifecycle) {
      IndexWriter old = writer;
      writer = null;
      if (old != null && old.isOpen()) {
        old.rollback(); // else a tragic failure (a full disk) has closed and rolled it back already
      }
      if (!closed) {
        writer = newWriter(directory, analyzer, dir);
      }
    }
  }

  /** The user data of the last commit (empty for a new index). */
  public Map<String, String> commitData() {
    if (!writable) {
      return search(CorpusIndex::servedData);
    }
    Map<String, String> out = new HashMap<>();
    var live = writer().getLiveCommitData();
    if (live != null) {
      live.forEach(e -> out.put(e.getKey(), e.getValue()));
    }
    return out;
  }

  /** Makes the latest commit visible to searches (also one made by another process). */
  public void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("index refresh failed in " + dir, e);
    }
  }

  /**
   * Closes searchers, writer and directory, all of them, in that order; the first failure wins. A
   * run still writing fails at its next write ({@link #closedWhileIndexing}); one reopening the
   * writer after a failure is waited for, and its new writer closed.
   */
  @Override
  public void close() {
    IndexWriter w;
    synchronized (lifecycle) {
      if (closed) {
        return;
      }
      closed = true;
      w = writer;
      writer = null;
    }
    try {
      IOUtils.close(searchers, w, (Closeable) directory);
    } catch (IOException e) {
      throw new UncheckedIOException("closing the index in " + dir + " failed", e);
    }
  }
}
