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
import org.corpusbot.corpus.Corpus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the index in line with a corpus: embeds only new or changed articles (by content hash),
 * removes those that are gone (see {@link Removals} for what does not count as gone), and rebuilds
 * everything when the embedding model or the chunking changed.
 *
 * <p>A first build or an update commits every {@link IndexPolicy#commitSeconds()}: each article
 * with its passages and contacts is one atomic block, so a crash loses at most that much work and
 * the next run carries on. A rebuild of an index that is being served commits once, at the end:
 * until then (and after a crash, or a stop) searches see the previous commit. A failed run leaves
 * nothing uncommitted behind. Not thread-safe: one run at a time per index ({@link IndexRuns}).
 */
public final class Indexer {
  private static final Logger log = LoggerFactory.getLogger(Indexer.class);

  private final CorpusIndex index;
  private final Map<String, String> meta;
  private final Annotations annotations;
  private final IndexPolicy policy;
  private final PassageWriter passages;

  public Indexer(CorpusIndex index, Embedder embedder, Chunker chunker, int chunkChars) {
    this(index, embedder, chunker, chunkChars, List.of(), IndexPolicy.DEFAULT);
  }

  public Indexer(
      CorpusIndex index,
      Embedder embedder,
      Chunker chunker,
      int chunkChars,
      List<ArticleAnnotator> annotators) {
    this(index, embedder, chunker, chunkChars, annotators, IndexPolicy.DEFAULT);
  }

  public Indexer(
      CorpusIndex index,
      Embedder embedder,
      Chunker chunker,
      int chunkChars,
      List<ArticleAnnotator> annotators,
      IndexPolicy policy) {
    this.index = index;
    this.policy = policy;
    this.annotations = new Annotations(annotators, policy.maxArticleChars());
    this.passages = new PassageWriter(embedder, chunker, annotations, policy.maxArticleChars());
    this.meta =
        Map.of(
            META_SCHEMA, SCHEMA_VERSION,
            META_MODEL, embedder.choice().configName(),
            META_CHUNK, Integer.toString(chunkChars));
  }

  private Map<String, String> commitMeta() {
    Map<String, String> m = new HashMap<>(meta);
    m.put(META_ANNOTATORS, annotations.versions());
    return m;
  }

  public IndexReport sync(List<Article> articles, boolean rebuild, IndexProgress progress) {
    return sync(Corpus.of(articles), rebuild ? SyncOptions.REBUILD : SyncOptions.UPDATE, progress);
  }

  public IndexReport sync(Corpus corpus, SyncOptions options, IndexProgress progress) {
    long t0 = System.nanoTime();
    boolean success = false;
    try {
      IndexWriter writer = index.writer();
      boolean rebuilt = options.rebuild() || needsRebuild();
      // A served index stays in service until its rebuild is complete: no commit before the end.
      boolean quiet = rebuilt && servedArticles() > 0;
      if (rebuilt) {
        writer.deleteAll();
      }
      Map<String, Removals.Indexed> existing = rebuilt ? Map.of() : indexed();
      Delta delta = Delta.of(corpus.articles(), existing);
      Removals.Plan plan =
          Removals.plan(
              existing, delta.seen(), corpus, policy.maxDeleteShare(), options.allowMassDelete());
      if (plan.warning() != null) {
        log.warn(plan.warning());
      }
      for (String id : plan.remove()) {
        writer.deleteDocuments(new Term(ARTICLE_ID, id));
      }
      if (!rebuilt && !annotations.versions().equals(committed(META_ANNOTATORS))) {
        annotations.reannotate(writer, corpus.articles(), delta.todo());
      }
      long commitEvery = quiet ? Long.MAX_VALUE : policy.commitSeconds() * 1_000_000_000L;
      PassageWriter.Written w =
          passages.write(
              writer, delta.todo(), progress, options.stop(), commitEvery, this::commitQuietly);
      if (w.stopped() && quiet) {
        index.discardUncommitted();
        success = true;
        log.warn("Rebuild stopped before it was complete; the previous index stays in service");
        return new IndexReport(
            0, 0, 0, 0, 0, true, secs(t0), 0, 0, true, delta.todo().size(), null);
      }
      index.commit(commitMeta());
      success = true;
      int done = w.articles();
      int changedDone = (int) delta.todo().subList(0, done).stream().filter(delta::changed).count();
      return new IndexReport(
          done - changedDone,
          changedDone,
          delta.unchanged(),
          plan.remove().size(),
          w.passages(),
          rebuilt,
          secs(t0),
          plan.kept().size(),
          plan.refused().size(),
          w.stopped(),
          delta.todo().size() - done,
          plan.warning());
    } catch (IOException | UncheckedIOException e) {
      throw new IndexUnavailableException(
          "indexing failed in "
              + index.dir()
              + ": "
              + e.getMessage()
              + "; the index keeps its last commit and answers as before; run `corpusbot index`"
              + " again once the cause is fixed",
          e);
    } finally {
      if (!success) {
        discardAfterFailure();
      }
      progress.finish();
    }
  }

  private static double secs(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private void commitQuietly() throws IOException {
    index.commit(commitMeta());
  }

  /** Whatever a failed run left uncommitted must not ride along with the next run's commit. */
  private void discardAfterFailure() {
    try {
      index.discardUncommitted();
    } catch (IOException | RuntimeException e) {
      log.warn("Could not discard the failed run's uncommitted changes in {}", index.dir(), e);
    }
  }

  private String committed(String key) {
    return index.commitData().getOrDefault(key, "");
  }

  private boolean needsRebuild() {
    Map<String, String> current = new HashMap<>(index.commitData());
    current.remove(META_ANNOTATORS);
    if (current.isEmpty() || current.equals(meta)) {
      return false;
    }
    log.info(
        "Rebuilding the index: it was built with {}, this configuration uses {}", current, meta);
    return true;
  }

  private int servedArticles() {
    return index.search(s -> s.count(new TermQuery(new Term(TYPE, TYPE_ARTICLE))));
  }

  /**
   * What to index: articles new or changed since the last commit (in corpus order), how many are
   * unchanged, and the ids seen.
   */
  private record Delta(
      List<Article> todo, Set<String> changedIds, int unchanged, Set<String> seen) {
    static Delta of(List<Article> articles, Map<String, Removals.Indexed> existing) {
      List<Article> todo = new ArrayList<>();
      Set<String> changed = new HashSet<>();
      Set<String> seen = new HashSet<>();
      int unchanged = 0;
      for (Article a : articles) {
        seen.add(a.id());
        Removals.Indexed old = existing.get(a.id());
        if (old != null && hash(a).equals(old.hash())) {
          unchanged++;
        } else {
          todo.add(a);
          if (old != null) {
            changed.add(a.id());
          }
        }
      }
      return new Delta(todo, changed, unchanged, seen);
    }

    boolean changed(Article a) {
      return changedIds.contains(a.id());
    }
  }

  private Map<String, Removals.Indexed> indexed() {
    return index.search(
        searcher -> {
          Map<String, Removals.Indexed> out = new HashMap<>();
          TermQuery q = new TermQuery(new Term(TYPE, TYPE_ARTICLE));
          int n = Math.max(1, searcher.count(q));
          TopDocs top = searcher.search(q, n);
          StoredFields stored = searcher.storedFields();
          Set<String> fields = Set.of(ARTICLE_ID, HASH, FILE);
          for (ScoreDoc sd : top.scoreDocs) {
            Document d = stored.document(sd.doc, fields);
            out.put(d.get(ARTICLE_ID), new Removals.Indexed(d.get(HASH), d.get(FILE)));
          }
          return out;
        });
  }

  /**
   * What the model sees of a passage: the article's title gives it context a lone paragraph lacks
   * ("the talks" → which talks).
   */
  static String embeddingInput(String title, String passage) {
    return title + ". " + passage;
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
