package org.corpusbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.corpusbot.retrieval.SyncResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When changed paths are indexed: settled, batched, at once for arrivals, echoes dropped. */
class PendingTest {
  private static final long MS = 1_000_000L;
  private static final long SETTLE = 500 * MS;

  @TempDir Path dir;

  @Test
  void aFileIsTakenOnceItHasNotChangedForTheSettleTime() throws Exception {
    Pending p = new Pending(SETTLE);
    Path f = Files.writeString(dir.resolve("a.txt"), "part one");
    p.changed(f, 0);
    assertThat(p.take(100 * MS).isEmpty()).isTrue();
    Files.writeString(f, "part one, part two"); // it grew: its settle time starts again
    assertThat(p.take(450 * MS).isEmpty()).isTrue();
    assertThat(p.take(700 * MS).isEmpty()).as("grew at 450 ms").isTrue();
    assertThat(p.take(1000 * MS).paths()).containsOnlyKeys(f);
    assertThat(p.size()).isZero();
  }

  @Test
  void aBurstIsOneBatchOnceTheFolderIsQuiet() throws Exception {
    Pending p = new Pending(SETTLE);
    for (int i = 0; i < 300; i++) {
      Path f = Files.writeString(dir.resolve("s" + i + ".txt"), "story " + i);
      p.changed(f, i * 2 * MS); // 300 files over 600 ms
    }
    assertThat(p.take(700 * MS).isEmpty()).as("events 100 ms ago").isTrue();
    assertThat(p.take(1200 * MS).paths()).hasSize(300);
  }

  @Test
  void aStreamOfChangesDoesNotStarveSettledFiles() throws Exception {
    Pending p = new Pending(SETTLE);
    Path first = Files.writeString(dir.resolve("first.txt"), "x");
    p.changed(first, 0);
    Pending.Batch b = null;
    for (long t = 100; t < 5_000 && (b == null || b.isEmpty()); t += 100) {
      p.changed(dir.resolve("other" + t + ".txt"), t * MS); // a new change every 100 ms
      b = p.take(t * MS);
    }
    assertThat(b.paths()).containsKey(first);
  }

  @Test
  void anArrivalGoesAtOnceAndItsEchoIsDropped() throws Exception {
    Pending p = new Pending(SETTLE);
    Path f = Files.writeString(dir.resolve("web.jsonl"), "{}");
    CompletableFuture<SyncResult> waiting = new CompletableFuture<>();
    p.arrived(f, waiting, 0);
    Pending.Batch b = p.take(1 * MS);
    assertThat(b.paths()).containsOnlyKeys(f);
    assertThat(b.waiting()).containsExactly(waiting);
    p.changed(f, 2 * MS); // the watcher sees the same write
    assertThat(p.take(2_000 * MS).isEmpty()).isTrue();
    Files.writeString(f, "{\"changed\": true}");
    p.changed(f, 3_000 * MS);
    assertThat(p.take(4_000 * MS).paths()).containsOnlyKeys(f);
  }

  @Test
  void lostChangesAskForTheWholeCorpus() {
    Pending p = new Pending(SETTLE);
    p.wholeCorpus();
    Pending.Batch b = p.take(0);
    assertThat(b.whole()).isTrue();
    assertThat(p.take(1).isEmpty()).isTrue();
  }
}
