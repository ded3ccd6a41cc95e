package org.corpusbot.retrieval;

import static org.corpusbot.retrieval.IndexSchema.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.corpusbot.corpus.Article;

/**
 * The Lucene index's {@link ArchiveWriter}: an article with its passages and annotations is one
 * document block keyed by {@link IndexSchema#ARTICLE_ID}, so replacing or deleting it is one atomic
 * update; nothing is visible before {@link #commit}, and {@link #discardUncommitted} rolls back.
 * Used by one indexing thread.
 */
final class LuceneWriter implements ArchiveWriter {
  private final CorpusIndex index;

  LuceneWriter(CorpusIndex index) {
    this.index = index;
  }

  @Override
  public Map<String, String> committedMeta() {
    return index.commitData();
  }

  @Override
  public Map<String, IndexedArticle> indexed() {
    return index.search(
        searcher -> {
          Map<String, IndexedArticle> out = new HashMap<>();
          Query q = IndexedCopies.kinds();
          int n = Math.max(1, searcher.count(q));
          TopDocs top = searcher.search(q, n);
          StoredFields stored = searcher.storedFields();
          Set<String> fields = Set.of(ARTICLE_ID, HASH, FILE, DUPLICATE_OF);
          for (ScoreDoc sd : top.scoreDocs) {
            Document d = stored.document(sd.doc, fields);
            out.put(
                d.get(ARTICLE_ID),
                new IndexedArticle(d.get(HASH), d.get(FILE), d.get(DUPLICATE_OF)));
          }
          return out;
        });
  }

  @Override
  public CopyLookup copies() {
    return new IndexedCopies(index);
  }

  @Override
  public void write(ArticleBlock block) throws IOException {
    Article a = block.article();
    Duplicates.Stamp stamp = new Duplicates.Stamp(block.fp(), block.cluster(), block.arrival());
    List<Document> docs = new ArrayList<>();
    docs.add(Documents.article(a, block.hash(), block.passages().size(), stamp));
    for (ArticleBlock.Vectored p : block.passages()) {
      docs.add(Documents.passage(a, p.passage(), p.vector(), p.sentenceVectors(), block.cluster()));
    }
    for (Annotation an : block.annotations()) {
      docs.add(Documents.annotation(an, a));
    }
    index.indexWriter().updateDocuments(new Term(ARTICLE_ID, a.id()), docs);
  }

  @Override
  public void writeDuplicate(
      Article article, String hash, Fingerprint fp, long arrival, String sameAs)
      throws IOException {
    Document d =
        Documents.duplicate(article, hash, new Duplicates.Stamp(fp, null, arrival), sameAs);
    index.indexWriter().updateDocument(new Term(ARTICLE_ID, article.id()), d);
  }

  @Override
  public void replaceAnnotations(Article article, List<Annotation> annotations) throws IOException {
    // NOTE: a delete applies to the documents added before it only, so the new ones stay.
    index.indexWriter().deleteDocuments(annotationsOf(article.id()));
    if (!annotations.isEmpty()) {
      List<Document> docs = new ArrayList<>();
      annotations.forEach(an -> docs.add(Documents.annotation(an, article)));
      index.indexWriter().addDocuments(docs);
    }
  }

  @Override
  public void delete(String articleId) throws IOException {
    index.indexWriter().deleteDocuments(new Term(ARTICLE_ID, articleId));
  }

  @Override
  public void deleteAll() throws IOException {
    index.indexWriter().deleteAll();
  }

  @Override
  public void commit(Map<String, String> meta) throws IOException {
    index.commit(meta);
  }

  /**
   * Merges the index into one segment, commits it and refreshes searchers; {@code STOPPED} when
   * {@code stop} aborted the merge (see {@link ReopenableWriter#mergeAndCommit}).
   */
  @Override
  public Compaction compact(BooleanSupplier stop) throws IOException {
    if (!index.writing().mergeAndCommit(stop)) {
      return Compaction.STOPPED;
    }
    index.refresh();
    return Compaction.MERGED;
  }

  @Override
  public boolean mergeDue() {
    return index.writing().mergeDue();
  }

  @Override
  public void discardUncommitted() throws IOException {
    index.discardUncommitted();
  }

  @Override
  public boolean closed() {
    return index.closed();
  }

  @Override
  public IndexUnavailableException closedWhileIndexing(Exception cause) {
    return index.closedWhileIndexing(cause);
  }

  private static Query annotationsOf(String articleId) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(TYPE, TYPE_ANNOTATION)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(ARTICLE_ID, articleId)), BooleanClause.Occur.FILTER)
        .build();
  }
}
