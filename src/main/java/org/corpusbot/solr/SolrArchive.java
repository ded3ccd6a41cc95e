package org.corpusbot.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;
import org.corpusbot.retrieval.AnnotationSearch;
import org.corpusbot.retrieval.Archive;
import org.corpusbot.retrieval.ArchiveWriter;
import org.corpusbot.retrieval.ArticleCatalog;
import org.corpusbot.retrieval.FreshArticles;
import org.corpusbot.retrieval.IndexUnavailableException;
import org.corpusbot.retrieval.PassageIndex;
import org.corpusbot.retrieval.TermStats;

/**
 * The archive in a SolrCloud collection (see {@code config/solr/schema.xml} for its documents).
 * Reads tolerate shards without a live replica and name them ({@link
 * org.corpusbot.retrieval.PassageView#unreachable()}, and a WARN); a cluster that cannot be reached
 * fails each request within the configured timeouts with {@link IndexUnavailableException}, and the
 * next request tries again. Thread-safe, but one indexing run at a time.
 */
public final class SolrArchive implements Archive {
  private final SolrAccess solr;
  private final boolean writable;
  private final SolrMeta meta;
  private final SolrCatalog catalog;
  private final SolrAnnotations annotations;
  private final SolrFresh fresh;
  private final SolrTerms terms;
  private final SolrWriter writer;
  private final AtomicBoolean closed = new AtomicBoolean();

  private SolrArchive(SolrAccess solr, boolean writable) {
    this.solr = solr;
    this.writable = writable;
    this.meta = new SolrMeta(solr);
    this.catalog = new SolrCatalog(solr);
    this.annotations = new SolrAnnotations(solr);
    this.fresh = new SolrFresh(solr);
    this.terms = new SolrTerms(solr);
    this.writer = writable ? new SolrWriter(solr, meta, closed::get) : null;
  }

  /**
   * Connects to the collection of {@code options} and checks it exists with corpusbot's schema.
   *
   * @throws IndexUnavailableException with a one-line reason when the cluster cannot be reached or
   *     the collection is missing ({@code corpusbot solr init} creates it)
   * @throws SolrCollections.MismatchException when the collection has another schema version
   */
  public static SolrArchive open(SolrOptions options, boolean writable) {
    return open(options, writable, 0);
  }

  /**
   * As above, and when {@code dimension} is positive, checks that the collection takes vectors of
   * that dimension: a writer would otherwise have every batch refused.
   *
   * @throws SolrCollections.MismatchException when it has another schema version or dimension
   */
  public static SolrArchive open(SolrOptions options, boolean writable, int dimension) {
    SolrAccess solr = SolrAccess.open(options);
    boolean success = false;
    try {
      if (!SolrCollections.exists(solr)) {
        throw new IndexUnavailableException(
            options.where() + " does not exist: create it with `corpusbot solr init`");
      }
      SolrCollections.check(solr, dimension);
      SolrArchive archive = new SolrArchive(solr, writable);
      success = true;
      return archive;
    } catch (SolrCollections.MismatchException e) {
      throw e;
    } catch (SolrServerException | IOException | SolrException | IllegalStateException e) {
      // NOTE: SolrJ reports an unreachable ZooKeeper as an IllegalStateException, among others
      throw SolrCollections.unavailable(options, "cannot be reached", e);
    } catch (RuntimeException e) {
      throw SolrAccess.clusterStateFailure(options, "cannot be reached", e);
    } finally {
      if (!success) {
        solr.close();
      }
    }
  }

  @Override
  public PassageIndex passages() {
    return new PassageIndex() {
      @Override
      public <T> T read(ViewAction<T> action) {
        SolrView view = new SolrView(solr, meta);
        try {
          return action.apply(view);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        } finally {
          solr.warnUnreachable(view.unreachable(), "a search");
        }
      }
    };
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
    if (writer == null) {
      throw new IllegalStateException(solr.options().where() + " was opened for reading only");
    }
    return writer;
  }

  @Override
  public boolean writable() {
    return writable;
  }

  @Override
  public Map<String, String> servedMeta() {
    Set<String> down = new HashSet<>();
    Map<String, String> m = meta.read(down);
    solr.warnUnreachable(down, "the meta document's read");
    return m;
  }

  /** Nothing to do: a Solr commit is visible to every reader when it returns. */
  @Override
  public void onUnreachable(Consumer<Set<String>> listener) {
    solr.onUnreachable(listener);
  }

  @Override
  public void refresh() {}

  @Override
  public String where() {
    return solr.options().where();
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      solr.close();
    }
  }
}
