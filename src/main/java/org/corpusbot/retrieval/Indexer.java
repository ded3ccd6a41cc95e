package org.corpusbot.retrieval;

import static org.corpusbot.retrieval.IndexSchema.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.Chunker;
import org.corpusbot.corpus.Passage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the index in line with a set of articles: embeds only new or changed ones (by content
 * hash), removes those that are gone, and rebuilds everything when the embedding model or the
 * chunking changed.
 *
 * <p>Commits every {@value #COMMIT_SECONDS} seconds; since each article and its passages are one
 * atomic block, a crash mid-way leaves the last commit usable and the next run carries on from it.
 * Not thread-safe: one indexing run at a time per index.
 */
public final class Indexer {
  private static final Logger log = LoggerFactory.getLogger(Indexer.class);
  private static final int COMMIT_SECONDS = 30;
  private static final int BATCH_PASSAGES = 96;

  private final CorpusIndex index;
  private final Embedder embedder;
  private final Chunker chunker;
  private final Map<String, String> meta;
  private final List<ArticleAnnotator> annotators;
  private final String annotatorVersions;

  public Indexer(CorpusIndex index, Embedder embedder, Chunker chunker, int chunkChars) {
    this(index, embedder, chunker, chunkChars, List.of());
  }

  public Indexer(
      CorpusIndex index,
      Embedder embedder,
      Chunker chunker,
      int chunkChars,
      List<ArticleAnnotator> annotators) {
    this.index = index;
    this.embedder = embedder;
    this.chunker = chunker;
    this.annotators = List.copyOf(annotators);
    this.annotatorVersions =
        String.join(",", this.annotators.stream().map(a -> a.kind() + ":" + a.version()).toList());
    this.meta =
        Map.of(
            META_SCHEMA, SCHEMA_VERSION,
            META_MODEL, embedder.choice().configName(),
            META_CHUNK, Integer.toString(chunkChars));
  }

  private Map<String, String> commitMeta() {
    Map<String, String> m = new java.util.HashMap<>(meta);
    m.put(META_ANNOTATORS, annotatorVersions);
    return m;
  }

  public IndexReport sync(List<Article> articles, boolean rebuild, IndexProgress progress) {
    long t0 = System.nanoTime();
    try {
      IndexWriter writer = index.writer();
      boolean rebuilt = rebuild || needsRebuild();
      if (rebuilt) {
        writer.deleteAll();
      }
      Map<String, String> existing = rebuilt ? Map.of() : existingHashes();
      List<Article> todo = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      int unchanged = 0;
      int changed = 0;
      for (Article a : articles) {
        seen.add(a.id());
        String old = existing.get(a.id());
        if (hash(a).equals(old)) {
          unchanged++;
        } else {
          changed += old == null ? 0 : 1;
          todo.add(a);
        }
      }
      int deleted = 0;
      for (String id : existing.keySet()) {
        if (!seen.contains(id)) {
          writer.deleteDocuments(new Term(ARTICLE_ID, id));
          deleted++;
        }
      }
      if (!rebuilt
          && !annotatorVersions.equals(index.commitData().getOrDefault(META_ANNOTATORS, ""))) {
        reannotate(articles, todo);
      }
      int passages = write(todo, progress);
      index.commit(commitMeta());
      double secs = (System.nanoTime() - t0) / 1e9;
      return new IndexReport(
          todo.size() - changed, changed, unchanged, deleted, passages, rebuilt, secs);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "indexing failed in " + index.dir() + ": " + e.getMessage(), e);
    } finally {
      progress.finish();
    }
  }

  private boolean needsRebuild() {
    Map<String, String> current = new java.util.HashMap<>(index.commitData());
    current.remove(META_ANNOTATORS);
    if (current.isEmpty() || current.equals(meta)) {
      return false;
    }
    log.info(
        "Rebuilding the index: it was built with {}, this configuration uses {}", current, meta);
    return true;
  }

  private int write(List<Article> todo, IndexProgress progress) throws IOException {
    IndexWriter writer = index.writer();
    long lastCommit = System.nanoTime();
    int passages = 0;
    int done = 0;
    List<Article> batch = new ArrayList<>();
    List<List<Passage>> chunks = new ArrayList<>();
    int pending = 0;
    for (int i = 0; i < todo.size(); i++) {
      Article a = todo.get(i);
      List<Passage> ps = chunker.chunk(a);
      batch.add(a);
      chunks.add(ps);
      pending += ps.size();
      if (pending >= BATCH_PASSAGES || i == todo.size() - 1) {
        passages += writeBatch(writer, batch, chunks);
        done += batch.size();
        batch.clear();
        chunks.clear();
        pending = 0;
        progress.update(done, todo.size());
        if (System.nanoTime() - lastCommit > COMMIT_SECONDS * 1_000_000_000L) {
          index.commit(commitMeta());
          lastCommit = System.nanoTime();
        }
      }
    }
    return passages;
  }

  private int writeBatch(IndexWriter writer, List<Article> batch, List<List<Passage>> chunks)
      throws IOException {
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      for (Passage p : chunks.get(i)) {
        inputs.add(embeddingInput(batch.get(i).title(), p.text()));
      }
    }
    List<float[]> vectors = embedder.embedPassages(inputs);
    int v = 0;
    for (int i = 0; i < batch.size(); i++) {
      Article a = batch.get(i);
      List<Document> docs = new ArrayList<>();
      docs.add(Documents.article(a, hash(a), chunks.get(i).size()));
      for (Passage p : chunks.get(i)) {
        docs.add(Documents.passage(a, p, vectors.get(v++)));
      }
      docs.addAll(annotations(a));
      writer.updateDocuments(new Term(ARTICLE_ID, a.id()), docs);
    }
    return inputs.size();
  }

  private List<Document> annotations(Article a) {
    List<Document> docs = new ArrayList<>();
    for (ArticleAnnotator annotator : annotators) {
      for (Annotation an : annotator.annotate(a)) {
        docs.add(Documents.annotation(an, a));
      }
    }
    return docs;
  }

  /**
   * The annotators changed since the index was built: annotate every article again, without
   * embedding it again. Articles about to be re-indexed get theirs with their block.
   */
  private void reannotate(List<Article> articles, List<Article> todo) throws IOException {
    IndexWriter writer = index.writer();
    writer.deleteDocuments(new TermQuery(new Term(TYPE, TYPE_ANNOTATION)));
    Set<String> pending = new HashSet<>();
    todo.forEach(a -> pending.add(a.id()));
    int n = 0;
    for (Article a : articles) {
      if (!pending.contains(a.id())) {
        List<Document> docs = annotations(a);
        if (!docs.isEmpty()) {
          writer.addDocuments(docs);
        }
        n++;
      }
    }
    log.info(
        "Annotated {} articles again ({})",
        n,
        annotatorVersions.isEmpty() ? "no annotators" : annotatorVersions);
  }

  /**
   * What the model sees of a passage: the article's title gives it context a lone paragraph lacks
   * ("the talks" → which talks).
   */
  static String embeddingInput(String title, String passage) {
    return title + ". " + passage;
  }

  private Map<String, String> existingHashes() {
    return index.search(
        searcher -> {
          Map<String, String> out = new HashMap<>();
          TermQuery q = new TermQuery(new Term(TYPE, TYPE_ARTICLE));
          int n = Math.max(1, searcher.count(q));
          TopDocs top = searcher.search(q, n);
          StoredFields stored = searcher.storedFields();
          Set<String> fields = Set.of(ARTICLE_ID, HASH);
          for (ScoreDoc sd : top.scoreDocs) {
            Document d = stored.document(sd.doc, fields);
            out.put(d.get(ARTICLE_ID), d.get(HASH));
          }
          return out;
        });
  }

  /** A digest of everything about an article that ends up in the index. */
  static String hash(Article a) {
    String content =
        String.join(
            "\u0001",
            a.id(),
            a.title(),
            Objects.toString(a.date(), ""),
            Objects.toString(a.source(), ""),
            Objects.toString(a.url(), ""),
            String.join("\u0002", a.authors()),
            Objects.toString(a.credit(), ""),
            a.text());
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
