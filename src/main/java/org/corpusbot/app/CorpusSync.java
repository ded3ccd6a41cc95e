package org.corpusbot.app;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.corpusbot.config.Settings;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.Chunker;
import org.corpusbot.corpus.Corpus;
import org.corpusbot.corpus.CorpusLoader;
import org.corpusbot.corpus.CorpusRoot;
import org.corpusbot.corpus.JsonFields;
import org.corpusbot.corpus.LoadReport;
import org.corpusbot.corpus.SentenceSplitter;
import org.corpusbot.ingest.CorpusUpdates;
import org.corpusbot.ops.BotMetrics;
import org.corpusbot.retrieval.Archive;
import org.corpusbot.retrieval.ArticleAnnotator;
import org.corpusbot.retrieval.Embedder;
import org.corpusbot.retrieval.IndexProgress;
import org.corpusbot.retrieval.IndexReport;
import org.corpusbot.retrieval.IndexRuns;
import org.corpusbot.retrieval.Indexer;
import org.corpusbot.retrieval.SyncOptions;
import org.corpusbot.retrieval.SyncResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the corpus and brings the index in line with it, always on the process's one indexing
 * thread ({@link IndexRuns}): the start-up check, {@code index}, {@code /reindex} and the live
 * corpus's batches never run at once. The corpus is the corpus path and the inbox under the data
 * folder. A stop (closing, SIGTERM) ends a run at its next batch boundary.
 */
final class CorpusSync implements CorpusUpdates {
  private static final Logger log = LoggerFactory.getLogger(CorpusSync.class);
  static final String START_UP_CHECK = "the start-up check";
  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private final Settings settings;
  private final Archive index;
  private final Embedder embedder;
  private final BotMetrics metrics;
  private final Function<BooleanSupplier, ArticleAnnotator> contacts;
  private final IndexRuns runs = new IndexRuns();
  private final List<Runnable> afterRuns = new java.util.concurrent.CopyOnWriteArrayList<>();

  /**
   * @param contacts the contact annotator of a run, given the run's stop (the model's extractor
   *     stops asking the model once it is set)
   */
  CorpusSync(
      Settings settings,
      Archive index,
      Embedder embedder,
      BotMetrics metrics,
      Function<BooleanSupplier, ArticleAnnotator> contacts) {
    this.settings = settings;
    this.index = index;
    this.embedder = embedder;
    this.metrics = metrics;
    this.contacts = contacts;
  }

  /**
   * Calls {@code listener} on the indexing thread after every run, whether it ended well or not (a
   * run that fails may have committed batches before): what follows are matched against.
   */
  void afterEachRun(Runnable listener) {
    afterRuns.add(listener);
  }

  CorpusLoader loader() {
    return CorpusLoader.standard(
        JsonFields.defaults().withOverrides(settings.jsonlFields()), settings.corpusLimits());
  }

  /** Where the corpus is read from: the corpus path, then the inbox. */
  List<CorpusRoot> roots() {
    return List.of(CorpusRoot.corpus(settings.corpus()), CorpusRoot.inbox(settings.inbox()));
  }

  @Override
  public SyncResult files(Collection<Path> paths) {
    return runs.run(
        "changed files",
        stop -> {
          Indexer indexer = indexer(stop);
          if (indexer.fullSyncDue()) {
            log.info("Syncing the whole corpus: the index must be rebuilt or annotated again");
            return syncNow(indexer, botRun(), IndexProgress.NONE, stop, this::loadCorpus);
          }
          return syncNow(
              indexer, SyncOptions.UPDATE, IndexProgress.NONE, stop, () -> loadFiles(paths));
        });
  }

  @Override
  public SyncResult whole() {
    return runs.run(
        "the whole corpus",
        stop -> syncNow(indexer(stop), botRun(), IndexProgress.NONE, stop, this::loadCorpus));
  }

  @Override
  public boolean stopped() {
    return runs.stopped();
  }

  /**
   * A sync the bot starts itself (at start, {@code /reindex}, a full rescan): it removes articles
   * its corpus folder no longer gives only when {@code index.bot-removes} says so, since on a
   * shared SolrCloud collection the folder may hold only this machine's part.
   */
  private SyncOptions botRun() {
    boolean removes = settings.indexPolicy().botRemovals().removes(settings.solrBackend());
    return removes ? SyncOptions.UPDATE : SyncOptions.UPDATE.keepingGone();
  }

