package org.corpusbot.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.corpusbot.retrieval.SyncResult;

/**
 * The changed paths waiting to be indexed, and when they may be: a path is settled once its size
 * and modification time have not changed for the settle time (a file still being written is not
 * read half-way); an arrival written atomically into the inbox is settled at once. Settled paths go
 * as one batch when the folders have been quiet for the settle time, or an arrival waits, or the
 * oldest settled path has waited three settle times (a stream of changes never starves them), so
 * that a burst of thousands of files is a few runs, not one run per file. A path whose size and
 * time are those it had when last indexed (the watcher's echo of an arrival, a touch) is dropped.
 * Thread-safe.
 */
final class Pending {
  /** A path's state: whether it exists, its size and modification time. */
  record Stat(boolean exists, long size, long modified) {
    static Stat of(Path p) {
      try {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
        return new Stat(true, a.size(), a.lastModifiedTime().toMillis());
      } catch (IOException e) {
        return Files.exists(p, LinkOption.NOFOLLOW_LINKS)
            ? new Stat(true, -1, -1) // there but unreadable: the loader says why
            : new Stat(false, 0, 0);
      }
    }
  }

  /** What to index now: the whole corpus, or these paths; and who waits for which path. */
  record Batch(boolean whole, Map<Path, List<CompletableFuture<SyncResult>>> paths) {
    boolean isEmpty() {
      return !whole && paths.isEmpty();
    }

    List<CompletableFuture<SyncResult>> waiting() {
      return paths.values().stream().flatMap(List::stream).toList();
    }
  }

  private static final class Entry {
    Stat stat;
    long changedAt;
    long settledAt = -1;
    boolean atOnce;
    final List<CompletableFuture<SyncResult>> waiting = new ArrayList<>();
  }

  private final long settleNanos;
  private final Map<Path, Entry> entries = new LinkedHashMap<>();
  private final Map<Path, Stat> indexed = new HashMap<>();
  private long lastEvent = Long.MIN_VALUE / 2;
  private boolean whole;

  Pending(long settleNanos) {
    this.settleNanos = settleNanos;
  }

  /** The watcher saw {@code p} change at {@code now} (nanos). */
  synchronized void changed(Path p, long now) {
    lastEvent = now;
    Entry e = entries.computeIfAbsent(p, k -> new Entry());
    e.changedAt = now;
    e.settledAt = -1;
  }

  /** {@code p} arrived complete (written atomically): indexed with the next batch. */
  synchronized void arrived(Path p, CompletableFuture<SyncResult> waiting, long now) {
    Entry e = entries.computeIfAbsent(p, k -> new Entry());
    e.atOnce = true;
    e.changedAt = now;
    e.waiting.add(waiting);
  }

  /** Changes were lost (the watcher's queue overflowed, a root changed): sync the whole corpus. */
  synchronized void wholeCorpus() {
    whole = true;
  }

  synchronized int size() {
    return entries.size();
  }

  /** The batch due at {@code now}, taken out of the pending ones; empty when none is due. */
  synchronized Batch take(long now) {
    List<Path> settled = new ArrayList<>();
    boolean due = whole || now - lastEvent >= settleNanos;
    for (Map.Entry<Path, Entry> me : entries.entrySet()) {
      Entry e = me.getValue();
      Stat stat = Stat.of(me.getKey());
      if (!stat.equals(e.stat)) {
        // Seen changing since last looked at; the first look counts from the event. An arrival is
        // complete as it is.
        e.changedAt = e.stat == null || e.atOnce ? e.changedAt : now;
        e.stat = stat;
      }
      if (e.atOnce || now - e.changedAt >= settleNanos) {
        e.settledAt = e.settledAt < 0 ? now : e.settledAt;
        due |= e.atOnce || now - e.settledAt >= 3 * settleNanos;
        settled.add(me.getKey());
      }
    }
    if (!due) {
      return new Batch(false, Map.of());
    }
    Map<Path, List<CompletableFuture<SyncResult>>> out = new LinkedHashMap<>();
    for (Path p : settled) {
      Entry e = entries.remove(p);
      if (e.waiting.isEmpty() && !whole && e.stat.equals(indexed.get(p))) {
        continue; // as it was indexed
      }
      out.put(p, e.waiting);
      if (e.stat.exists()) {
        indexed.put(p, e.stat);
      } else {
        indexed.remove(p);
      }
    }
    Batch batch = new Batch(whole, out);
    whole = false;
    return batch;
  }

  /** Forgets what was indexed of {@code paths} (their run failed: the next change retries). */
  synchronized void failed(Iterable<Path> paths) {
    paths.forEach(indexed::remove);
  }

  /** Every path still waiting, and whoever waits for it; none is left. */
  synchronized List<CompletableFuture<SyncResult>> drain() {
    List<CompletableFuture<SyncResult>> out = new ArrayList<>();
    for (Iterator<Entry> it = entries.values().iterator(); it.hasNext(); ) {
      out.addAll(it.next().waiting);
      it.remove();
    }
    return out;
  }
}
