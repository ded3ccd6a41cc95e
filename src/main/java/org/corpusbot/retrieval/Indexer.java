package org.corpusbot.retrieval;

import static org.corpusbot.retrieval.IndexSchema.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.Chunker;
import org.corpusbot.corpus.Corpus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the archive in line with a corpus, through its {@link ArchiveWriter} (any backend): embeds
 * only new or changed articles (by content hash), removes those that are gone (see {@link Removals}
 * for what does not count as gone), and rebuilds everything when the embedding model or the
 * chunking changed. A rebuild that would lose indexed articles the corpus did not give (their files
 * unread, or an empty corpus) is not started. An article that repeats a served one (the same text,
 * an older version of the same URL) is stored as a duplicate, not embedded; near-duplicates are
 * linked in a cluster ({@link Duplicates}).
 *
 * <p>A first build or an update commits every {@link IndexPolicy#commitSeconds()}: each article
 * with its passages and contacts is one atomic block, so a crash loses at most that much work and
 * the next run carries on. A rebuild of an index that is being served commits once, at the end:
 * until then (and after a crash, or a stop) searches see the previous commit. A failed run leaves
 * nothing uncommitted behind. Not thread-safe: one run at a time per index ({@link IndexRuns}).
 *
 * <p>A partitioned run ({@link SyncOptions#partition}) indexes only the articles of its partition,
 * with arrivals only it gives, and removes none it did not see: none at all unless asked ({@link
 * SyncOptions#removeGone}), then only gone ones of its partition. It never rebuilds or annotates
 * every article again: those need the whole corpus.
 */
public final class Indexer {
  private static final Logger log = LoggerFactory.getLogger(Indexer.class);

  private final Archive archive;
  private final Map<String, String> meta;
  private final Annotations annotations;
  private final IndexPolicy policy;
  private final PassageWriter passages;

  public Indexer(Archive archive, Embedder embedder, Chunker chunker, int chunkChars) {
    this(archive, embedder, chunker, chunkChars, List.of(), IndexPolicy.DEFAULT);
  }

  public Indexer(
      Archive archive,
      Embedder embedder,
      Chunker chunker,
      int chunkChars,
      List<ArticleAnnotator> annotators) {
    this(archive, embedder, chunker, chunkChars, annotators, IndexPolicy.DEFAULT);
  }

  public Indexer(
      Archive archive,
      Embedder embedder,
      Chunker chunker,
      int chunkChars,
      List<ArticleAnnotator> annotators,
      IndexPolicy policy) {
    this.archive = archive;
    this.policy = policy;
    this.annotations = new Annotations(annotators, policy.maxArticleChars());
    this.passages = new PassageWriter(embedder, chunker, annotations, policy.maxArticleChars());
    this.meta =
        Map.of(
            META_SCHEMA, SCHEMA_VERSION,
            META_MODEL, embedder.choice().configName(),
            META_CHUNK, Integer.toString(chunkChars));
  }

  /** The commit's user data; {@code annotators}: the versions every indexed article has. */
  private Map<String, String> commitMeta(String annotators) {
    Map<String, String> m = new HashMap<>(meta);
    m.put(META_ANNOTATORS, annotators);
    return m;
  }

  public IndexReport sync(List<Article> articles, boolean rebuild, IndexProgress progress) {
    return sync(Corpus.of(articles), rebuild ? SyncOptions.REBUILD : SyncOptions.UPDATE, progress);
  }

  public IndexReport sync(Corpus corpus, SyncOptions options, IndexProgress progress) {
    return syncWithChanges(corpus, options, progress).report();
  }

  /**
   * As {@link #sync(Corpus, SyncOptions, IndexProgress)}, saying what became of each article. A
   * partial load ({@link Corpus#partial}) only updates: when a rebuild or a new annotation of every
   * article is due ({@link #fullSyncDue}), it is refused, and a whole load must run instead.
   */
  public SyncResult syncWithChanges(Corpus corpus, SyncOptions options, IndexProgress progress) {
    long t0 = System.nanoTime();
    boolean success = false;
    try {
      SyncResult result = run(corpus, options, progress, t0);
      success = true;
      return result;
    } catch (IOException | UncheckedIOException e) {
      throw new IndexUnavailableException(
          "indexing failed in "
              + archive.where()
              + ": "
              + e.getMessage()
              + "; the index keeps its last commit and answers as before; run `corpusbot index`"
              + " again once the cause is fixed",
          e);
    } catch (IllegalStateException e) { // as Lucene's AlreadyClosedException is
      if (archive.writable() && archive.writer().closed()) {
        throw archive.writer().closedWhileIndexing(e);
      }
      throw e;
    } finally {
      if (!success) {
        discardAfterFailure();
      }
      progress.finish();
    }
  }

  /**
   * True when the next run must read the whole corpus: the index was built with another model,
   * chunking or schema (a rebuild), or its contacts with other annotators (every article again).
   */
  public boolean fullSyncDue() {
    return builtOtherwise() != null || !annotations.versions().equals(committed(META_ANNOTATORS));
  }

  private SyncResult run(Corpus corpus, SyncOptions options, IndexProgress progress, long t0)
      throws IOException {
    if (corpus.partial() && (options.rebuild() || fullSyncDue())) {
      throw new IllegalStateException(
          "a load of some files cannot rebuild or annotate the whole index; sync the whole corpus");
    }
    Partition part = options.partition();
    Corpus share = part.whole() ? corpus : PartitionRun.share(corpus, part);
    IndexReport report = update(share, options, progress, t0);
    return SyncResult.of(part.whole() ? report : report.inPartition(part), share);
  }

  private IndexReport update(Corpus corpus, SyncOptions options, IndexProgress progress, long t0)
      throws IOException {
    ArchiveWriter writer = archive.writer();
    Map<String, String> builtWith = builtOtherwise();
    boolean rebuilt = options.rebuild() || builtWith != null;
    Map<String, IndexedArticle> existing = writer.indexed();
    PartitionRun.refuseFullSync(options, existing.isEmpty(), fullSyncDue(), builtWith, meta);
    Delta delta = Delta.of(corpus.articles(), rebuilt ? Map.of() : existing);
    Removals.Plan plan =
        plan(rebuilt, PartitionRun.removable(existing, options, rebuilt), delta, corpus, options);
    if (plan.warning() != null) {
      log.warn(plan.warning());
    }
    if (options.keepGone() && !rebuilt) {
      long kept = existing.keySet().stream().filter(id -> !delta.seen().contains(id)).count();
      if (kept > 0) {
        log.info(
            "Keeping {} indexed article(s) the corpus here does not give (index.bot-removes);"
                + " `corpusbot index` removes them",
            kept);
      }
    }
    if (builtWith != null) {
      log.info(
          "{} the index: it was built with {}, this configuration uses {}",
          plan.holdsBack() ? "Not rebuilding" : "Rebuilding",
          builtWith,
          meta);
    }
    if (rebuilt && !existing.isEmpty() && !writer.holdsUncommitted()) {
      return rebuildInPlaceRefused(builtWith, t0);
    }
    if (rebuilt && plan.holdsBack()) {
      // Nothing was written: the index in service is untouched.
      return IndexReport.abandonedRebuild(
          secs(t0), plan.kept().size(), plan.refused().size(), false, 0, plan.warning());
    }
    long dedup0 = System.nanoTime();
    Duplicates.Plan dups = planDuplicates(rebuilt, plan, delta, writer, options.partition());
    double dedupSeconds = secs(dedup0);
    // A served index stays in service until its rebuild is complete: no commit before the end.
    boolean quiet = rebuilt && !existing.isEmpty();
    AtomicReference<String> tagged = new AtomicReference<>(annotations.versions());
    Checkpoints checkpoints =
        new Checkpoints(
            options.stop(),
            quiet ? Long.MAX_VALUE : policy.commitSeconds() * 1_000_000_000L,
            () -> writer.commit(commitMeta(tagged.get())));
    // NOTE: nothing indexed, nothing to delete: a shared collection may already hold blocks that
    // another partition sent and has not committed yet, and deleting "all" would take them.
    if (rebuilt && !existing.isEmpty()) {
      writer.deleteAll();
    }
    boolean annotatedAll = false; // a rebuild annotates as it writes
    if (!rebuilt) {
      for (String id : plan.remove()) {
        writer.delete(id);
      }
      annotatedAll = !annotations.versions().equals(committed(META_ANNOTATORS));
      if (annotatedAll
          && !annotateAgain(writer, corpus, dups, existing, plan, checkpoints, tagged)) {
        writer.commit(commitMeta(tagged.get()));
        return report(
            delta,
            plan,
            dups,
            new Outcome(0, 0, 0, true, dedupSeconds),
            existing,
            existing,
            corpus,
            false,
            t0);
      }
    }
    PassageWriter.Written w =
        passages.write(writer, dups.serve(), dups.stamps(), progress, checkpoints);
    if (w.stopped() && quiet) {
      writer.discardUncommitted();
      log.warn("Rebuild stopped before it was complete; the previous index stays in service");
      return IndexReport.abandonedRebuild(
          secs(t0), 0, 0, true, dups.serve().size(), plan.warning());
    }
    int copies = writeCopies(writer, dups, w.articles());
    writer.commit(commitMeta(tagged.get()));
    boolean bulk = w.articles() > 0 && (rebuilt || w.articles() >= existing.size());
    if (!w.stopped() && (bulk || annotatedAll && !existing.isEmpty() || writer.mergeDue())) {
      compact(writer, options.stop());
    }
    Outcome done = new Outcome(w.articles(), w.passages(), copies, w.stopped(), dedupSeconds);
    return report(
        delta, plan, dups, done, rebuilt ? Map.of() : existing, existing, corpus, rebuilt, t0);
  }

  /**
   * After a bulk write (a first build, a rebuild, a run that at least doubled the index, new
   * contacts for every article, which replaces a small document of each) merges the index into one
   * part: each search then reads one HNSW graph and one BM25 list instead of one per segment.
   * Doubling keeps the total merge work proportional to the index's size. A merge that fails (a
   * full disk) leaves the index as committed, only slower to search. A stop aborts the merge (about
   * a minute at 6,089 articles) so that the stop, or the feed article waiting, need not wait; the
   * next run merges then.
   */
  private void compact(ArchiveWriter writer, BooleanSupplier stop) {
    long t0 = System.nanoTime();
    try {
      ArchiveWriter.Compaction done = writer.compact(stop);
      String took = String.format(Locale.ROOT, "%.1f", secs(t0));
      if (done == ArchiveWriter.Compaction.MERGED) {
        log.info("Merged the index into one segment in {} s after a bulk write", took);
      } else if (done == ArchiveWriter.Compaction.STOPPED) {
        log.info(
            "Index merge stopped after {} s (a stop was asked); the index stays as committed, and"
                + " the next run merges it",
            took);
      }
    } catch (IOException | RuntimeException e) {
      if (writer.closed()) {
        log.info("Index merge stopped: corpusbot is stopping; the index stays as committed");
      } else {
        log.warn(
            "Could not merge the index in {} after a bulk write, or show the merged index to"
                + " searches; what was committed stays, and searches may read more segments than"
                + " they need",
            archive.where(),
            e);
        reopen(writer);
      }
    }
  }

  /** A failed merge leaves Lucene's writer closed; the committed index loses nothing here. */
  private void reopen(ArchiveWriter writer) {
    try {
      writer.discardUncommitted();
    } catch (IOException | RuntimeException e) {
      log.warn(
          "Could not reopen the index writer in {}; the next run tries again", archive.where(), e);
    }
  }

  /**
   * A rebuild of an archive that cannot keep it out of sight until it is complete (SolrCloud) is
   * not started: questions would be answered from a half-empty archive for hours.
   */
  private IndexReport rebuildInPlaceRefused(Map<String, String> builtWith, long t0) {
    String why =
        "Not rebuilding "
            + archive.where()
            + (builtWith == null
                ? " (--rebuild)"
                : ": it was built with " + builtWith + ", this configuration uses " + meta)
            + ". A rebuild in place would be visible half-done there; build a new collection"
            + " instead (set solr.collection to a new name, run `corpusbot solr init` and"
            + " `corpusbot index`, then point the bot at it)";
    log.warn(why);
    return IndexReport.abandonedRebuild(secs(t0), 0, 0, false, 0, why);
  }

  /** What the writing did: articles served, passages embedded, duplicates stored. */
  private record Outcome(
      int served, int passages, int copies, boolean stopped, double dedupSeconds) {}

  /**
   * Which articles to serve and which to store as duplicates. A rebuild decides everything again,
   * keeping each article's arrival, so that it chooses as the runs before it did.
   */
  private static Duplicates.Plan planDuplicates(
      boolean rebuilt, Removals.Plan plan, Delta delta, ArchiveWriter writer, Partition part) {
    CopyLookup copies = writer.copies();
    Map<String, Long> arrivals = rebuilt ? copies.arrivals() : Map.of();
    DupTable table = rebuilt ? DupTable.empty(copies, part) : DupTable.over(copies, part);
    return new Duplicates(table, Duplicates.NEAR)
        .plan(rebuilt ? List.of() : plan.remove(), delta.todo(), arrivals);
  }

  /**
   * Stores the duplicates, replacing whatever their ids held (a served article, its passages and
   * contacts). One whose served article was not written (the run stopped first) waits: it stays as
   * it was, so that nothing is unserved before what replaces it is served.
   */
  private static int writeCopies(ArchiveWriter writer, Duplicates.Plan dups, int served)
      throws IOException {
    Set<String> waiting = new HashSet<>();
    dups.serve().subList(served, dups.serve().size()).forEach(a -> waiting.add(a.id()));
    int n = 0;
    for (Duplicates.Copy c : dups.copies()) {
      if (!waiting.contains(c.sameAs())) {
        writer.writeDuplicate(
            c.article(), Delta.hash(c.article()), c.stamp().fp(), c.stamp().arrival(), c.sameAs());
        n++;
      }
    }
    return n;
  }

  /**
   * The annotators changed: annotates the indexed articles again (false when stopped). Until every
   * article in the index has been, the commits name the previous versions ({@code tagged}), so that
   * a later run does it again: a stopped one, or one that kept articles the corpus did not give.
   */
  private boolean annotateAgain(
      ArchiveWriter writer,
      Corpus corpus,
      Duplicates.Plan dups,
      Map<String, IndexedArticle> existing,
      Removals.Plan plan,
      Checkpoints checkpoints,
      AtomicReference<String> tagged)
      throws IOException {
    String before = committed(META_ANNOTATORS);
    tagged.set(before);
    List<Article> served =
        corpus.articles().stream().filter(a -> served(a.id(), dups.table(), existing)).toList();
    if (!annotations.annotateAgain(writer, served, dups.serve(), checkpoints)) {
      return false;
    }
    if (plan.holdsBack()) {
      log.warn(
          "{} indexed articles that the corpus did not give keep the contacts found by the"
              + " previous rules ({}); the next run that reads every file finds them again",
          plan.kept().size() + plan.refused().size(),
          before.isEmpty() ? "none" : before);
    } else {
      tagged.set(annotations.versions());
    }
    return true;
  }

  /** Whether {@code id} is served once this run is done: not removed, not a duplicate. */
  private static boolean served(String id, DupTable table, Map<String, IndexedArticle> existing) {
    if (table.decides(id)) {
      return table.get(id) != null && table.get(id).served();
    }
    return existing.containsKey(id) && existing.get(id).dupOf() == null;
  }

  /**
   * What to remove. A rebuild deletes everything first, so the guards of an update (articles of
   * unread files are kept, a mass removal is refused) are decided against the index before it.
   */
  private Removals.Plan plan(
      boolean rebuilt,
      Map<String, IndexedArticle> existing,
      Delta delta,
      Corpus corpus,
      SyncOptions options) {
    if (!rebuilt) {
      return Removals.plan(
          existing, delta.seen(), corpus, policy.maxDeleteShare(), options.allowMassDelete());
    }
    Removals.Plan p =
        Removals.planRebuild(
            existing, delta.seen(), corpus, policy.maxDeleteShare(), options.allowMassDelete());
    return options.keepGone() ? Removals.keepingGone(p) : p;
  }

  private static IndexReport report(
      Delta delta,
      Removals.Plan plan,
      Duplicates.Plan dups,
      Outcome done,
      Map<String, IndexedArticle> before,
      Map<String, IndexedArticle> existing,
      Corpus corpus,
      boolean rebuilt,
      long t0) {
    List<Article> served = dups.serve().subList(0, done.served());
    int changed = (int) served.stream().filter(a -> before.containsKey(a.id())).count();
    return new IndexReport(
        served.size() - changed,
        changed,
        delta.unchanged(),
        plan.remove().size(),
        done.passages(),
        rebuilt,
        secs(t0),
        plan.kept().size(),
        plan.refused().size(),
        done.stopped(),
        false,
        dups.serve().size() - done.served(),
        plan.warning(),
        done.copies(),
        Placements.of(corpus.articles(), dups, served, before, existing),
        done.dedupSeconds());
  }

  private static double secs(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  /** Whatever a failed run left uncommitted must not ride along with the next run's commit. */
  private void discardAfterFailure() {
    try {
      archive.writer().discardUncommitted();
    } catch (IOException | RuntimeException e) {
      log.warn("Could not discard the failed run's uncommitted changes in {}", archive.where(), e);
    }
  }

  private String committed(String key) {
    return committedMeta().getOrDefault(key, "");
  }

  /** The last commit's user data: the writer's, or what is served when read-only. */
  private Map<String, String> committedMeta() {
    return archive.writable() ? archive.writer().committedMeta() : archive.servedMeta();
  }

  /**
   * What the index was built with, when this configuration differs (a rebuild is due), else null.
   */
  private Map<String, String> builtOtherwise() {
    Map<String, String> current = new HashMap<>(committedMeta());
    current.remove(META_ANNOTATORS);
    return current.isEmpty() || current.equals(meta) ? null : current;
  }
}