  /** Runs a sync on the indexing thread (after any run already going) and waits for it. */
  IndexReport sync(SyncOptions options, IndexProgress progress) {
    return runs.run("index", stop -> syncNow(options, progress, stop));
  }

  /**
   * Starts the start-up check on the indexing thread (after a batch of the live corpus, if one is
   * going); answers come from the existing index meanwhile. A failure is logged once, with its
   * cause, and the previous index keeps answering.
   */
  void startInBackground(IndexProgress progress) {
    runs.start(
        START_UP_CHECK,
        stop -> {
          try {
            return syncNow(botRun(), progress, stop);
          } catch (RuntimeException e) {
            log.error(
                "Updating the index from the corpus failed; answering from the previous index", e);
            return null;
          }
        });
  }

  /**
   * {@code /reindex}: brings the index in line with the corpus and says how it went, or, when a run
   * is already going, says so without starting another. Blocks the calling thread until done.
   */
  String reindex() {
    Optional<Future<IndexReport>> started =
        runs.startIfIdle("/reindex", stop -> syncNow(botRun(), IndexProgress.NONE, stop));
    if (started.isEmpty()) {
      return busyMessage(runs.running());
    }
    try {
      IndexReport report = started.get().get();
      return report.warning() == null
          ? report.summary()
          : report.summary() + "\n" + report.warning();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reindexing", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause());
    }
  }

  /** What {@code /reindex} is told while a run is going, or empty when none is. */
  Optional<String> busy() {
    var running = runs.running();
    return running.isEmpty() ? Optional.empty() : Optional.of(busyMessage(running));
  }

  private static String busyMessage(Optional<IndexRuns.Running> running) {
    String what =
        running.map(r -> " (" + r.why() + ", since " + CLOCK.format(r.since()) + ")").orElse("");
    return "An index update is already running"
        + what
        + "; I keep answering from the current index. Send /reindex again when it has finished.";
  }

  /** No more indexing: the run going ends at its next batch, none starts after. */
  void shutdown() {
    runs.shutdown();
  }

  boolean stop(Duration wait) {
    return runs.stop(wait);
  }

  /**
   * Loads the corpus and indexes it: one run for the metrics (a load can fail too). It stops when
   * {@code options} or the run's own {@code stop} say so.
   */
  private IndexReport syncNow(SyncOptions options, IndexProgress progress, BooleanSupplier stop) {
    BooleanSupplier either = () -> options.stop().getAsBoolean() || stop.getAsBoolean();
    return syncNow(indexer(either), options, progress, stop, this::loadCorpus).report();
  }

  private SyncResult syncNow(
      Indexer indexer,
      SyncOptions options,
      IndexProgress progress,
      BooleanSupplier stop,
      Supplier<Corpus> load) {
    BooleanSupplier either = () -> options.stop().getAsBoolean() || stop.getAsBoolean();
    AtomicReference<SyncResult> result = new AtomicReference<>();
    try {
      IndexReport report =
          metrics.indexing(
              progress,
              p -> {
                result.set(indexer.syncWithChanges(load.get(), options.withStop(either), p));
                return result.get().report();
              });
      log.info(report.summary());
      return result.get();
    } finally {
      afterRuns.forEach(Runnable::run);
    }
  }

  private Corpus loadCorpus() {
    List<Article> articles = new ArrayList<>();
    LoadReport load = loader().load(roots(), articles::add);
    log.info("{} ({})", load.summary(), settings.corpus());
    return new Corpus(settings.corpus().toAbsolutePath().normalize().toString(), articles, load);
  }

  private Corpus loadFiles(Collection<Path> paths) {
    List<Article> articles = new ArrayList<>();
    CorpusLoader.Scoped load = loader().loadFiles(roots(), paths, articles::add);
    log.info("{} (changed in {})", load.report().summary(), settings.corpus());
    return new Corpus(
        settings.corpus().toAbsolutePath().normalize().toString(),
        articles,
        load.report(),
        load.scope());
  }

  private Indexer indexer(BooleanSupplier stop) {
    return new Indexer(
        index,
        embedder,
        new Chunker(new SentenceSplitter(), settings.chunkChars()),
        settings.chunkChars(),
        // Made here, not at start: its tagging models are only needed to index.
        List.of(contacts.apply(stop)),
        settings.indexPolicy());
  }
}
