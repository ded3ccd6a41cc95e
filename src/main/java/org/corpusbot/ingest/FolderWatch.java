package org.corpusbot.ingest;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches folders recursively, new subfolders included (directory-watcher registers them as they
 * appear), on its own thread ({@code corpus-watch}): every path created, changed or deleted goes to
 * {@code changed}; lost events (the kernel's queue overflowed) go to {@code lost}. Files are not
 * hashed: what changed is decided by size and time when the change is indexed ({@link Pending}).
 */
final class FolderWatch implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(FolderWatch.class);

  private final DirectoryWatcher watcher;
  private final ExecutorService thread;

  private FolderWatch(DirectoryWatcher watcher, ExecutorService thread) {
    this.watcher = watcher;
    this.thread = thread;
  }

  /**
   * Starts watching {@code folders} (each must exist).
   *
   * @throws UncheckedIOException when a folder cannot be watched (inotify's watch limit reached:
   *     {@code fs.inotify.max_user_watches})
   */
  static FolderWatch start(List<Path> folders, Consumer<Path> changed, Runnable lost) {
    ExecutorService thread =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "corpus-watch");
              t.setDaemon(true);
              return t;
            });
    boolean success = false;
    try {
      DirectoryWatcher watcher =
          DirectoryWatcher.builder()
              .paths(folders)
              .fileHashing(false)
              .logger(LoggerFactory.getLogger(DirectoryWatcher.class))
              .listener(
                  (DirectoryChangeEvent e) -> {
                    if (e.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) {
                      log.warn(
                          "Changes in {} were lost (too many at once); syncing them all", folders);
                      lost.run();
                    } else if (e.path() != null) {
                      changed.accept(e.path().toAbsolutePath().normalize());
                    }
                  })
              .build();
      watcher
          .watchAsync(thread)
          .whenComplete(
              (ok, failure) -> {
                if (failure != null && !watcher.isClosed()) {
                  log.error(
                      "Watching {} stopped; new files are indexed by /reindex or the next start",
                      folders,
                      failure);
                }
              });
      success = true;
      return new FolderWatch(watcher, thread);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot watch " + folders + ": " + e.getMessage(), e);
    } finally {
      if (!success) {
        thread.shutdownNow();
      }
    }
  }

  @Override
  public void close() {
    try {
      watcher.close();
    } catch (IOException e) {
      log.warn("Closing the folder watch failed", e);
    } finally {
      thread.shutdown();
      try {
        thread.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
