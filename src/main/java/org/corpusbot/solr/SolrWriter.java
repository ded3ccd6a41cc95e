package org.corpusbot.solr;

import static org.corpusbot.retrieval.IndexSchema.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.corpusbot.corpus.Article;
import org.corpusbot.retrieval.Annotation;
import org.corpusbot.retrieval.ArchiveWriter;
import org.corpusbot.retrieval.ArticleBlock;
import org.corpusbot.retrieval.CopyEntry;
import org.corpusbot.retrieval.CopyLookup;
import org.corpusbot.retrieval.Fingerprint;
import org.corpusbot.retrieval.IndexUnavailableException;
import org.corpusbot.retrieval.IndexedArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The collection's {@link ArchiveWriter}. Each article is one root document with its passages and
 * annotations as children: Solr replaces the whole block of an id in one update on one shard, so a
 * reader sees an article whole or not at all, and never a stale passage. Blocks are sent in batches
 * of {@link #BATCH}; a batch that fails stays pending and is sent again by the next call (adding a
 * block again is harmless). What is sent becomes visible at {@link #commit}.
 *
 * <p>NOTE: SolrCloud cannot roll back, so {@link #discardUncommitted} only drops what was not sent
 * yet; what was sent becomes visible at the next commit (an incremental run then finds it indexed,
 * by its hash). One indexing run at a time per process; not thread-safe.
 */
final class SolrWriter implements ArchiveWriter {
  private static final Logger log = LoggerFactory.getLogger(SolrWriter.class);
  static final int BATCH = 32;

  private final SolrAccess solr;
  private final SolrMeta meta;
  private final SolrCopies copies;
  private final BooleanSupplier closing;
  private final List<SolrInputDocument> pending = new ArrayList<>();

  SolrWriter(SolrAccess solr, SolrMeta meta, BooleanSupplier closing) {
    this.solr = solr;
    this.meta = meta;
    this.copies = new SolrCopies(solr);
    this.closing = closing;
  }

  @Override
  public Map<String, String> committedMeta() {
    return meta.strict();
  }

  @Override
  public Map<String, IndexedArticle> indexed() {
    Map<String, IndexedArticle> out = new HashMap<>();
    String whole = "(" + TYPE + ":" + TYPE_ARTICLE + " OR " + TYPE + ":" + TYPE_DUPLICATE + ")";
    copies.each(
        whole,
        new String[] {SolrFields.ID, ARTICLE_ID, HASH, FILE, DUPLICATE_OF},
        d ->
            out.put(
                SolrDocs.string(d, ARTICLE_ID),
                new IndexedArticle(
                    SolrDocs.string(d, HASH),
                    SolrDocs.string(d, FILE),
                    SolrDocs.string(d, DUPLICATE_OF))));
    return out;
  }

  @Override
  public CopyLookup copies() {
    return copies;
  }

  @Override
  public void write(ArticleBlock block) throws IOException {
    pending.add(SolrDocs.block(block));
    if (pending.size() >= BATCH) {
      flush();
    }
  }

  @Override
  public void writeDuplicate(
      Article article, String hash, Fingerprint fp, long arrival, String sameAs)
      throws IOException {
    pending.add(SolrDocs.duplicate(article, hash, fp, arrival, sameAs));
    if (pending.size() >= BATCH) {
      flush();
    }
  }

  /**
   * Rewrites the article's committed block with new annotations: Solr replaces children only with
   * their whole block, so the article and its passages (with their vectors) are read back first.
   */
  @Override
  public void replaceAnnotations(Article article, List<Annotation> annotations) throws IOException {
    flush();
    SolrQuery q = new SolrQuery(SolrQueries.term(SolrFields.ID, article.id()));
    q.addFilterQuery(SolrQueries.term(TYPE, TYPE_ARTICLE));
    q.setFields("*,[child parentFilter=" + TYPE + ":" + TYPE_ARTICLE + " limit=-1]").setRows(1);
    List<SolrDocument> found = solr.strict(q).getResults();
    if (found.isEmpty()) {
      throw new IOException(
          "article " + article.id() + " is not served in " + solr.options().where());
    }
    SolrDocument root = found.get(0);
    CopyEntry entry = SolrDocs.copyEntry(root);
    List<ArticleBlock.Vectored> passages = new ArrayList<>();
    for (SolrDocument c :
        root.getChildDocuments() == null ? List.<SolrDocument>of() : root.getChildDocuments()) {
      if (c.containsKey(TEXT)) {
        var p = SolrDocs.passage(c);
        passages.add(
            new ArticleBlock.Vectored(p, SolrDocs.vector(c), SolrDocs.bytes(c, SENTENCE_VECTORS)));
      }
    }
    passages.sort(Comparator.comparingInt(v -> v.passage().ordinal()));
    pending.add(
        SolrDocs.block(
            new ArticleBlock(
                SolrDocs.article(root),
                SolrDocs.string(root, HASH),
                entry.fp(),
                entry.cluster(),
                entry.arrival(),
                passages,
                annotations)));
    flush();
  }

  /** Deletes the article's block: the root and, with it, its passages and annotations. */
  @Override
  public void delete(String articleId) throws IOException {
    flush();
    send(() -> solr.client().deleteById(solr.collection(), articleId));
  }

  @Override
  public void deleteAll() throws IOException {
    pending.clear();
    send(() -> solr.client().deleteByQuery(solr.collection(), "*:*"));
  }

  @Override
  public void commit(Map<String, String> meta) throws IOException {
    flush();
    pending.add(SolrMeta.document(meta));
    flush();
    send(() -> solr.client().commit(solr.collection(), true, true));
  }

  @Override
  public void discardUncommitted() {
    if (!pending.isEmpty()) {
      log.info("Dropped {} articles not yet sent to {}", pending.size(), solr.options().where());
    }
    pending.clear();
  }

  /** SolrCloud cannot roll back, and a node that restarts opens its last durable commit. */
  @Override
  public boolean holdsUncommitted() {
    return false;
  }

  @Override
  public boolean closed() {
    return closing.getAsBoolean();
  }

  @Override
  public IndexUnavailableException closedWhileIndexing(Exception cause) {
    return new IndexUnavailableException(
        "indexing into " + solr.options().where() + " was stopped: the archive closed", cause);
  }

  /** Sends the pending blocks; on failure they stay pending for the next call. */
  void flush() throws IOException {
    if (pending.isEmpty()) {
      return;
    }
    send(() -> solr.client().add(solr.collection(), pending));
    pending.clear();
  }

  /**
   * Whether Solr refused a write with a 4xx; a routed update reports each shard's failure inside a
   * {@link CloudSolrClient.RouteException} (code 500 itself), and counts as refused when all did.
   */
  private static boolean refusedForGood(SolrException e) {
    if (e instanceof CloudSolrClient.RouteException re && re.getThrowables().size() > 0) {
      for (var entry : re.getThrowables()) {
        if (!(entry.getValue() instanceof SolrException se) || !clientError(se.code())) {
          return false;
        }
      }
      return true;
    }
    return clientError(e.code());
  }

  private static boolean clientError(int code) {
    return code >= 400 && code < 500;
  }

  private interface Request {
    Object send() throws SolrServerException, IOException;
  }

  private void send(Request r) throws IOException {
    try {
      r.send();
    } catch (SolrException e) {
      String why = solr.options().where() + " refused a write: " + SolrAccess.oneLine(e);
      // NOTE: a 4xx (a schema that does not fit, credentials refused, a request too large) fails
      // the same way however often it is sent: not an IOException, so it is not retried.
      if (refusedForGood(e)) {
        throw new IllegalStateException(why, e);
      }
      throw new IOException(why, e);
    } catch (SolrServerException e) {
      throw new IOException(
          solr.options().where() + " refused a write: " + SolrAccess.oneLine(e), e);
    }
  }
}
