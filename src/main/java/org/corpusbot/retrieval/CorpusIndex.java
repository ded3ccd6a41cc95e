package org.corpusbot.retrieval;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * The on-disk index and its lifecycle: at most one {@link IndexWriter} and one shared {@link
 * SearcherManager} per process.
 *
 * <p>The default {@link Archive}: each part of the boundary is a Lucene class over this index
 * ({@link LucenePassages}, {@link LuceneCatalog}, {@link LuceneAnnotations}, {@link LuceneFresh},
 * {@link LuceneTermStats}, {@link LuceneWriter}).
 *
 * <p>Searches see the last <em>commit</em>, never uncommitted changes: the searchers are opened on
 * the directory, not on the writer, and refreshed by {@link #commit}. So whatever the indexer does
 * between commits (a rebuild that deleted everything first, a batch that failed half-way) is never
 * visible, and {@link #discardUncommitted} can drop it. Searches go through {@link #search}, which
 * acquires and releases a searcher. A read-only instance serves a process that only asks questions
 * while another one owns the writer. Thread-safe; the writer is used by one indexing thread.
 */
public final class CorpusIndex implements Archive {
  private final Path dir;
  private final Directory directory;
  private final ReopenableWriter writer; // null when read-only
  private final SearcherManager searchers;
  private final Analyzer analyzer;
  private final LucenePassages passages = new LucenePassages(this);
  private final LuceneCatalog catalog = new LuceneCatalog(this);
  private final LuceneAnnotations annotations = new LuceneAnnotations(this);
  private final LuceneFresh fresh = new LuceneFresh(this);
  private final LuceneTermStats terms = new LuceneTermStats(this);
  private final LuceneWriter archiveWriter; // null when read-only

  private CorpusIndex(
      Path dir,
      Directory directory,
      ReopenableWriter writer,
      SearcherManager searchers,
      Analyzer analyzer) {
    this.dir = dir;
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
    this.analyzer = analyzer;
    this.archiveWriter = writer == null ? null : new LuceneWriter(this);
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
    ReopenableWriter writer = null;
    boolean success = false;
    try {
      Files.createDirectories(dir);
      directory = opener.open(dir);
      Analyzer analyzer = analyzer();
      writer = ReopenableWriter.open(dir, directory, analyzer);
      if (!DirectoryReader.indexExists(directory)) {
        writer.get().commit(); // an empty first commit, so that searchers always have one to open
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
    Map<String, String> data =
        new HashMap<>(((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData());
    data.remove(ReopenableWriter.MERGE_DUE); // the writer's own mark, not what was indexed
    return data;
  }

  /** The embedding model named by the commit being served, null before the first indexing. */
  @Override
  public String servedModelName() {
    return search(s -> servedData(s).get(IndexSchema.META_MODEL));
  }

  @Override
  public Map<String, String> servedMeta() {
    return search(CorpusIndex::servedData);
  }

  @Override
  public PassageIndex passages() {
    return passages;
  }

  @Override
  public ArticleCatalog catalog() {
    return catalog;
  }

  @Override
  public AnnotationSearch annotations() {
    return annotations;
  }

  @Override
  public FreshArticles fresh() {
    return fresh;
  }

  @Override
  public TermStats terms() {
    return terms;
  }

  @Override
  public ArchiveWriter writer() {
    writing();
    return archiveWriter;
  }

  /** The index directory: indexing failures say "indexing failed in DIR". */
  @Override
  public String where() {
    return dir.toString();
  }

  IndexWriter indexWriter() {
    return writing().get();
  }

  /** The writer's lifecycle (merges: {@link LuceneWriter#compact}); throws when read-only. */
  ReopenableWriter writing() {
    if (writer == null) {
      throw new IllegalStateException("index opened read-only");
    }
    return writer;
  }

  /** True once a writable index is closing: a run that fails then was ended by it. */
  boolean closed() {
    return writer != null && writer.closed();
  }

  /** What a run that the closing index ended fails with. */
  IndexUnavailableException closedWhileIndexing(Exception cause) {
    return writing().closedWhileIndexing(cause);
  }

  @Override
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
    writing().commit(meta);
    refresh();
  }

  /**
   * Drops every change since the last commit (a failed or abandoned run), keeping the index open
   * for the next one (see {@link ReopenableWriter#rollbackAndReopen}).
   */
  void discardUncommitted() throws IOException {
    writing().rollbackAndReopen();
  }

  /** The user data of the last commit (empty for a new index). */
  public Map<String, String> commitData() {
    return writer == null ? search(CorpusIndex::servedData) : writer.commitData();
  }

  /** Makes the latest commit visible to searches (also one made by another process). */
  @Override
  public void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("index refresh failed in " + dir, e);
    }
  }

  /**
   * Closes searchers, writer and directory, all of them, in that order; the first failure wins. A
   * run still writing fails at its next write ({@link #closedWhileIndexing}).
   */
  @Override
  public void close() {
    try {
      IOUtils.close(searchers, writer, (Closeable) directory);
    } catch (IOException e) {
      throw new UncheckedIOException("closing the index in " + dir + " failed", e);
    }
  }
}
