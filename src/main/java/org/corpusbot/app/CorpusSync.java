package org.corpusbot.app;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.corpusbot.config.Settings;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.Chunker;
import org.corpusbot.corpus.Corpus;
import org.corpusbot.corpus.CorpusLoader;
import org.corpusbot.corpus.JsonFields;
import org.corpusbot.corpus.LoadReport;
import org.corpusbot.corpus.SentenceSplitter;
import org.corpusbot.ops.BotMetrics;
import org.corpusbot.retrieval.ArticleAnnotator;
import org.corpusbot.retrieval.CorpusIndex;
import org.corpusbot.retrieval.Embedder;
import org.corpusbot.retrieval.IndexProgress;
import org.corpusbot.retrieval.IndexReport;
import org.corpusbot.retrieval.IndexRuns;
import org.corpusbot.retrieval.Indexer;
import org.corpusbot.retrieval.SyncOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the corpus and brings the index in line with it, always on the process's one indexing
 * thread ({@link IndexRuns}): the start-up check, {@code index} and {@code /reindex} never run at
 * once. A stop (closing, SIGTERM) ends a run at its next batch boundary.
 */
final class CorpusSync {
  private static final Logger log = LoggerFactory.getLogger(CorpusSync.class);
  static final String START_UP_CHECK = "the start-up check";
  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private final Settings settings;
  private final CorpusIndex index;
  private final Embedder embedder;
  private final BotMetrics metrics;
  private final Function<BooleanSupplier, ArticleAnnotator> contacts;
  private final IndexRuns runs = new IndexRuns();

  /**
   * @param contacts the contact annotator of a run, given the run's stop (the model's extractor
   *     stops asking the model once it is set)
   */
  CorpusSync(
      Settings settings,
      CorpusIndex index,
      Embedder embedder,
      BotMetrics metrics,
      Function<BooleanSupplier, ArticleAnnotator> contacts) {
    this.settings = settings;
    this.index = index;
    this.embedder = embedder;
    this.metrics = metrics;
    this.contacts = contacts;
  }

  CorpusLoader loader() {
    return CorpusLoader.standard(
        JsonFields.defaults().withOverrides(settings.jsonlFields()), settings.corpusLimits());
  }

  /** Runs a sync on the indexing thread (after any run already going) and waits for it. */
  IndexReport sync(SyncOptions options, IndexProgress progress) {
    return runs.run("index", stop -> syncNow(options, progress, stop));
  }

  /**
   * Starts the start-up check on the indexing thread unless a run is going; answers come from the
   * existing index meanwhile. A failure is logged once, with its cause, and the previous index
   * keeps answering.
   */
  void startInBackground(IndexProgress progress) {
    runs.startIfIdle(
        START_UP_CHECK,
        stop -> {
          try {
            return syncNow(SyncOptions.UPDATE, progress, stop);
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
        runs.startIfIdle("/reindex", stop -> syncNow(SyncOptions.UPDATE, IndexProgress.NONE, stop));
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
    IndexReport report =
        metrics.indexing(
            progress,
            p -> {
              Corpus corpus = loadCorpus();
              return indexer(either).sync(corpus, options.withStop(either), p);
            });
    log.info(report.summary());
    return report;
  }

  private Corpus loadCorpus() {
    List<Article> articles = new ArrayList<>();
    LoadReport load = loader().load(settings.corpus(), articles::add);
    log.info("{} ({})", load.summary(), settings.corpus());
    return new Corpus(settings.corpus().toAbsolutePath().normalize().toString(), articles, load);
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
