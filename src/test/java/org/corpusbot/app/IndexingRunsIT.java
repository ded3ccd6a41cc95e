package org.corpusbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.corpusbot.config.Settings;
import org.corpusbot.config.SettingsLoader;
import org.corpusbot.meetings.MeetingQuery;
import org.corpusbot.retrieval.IndexProgress;
import org.corpusbot.retrieval.IndexReport;
import org.corpusbot.testing.ConsoleCapture;
import org.corpusbot.testing.SyntheticCorpus;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One indexing run at a time per process: the start-up check, a second sync and /reindex are
 * serialised or told that one is running; a failed background check is logged once with its cause.
 */
class IndexingRunsIT {
  private static final int NEW = 40;

  @TempDir Path dir;
  private Path corpus;
  private final ConsoleCapture console = new ConsoleCapture();

  @BeforeEach
  void start() {
    corpus = TestCorpus.copyTo(dir.resolve("corpus"));
    console.start();
  }

  @AfterEach
  void restore() {
    console.stop();
  }

  private Settings settings(Path corpusPath) {
    return SettingsLoader.load(
        null,
        Map.of(),
        Map.of("corpus.path", corpusPath.toString(), "data.dir", dir.resolve("data").toString()));
  }

  /** An index of the fixtures, then {@link #NEW} more articles in the corpus to index. */
  private Corpusbot indexedThenGrown() {
    Corpusbot bot = Corpusbot.writable(settings(corpus));
    bot.sync(false, IndexProgress.NONE);
    SyntheticCorpus.writeText(corpus.resolve("more"), NEW);
    return bot;
  }

  /** Progress that holds its run at its first batch until released. */
  private static final class Held implements IndexProgress {
    final CountDownLatch reached = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public void update(int done, int total) {
      reached.countDown();
      awaitQuietly(release);
    }

    @Override
    public void finish() {}

    void awaitReached() throws InterruptedException {
      assertThat(reached.await(2, TimeUnit.MINUTES)).isTrue();
    }
  }

  @Test
  void aSyncAskedWhileTheStartUpCheckRunsWaitsForIt() throws Exception {
    try (Corpusbot bot = indexedThenGrown()) {
      Held check = new Held();
      bot.startSync(IndexProgress.NONE, check);
      check.awaitReached(); // the check is running, and stays so until released
      AtomicReference<IndexReport> second = new AtomicReference<>();
      Thread asking = new Thread(() -> second.set(bot.sync(false, IndexProgress.NONE)), "asking");
      asking.start();
      while (asking.getState() != Thread.State.WAITING) {
        Thread.onSpinWait(); // asked, and waiting for its turn
      }
      assertThat(bot.indexingBusy()).hasValueSatisfying(m -> assertThat(m).contains("start-up"));
      check.release.countDown();
      asking.join();
      assertThat(second.get().added()).isZero();
      assertThat(second.get().unchanged()).isEqualTo(6 + NEW);
      assertThat(bot.catalog().overview().articles()).isEqualTo(6 + NEW);
      assertThat(
              bot.contacts()
                  .find(new MeetingQuery(SyntheticCorpus.person(7), null, null, null, null, null)))
          .hasSize(1);
    }
  }

  @Test
  void reindexIsToldThatARunIsGoingAndTheIndexIsWrittenOnce() throws Exception {
    try (Corpusbot bot = indexedThenGrown()) {
      Held check = new Held();
      bot.startSync(IndexProgress.NONE, check);
      check.awaitReached();
      assertThat(bot.reindex())
          .startsWith("An index update is already running (the start-up check, since ")
          .contains("/reindex again when it has finished");
      check.release.countDown();
      while (bot.indexingBusy().isPresent()) {
        Thread.sleep(10); // the check ends before the bot closes (closing would stop it)
      }
    }
    try (Corpusbot bot = Corpusbot.writable(settings(corpus))) {
      assertThat(bot.reindex()).contains("0 new").contains((6 + NEW) + " unchanged");
    }
  }

  @Test
  void aFailedBackgroundCheckIsLoggedOnceWithItsCauseAndTheChatKeepsAnswering() {
    assertThat(
            Main.run(
                "--corpus", corpus.toString(), "--data", dir.resolve("data").toString(), "index"))
        .isZero();
    System.setIn(
        new ByteArrayInputStream(
            "Where did Putin and Biden meet?\n".getBytes(StandardCharsets.UTF_8)));
    console.resetErr();
    Path gone = dir.resolve("unmounted-corpus");
    assertThat(
            Main.run("--corpus", gone.toString(), "--data", dir.resolve("data").toString(), "chat"))
        .isZero();
    assertThat(console.stdout()).contains("Geneva");
    String log = console.stderr();
    assertThat(log).containsOnlyOnce("corpus not found");
    assertThat(log).contains("CorpusException").contains("\tat org.corpusbot.");
  }

  @Test
  void aRunWhoseCallerGaveUpStopsAndTheNextRunIsNotStopped() throws Exception {
    SyntheticCorpus.writeText(corpus.resolve("more"), 100); // several batches
    try (Corpusbot bot = Corpusbot.writable(settings(corpus))) {
      CountDownLatch firstBatch = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      IndexProgress held =
          new IndexProgress() {
            @Override
            public void update(int done, int total) {
              firstBatch.countDown();
              awaitQuietly(release);
            }

            @Override
            public void finish() {}
          };
      Thread caller = new Thread(() -> bot.sync(false, held), "gives-up");
      caller.start();
      assertThat(firstBatch.await(2, TimeUnit.MINUTES)).isTrue();
      caller.interrupt(); // its caller gives up: the run ends at its next batch
      caller.join();
      release.countDown();
      IndexReport next = bot.sync(false, IndexProgress.NONE);
      assertThat(next.added()).isPositive(); // what the stopped run left
      assertThat(next.stopped()).isFalse();
      assertThat(next.left()).isZero();
      assertThat(bot.catalog().overview().articles()).isEqualTo(106);
    }
  }

  @Test
  void afterAShutdownNoRunStarts() {
    try (Corpusbot bot = Corpusbot.writable(settings(corpus))) {
      bot.requestIndexingStop(); // SIGTERM while idle
      assertThatThrownBy(() -> bot.sync(false, IndexProgress.NONE))
          .hasMessageContaining("indexing has stopped");
      assertThat(bot.catalog().overview().articles()).isZero();
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(2, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
