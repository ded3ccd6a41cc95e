package org.corpusbot.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The on-disk index and its lifecycle: at most one {@link IndexWriter} and one shared {@link
 * SearcherManager} per process.
 *
 * <p>Searches go through {@link #search}, which acquires and releases a searcher; {@link #refresh}
 * is called by whoever changed the index (the indexer, after a commit), never on the query path. A
 * read-only instance serves a process that only asks questions while another one owns the writer.
 * Thread-safe.
 */
public final class CorpusIndex implements AutoCloseable {
  private final Path dir;
  private final Directory directory;
  private final IndexWriter writer;
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
    this.writer = writer;
    this.searchers = searchers;
    this.analyzer = analyzer;
  }

  /** The analyzer of every text field: English (possessives, stop words, Porter stemming). */
  public static Analyzer analyzer() {
    return new EnglishAnalyzer();
  }

  /** Opens (creating if needed) the index in {@code dir} for writing and searching. */
  public static CorpusIndex openWritable(Path dir) {
    try {
      Files.createDirectories(dir);
      Directory directory = FSDirectory.open(dir);
      Analyzer analyzer = analyzer();
      IndexWriterConfig config = new IndexWriterConfig(analyzer);
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      // NOTE: a large buffer means fewer, larger segments; HNSW graphs are costly to merge.
      config.setRAMBufferSizeMB(128);
      IndexWriter writer;
      try {
        writer = new IndexWriter(directory, config);
      } catch (LockObtainFailedException e) {
        directory.close();
        throw new IndexUnavailableException(
            "the index in " + dir + " is being written by another corpusbot process", e);
      }
      return new CorpusIndex(dir, directory, writer, new SearcherManager(writer, null), analyzer);
    } catch (IOException e) {
      throw new IndexUnavailableException(
          "cannot open the index in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Opens an existing index for searching only. */
  public static CorpusIndex openReadOnly(Path dir) {
    try {
      Directory directory = FSDirectory.open(dir);
      if (!DirectoryReader.indexExists(directory)) {
        directory.close();
        throw new IndexUnavailableException(
            "no index in " + dir + " yet; run `corpusbot index` first");
      }
      return new CorpusIndex(
          dir, directory, null, new SearcherManager(directory, null), analyzer());
    } catch (IOException e) {
      throw new IndexUnavailableException(
          "cannot open the index in " + dir + ": " + e.getMessage(), e);
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
    } catch (IOException e) {
      throw new UncheckedIOException("index read failed in " + dir, e);
    }
  }

  IndexWriter writer() {
    if (writer == null) {
      throw new IllegalStateException("index opened read-only");
    }
    return writer;
  }

  public boolean writable() {
    return writer != null;
  }

  Analyzer indexAnalyzer() {
    return analyzer;
  }

  public Path dir() {
    return dir;
  }

  /** Commits pending changes with {@code meta} as commit user data, then refreshes searchers. */
  void commit(Map<String, String> meta) throws IOException {
    writer().setLiveCommitData(new HashMap<>(meta).entrySet());
    writer().commit();
    refresh();
  }

  /** The user data of the last commit (empty for a new index). */
  public Map<String, String> commitData() {
    try {
      if (writer != null) {
        Map<String, String> out = new HashMap<>();
        var live = writer.getLiveCommitData();
        if (live != null) {
          live.forEach(e -> out.put(e.getKey(), e.getValue()));
        }
        return out;
      }
      try (DirectoryReader r = DirectoryReader.open(directory)) {
        return r.getIndexCommit().getUserData();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes the latest changes (or, read-only, the latest commit) visible to searches. */
  public void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("index refresh failed in " + dir, e);
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      if (writer != null) {
        writer.close();
      }
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("closing the index in " + dir + " failed", e);
    }
  }
}
