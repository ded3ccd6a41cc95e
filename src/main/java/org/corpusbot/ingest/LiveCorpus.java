package org.corpusbot.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.corpusbot.corpus.Article;
import org.corpusbot.retrieval.SyncResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live corpus: the {@link Ingest} behind every way in, and the watch of the corpus folder and
 * the inbox. Arrivals are written to the inbox; changed files settle ({@link Pending}); every batch
 * is one run on the indexing thread that reads only the changed files ({@link CorpusUpdates}), on
 * this object's own thread ({@code corpus-batches}), one at a time, so changes arriving during a
 * run are the next batch. Owns the watch and its thread; {@link #close} stops both, and what still
 * waits is told that the bot is shutting down (its file stays in the inbox for the next start).
 */
public final class LiveCorpus implements Ingest, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(LiveCorpus.class);

  private final Inbox inbox;
  private final CorpusUpdates updates;
  private final Pending pending;
  private final List<Path> roots;
  private final Path dataDir;
  private final ScheduledExecutorService batches =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "corpus-batches");
            t.setDaemon(true);
            return t;
          });
  private final AtomicLong runs = new AtomicLong();
  private final AtomicLong wholeRuns = new AtomicLong();
  private final AtomicLong paths = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();
  private volatile FolderWatch watch;
  private volatile boolean closed;

  private LiveCorpus(
      Inbox inbox, CorpusUpdates updates, WatchSettings settings, List<Path> roots, Path dataDir) {
    this.inbox = inbox;
    this.dataDir = dataDir;
    this.updates = updates;
    this.pending = new Pending(settings.settle().toNanos());
    this.roots = roots;
  }

  /**
   * Creates the inbox folder and starts the batches, and the watch when {@code settings} enable it:
   * the corpus folder (a one-file corpus is not watched) and the inbox, recursively. Changes in
   * {@code dataDir} other than the inbox's (the index's own files, when the data folder lies in the
   * corpus folder) are not the corpus's. A watch that cannot start is logged, and the bot goes on
   * without it.
   */
  public static LiveCorpus start(
      Inbox inbox, Path corpus, Path dataDir, CorpusUpdates updates, WatchSettings settings) {
    try {
      Files.createDirectories(inbox.folder());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the inbox " + inbox.folder(), e);
    }
    List<Path> roots = folders(corpus.toAbsolutePath().normalize(), inbox.folder());
    LiveCorpus live =
        new LiveCorpus(inbox, updates, settings, roots, dataDir.toAbsolutePath().normalize());
    boolean success = false;
    try {
      if (settings.enabled()) {
        live.watch(roots);
      }
      long tick = Math.max(20, settings.settle().toMillis() / 5);
      live.batches.scheduleWithFixedDelay(live::tick, tick, tick, TimeUnit.MILLISECONDS);
      success = true;
      return live;
    } finally {
      if (!success) {
        live.close();
      }
    }
  }

  private void watch(List<Path> folders) {
    try {
      watch = FolderWatch.start(folders, this::changed, pending::wholeCorpus);
      log.info("Watching {} for new, changed and removed articles", folders);
    } catch (UncheckedIOException e) {
      log.error(
          "Cannot watch {}: new files are indexed by /reindex or at the next start (Linux: raise"
              + " fs.inotify.max_user_watches for a corpus of many folders)",
          folders,
          e);
    }
  }

  /** The folders to watch: the corpus folder and the inbox, one of them if one holds the other. */
  private static List<Path> folders(Path corpus, Path inbox) {
    List<Path> out = new ArrayList<>();
    if (Files.isDirectory(corpus)) {
      out.add(corpus);
    } else {
      log.info("The corpus {} is one file, not a folder: it is not watched", corpus);
    }
    if (out.stream().noneMatch(inbox::startsWith)) {
      out.add(inbox);
    }
    return List.copyOf(out);
  }

  @Override
  public CompletableFuture<Ingested> add(Article article, String via) {
    try {
      return submit(inbox.write(article), via);
    } catch (IOException e) {
      return CompletableFuture.failedFuture(
          new UncheckedIOException("could not write to the inbox " + inbox.folder(), e));
    }
  }

  @Override
  public CompletableFuture<Ingested> addFile(String fileName, Path file, String via) {
    try {
      return submit(inbox.move(fileName, file), via);
    } catch (IOException e) {
      return CompletableFuture.failedFuture(
          new UncheckedIOException("could not move " + fileName + " into the inbox", e));
    }
  }

  private CompletableFuture<Ingested> submit(Path file, String via) {
    if (closed) {
      return CompletableFuture.failedFuture(shuttingDown());
    }
    CompletableFuture<SyncResult> indexed = new CompletableFuture<>();
    pending.arrived(file, indexed, System.nanoTime());
    String name = inbox.name(file);
    return indexed.thenApply(r -> Arrivals.ingested(r, name, via));
  }

  /** A watched path changed; a watched folder itself changing (removed, remounted) loses track. */
  private void changed(Path path) {
    if (path.startsWith(dataDir) && !path.startsWith(inbox.folder())) {
      return; // the index's own files
    }
    if (roots.contains(path)) {
      pending.wholeCorpus();
    } else {
      pending.changed(path, System.nanoTime());
    }
  }

  private void tick() {
    if (closed || updates.stopped()) {
      return; // what waits is told so when closing
    }
    Pending.Batch batch = pending.take(System.nanoTime());
    if (batch.isEmpty()) {
      return;
    }
    runs.incrementAndGet();
    try {
      SyncResult r;
      if (batch.whole()) {
        wholeRuns.incrementAndGet();
        r = updates.whole();
      } else {
        r = updates.files(batch.paths().keySet());
      }
      paths.addAndGet(batch.paths().size());
      batch.waiting().forEach(f -> f.complete(r));
    } catch (RuntimeException e) {
      pending.failed(batch.paths().keySet());
      if (closed || updates.stopped()) {
        log.info("Indexing of {} changed paths stopped: shutting down", batch.paths().size());
      } else {
        failures.incrementAndGet();
        log.error(
            "Indexing {} failed; they are indexed when they change again, by /reindex or at the"
                + " next start",
            describe(batch),
            e);
      }
      batch.waiting().forEach(f -> f.completeExceptionally(e));
    }
  }

  private static String describe(Pending.Batch batch) {
    if (batch.whole()) {
      return "the whole corpus";
    }
    Path first = batch.paths().keySet().stream().min(Comparator.naturalOrder()).orElseThrow();
    int n = batch.paths().size();
    return n == 1 ? first.toString() : n + " changed paths (" + first + ", …)";
  }

  /** What it has done so far. */
  public WatchStats stats() {
    return new WatchStats(runs.get(), wholeRuns.get(), paths.get(), failures.get(), pending.size());
  }

  /** True when the folders are watched. */
  public boolean watching() {
    return watch != null;
  }

  private static IllegalStateException shuttingDown() {
    return new IllegalStateException(
        "corpusbot is shutting down; what arrived is in the inbox and is indexed at the next start");
  }

  /**
   * Stops watching and batching: a run going is asked to stop at its next batch (interrupting its
   * wait), and everything still waiting is told that the bot is shutting down.
   */
  @Override
  public void close() {
    closed = true;
    FolderWatch w = watch;
    if (w != null) {
      w.close();
    }
    batches.shutdownNow();
    try {
      if (!batches.awaitTermination(1, TimeUnit.MINUTES)) {
        log.warn("The live corpus's batch did not end within a minute");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    pending.drain().forEach(f -> f.completeExceptionally(shuttingDown()));
  }
}
