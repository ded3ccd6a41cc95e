package org.corpusbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.corpusbot.answer.Answer;
import org.corpusbot.answer.Citation;
import org.corpusbot.answer.Question;
import org.corpusbot.config.Settings;
import org.corpusbot.config.SettingsLoader;
import org.corpusbot.corpus.Article;
import org.corpusbot.ingest.Ingested;
import org.corpusbot.ingest.LiveCorpus;
import org.corpusbot.retrieval.IndexProgress;
import org.corpusbot.retrieval.IndexSchema;
import org.corpusbot.testing.SyntheticCorpus;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live corpus end to end, on the real bot (real index, real embedding model, real files): the
 * corpus folder is watched (added, changed, deleted files, a new subfolder, a file written slowly,
 * a burst), a file that cannot be read keeps its articles, and an arrival through the inbox is
 * answerable once its future completes.
 */
class LiveCorpusIT {
  private static final Duration WAIT = Duration.ofMinutes(3);
  private static final int FIXTURES = 6;

  @TempDir Path dir;
  private Path corpus;
  private Corpusbot bot;
  private LiveCorpus live;

  @BeforeEach
  void start() {
    corpus = TestCorpus.copyTo(dir.resolve("corpus"));
    startBot(dir.resolve("data"));
  }

  private void startBot(Path data) {
    startBotUnsynced(data, "600");
    bot.sync(false, IndexProgress.NONE);
    assertThat(articles()).isEqualTo(FIXTURES);
  }

  private void startBotUnsynced(Path data, String chunkChars) {
    Settings settings =
        SettingsLoader.load(
            null,
            Map.of(),
            Map.of(
                "corpus.path",
                corpus.toString(),
                "data.dir",
                data.toString(),
                "index.chunk-chars",
                chunkChars,
                "watch.settle-ms",
                "500"));
    bot = Corpusbot.writable(settings);
    live = bot.startLive();
  }

  @AfterEach
  void stop() {
    bot.close();
  }

  private int articles() {
    return bot.catalog().overview().articles();
  }

  private static String story(int i) {
    return "title "
        + SyntheticCorpus.title(i)
        + "\ndate "
        + SyntheticCorpus.date(i)
        + "\n\n"
        + SyntheticCorpus.text(i)
        + "\n";
  }

  private static void await(String what, BooleanSupplier done) throws InterruptedException {
    long end = System.nanoTime() + WAIT.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("not within " + WAIT + ": " + what);
      }
      Thread.sleep(50);
    }
  }

  /** Waits until the watch has nothing waiting and a run after {@code runsBefore} is done. */
  private void awaitQuiet(long runsBefore) throws InterruptedException {
    await(
        "a run after the change",
        () ->
            live.stats().runs() > runsBefore
                && live.stats().waiting() == 0
                && bot.indexingBusy().isEmpty());
  }

  private Answer ask(int i) {
    return bot.composer()
        .answer(Question.of(SyntheticCorpus.question(i), SyntheticCorpus.date(i).plusDays(3)));
  }

  private static List<String> cited(Answer a) {
    return a.citations().stream().map(Citation::articleId).toList();
  }

  @Test
  void theIndexOfADataFolderInsideTheCorpusIsNotWatchedAsArticles() throws Exception {
    bot.close();
    startBot(corpus.resolve("data")); // every commit writes files under the corpus folder
    Files.writeString(corpus.resolve("story-2.txt"), story(2));
    await("story-2 indexed", () -> bot.catalog().get("story-2").isPresent());
    long runs = live.stats().runs();
    Thread.sleep(3_000); // six settle times: each commit would have been a run of its own
    assertThat(live.stats().runs()).as("runs after the last change").isEqualTo(runs);
    assertThat(live.add(articleOf(11), "a test").get(2, TimeUnit.MINUTES).items()).hasSize(1);
    assertThat(articles()).isEqualTo(FIXTURES + 2);
  }

  private static Article articleOf(int i) {
    return new Article(
        "web-" + i,
        SyntheticCorpus.title(i),
        SyntheticCorpus.date(i),
        null,
        null,
        List.of(),
        SyntheticCorpus.text(i),
        null);
  }

  @Test
  void aChangeWhenARebuildIsDueSyncsTheWholeCorpusInstead() throws Exception {
    bot.close();
    startBotUnsynced(dir.resolve("data"), "800"); // another chunking: the index must be rebuilt
    Files.writeString(corpus.resolve("story-12.txt"), story(12));
    await("story-12 indexed", () -> bot.catalog().get("story-12").isPresent());
    assertThat(live.stats().failures()).isZero();
    assertThat(live.stats().wholeRuns()).isZero(); // a batch of changed files, synced whole
    assertThat(articles()).isEqualTo(FIXTURES + 1);
    assertThat(bot.index().commitData()).containsEntry(IndexSchema.META_CHUNK, "800");
  }

  @Test
  void aFileAddedToTheCorpusFolderIsAnsweredWithoutARestart() throws Exception {
    assertThat(cited(ask(3))).doesNotContain("story-3");
    Files.writeString(corpus.resolve("story-3.txt"), story(3));
    await("story-3 indexed", () -> bot.catalog().get("story-3").isPresent());
    Answer a = ask(3);
    assertThat(cited(a)).contains("story-3");
    assertThat(a.text()).contains(String.valueOf(SyntheticCorpus.cost(3)));
  }

  @Test
  void aChangedFileIsIndexedAgainAndADeletedOneLosesItsArticles() throws Exception {
    Path file = Files.writeString(corpus.resolve("story.txt"), story(4));
    await("story indexed", () -> bot.catalog().get("story").isPresent());
    Files.writeString(file, story(5));
    await(
        "story changed",
        () ->
            bot.catalog()
                .get("story")
                .map(a -> a.text().contains(SyntheticCorpus.town(5)))
                .orElse(false));
    assertThat(cited(ask(5))).contains("story");
    Files.delete(file);
    await("story removed", () -> bot.catalog().get("story").isEmpty());
    assertThat(articles()).isEqualTo(FIXTURES);
  }

  @Test
  void aFileWrittenSlowlyIsNotReadHalfWay() throws Exception {
    Path file = corpus.resolve("slow.txt");
    String whole = story(6) + "\n" + "The last paragraph arrived at the very end of the copy.\n";
    byte[] bytes = whole.getBytes(StandardCharsets.UTF_8);
    int parts = 20;
    try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
      for (int p = 0; p < parts; p++) {
        int from = bytes.length * p / parts;
        out.write(Arrays.copyOfRange(bytes, from, bytes.length * (p + 1) / parts));
        out.flush();
        Thread.sleep(120); // well inside the 500 ms settle time
        assertThat(bot.catalog().get("slow")).as("read while being written").isEmpty();
      }
    }
    await("slow indexed", () -> bot.catalog().get("slow").isPresent());
    Article a = bot.catalog().get("slow").orElseThrow();
    assertThat(a.text()).endsWith("The last paragraph arrived at the very end of the copy.");
  }

  @Test
  void aNewSubfolderIsWatchedWithWhatItHolds() throws Exception {
    Path deeper = Files.createDirectories(corpus.resolve("new/deeper"));
    Files.writeString(deeper.resolve("first.txt"), story(7));
    await("first indexed", () -> bot.catalog().get("new/deeper/first").isPresent());
    Files.writeString(deeper.resolve("second.txt"), story(8));
    await("second indexed", () -> bot.catalog().get("new/deeper/second").isPresent());
    assertThat(cited(ask(8))).contains("new/deeper/second");
  }

  @Test
  void twoThousandFilesAtOnceAreIndexedInAFewRuns() throws Exception {
    long before = live.stats().runs();
    SyntheticCorpus.writeText(corpus.resolve("burst"), 2000);
    await("2,000 indexed", () -> articles() == FIXTURES + 2000);
    awaitQuiet(before);
    long runs = live.stats().runs() - before;
    assertThat(runs).as("runs for 2,000 files").isBetween(1L, 5L);
    assertThat(cited(ask(1234))).contains("burst/story-1234");
  }

  @Test
  void aFileThatCannotBeReadKeepsItsArticles() throws Exception {
    Path wire = SyntheticCorpus.writeJsonlGz(dir.resolve("feed.jsonl.gz"), 0, 40);
    Files.move(wire, corpus.resolve("feed.jsonl.gz")); // lands whole
    await("40 indexed", () -> articles() == FIXTURES + 40);
    byte[] gz = Files.readAllBytes(corpus.resolve("feed.jsonl.gz"));
    long before = live.stats().runs();
    Files.write(corpus.resolve("feed.jsonl.gz"), Arrays.copyOf(gz, gz.length / 2)); // cut short
    awaitQuiet(before);
    assertThat(articles()).isEqualTo(FIXTURES + 40);
    assertThat(bot.catalog().get("wire-39")).isPresent();
  }

  @Test
  void removingMostOfTheCorpusAtOnceIsRefused() throws Exception {
    SyntheticCorpus.writeText(corpus.resolve("batch"), 12);
    await("12 indexed", () -> articles() == FIXTURES + 12);
    long before = live.stats().runs();
    try (var files = Files.list(corpus.resolve("batch"))) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    awaitQuiet(before);
    assertThat(articles()).as("12 of 18 removed at once: refused").isEqualTo(FIXTURES + 12);
  }

  @Test
  void anArticleAddedThroughTheInboxIsAnswerableWhenItsFutureCompletes() throws Exception {
    Article a =
        new Article(
            "web-harbour",
            SyntheticCorpus.title(9),
            SyntheticCorpus.date(9),
            "The Daily Test",
            "https://news.example/harbour",
            List.of("Ann Writer"),
            SyntheticCorpus.text(9),
            null);
    Ingested first = live.add(a, "a test").get(2, TimeUnit.MINUTES);
    assertThat(first.items())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.id()).isEqualTo("web-harbour");
              assertThat(i.outcome()).isEqualTo(Ingested.Outcome.ADDED);
            });
    Answer answer = ask(9); // at once: committed and visible
    assertThat(cited(answer)).contains("web-harbour");
    assertThat(answer.citations())
        .filteredOn(c -> c.articleId().equals("web-harbour"))
        .allSatisfy(c -> assertThat(c.url()).isEqualTo("https://news.example/harbour"));
    assertThat(live.add(a, "a test").get(2, TimeUnit.MINUTES).items().get(0).outcome())
        .isEqualTo(Ingested.Outcome.UNCHANGED);
    Article corrected =
        new Article(
            a.id(),
            a.title(),
            a.date(),
            a.source(),
            a.url(),
            a.authors(),
            a.text() + "\n\nA correction was added later.",
            null);
    assertThat(live.add(corrected, "a test").get(2, TimeUnit.MINUTES).items().get(0).outcome())
        .isEqualTo(Ingested.Outcome.UPDATED);
    try (var inbox = Files.walk(dir.resolve("data/inbox"))) {
      assertThat(inbox.filter(Files::isRegularFile).toList()).hasSize(1);
    }
    bot.sync(true, IndexProgress.NONE); // a rebuild reads the inbox too
    assertThat(bot.catalog().get("web-harbour").orElseThrow().text())
        .contains("A correction was added later.");
  }

  @Test
  void theSameStoryArrivingAgainUnderAnotherIdIsADuplicateOfTheFirst() throws Exception {
    Article a =
        new Article(
            "web-first",
            SyntheticCorpus.title(11),
            SyntheticCorpus.date(11),
            "The Daily Test",
            "https://news.example/first",
            List.of(),
            SyntheticCorpus.text(11),
            null);
    assertThat(live.add(a, "feed one").get(2, TimeUnit.MINUTES).items().get(0).outcome())
        .isEqualTo(Ingested.Outcome.ADDED);
    Article syndicated =
        new Article(
            "web-second",
            "Another outlet's headline",
            a.date(),
            "Other Outlet",
            "https://other.example/story",
            List.of(),
            a.text(),
            null);
    assertThat(live.add(syndicated, "feed two").get(2, TimeUnit.MINUTES).items())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.outcome()).isEqualTo(Ingested.Outcome.DUPLICATE);
              assertThat(i.sameAs()).isEqualTo("web-first");
            });
    assertThat(bot.catalog().get("web-second")).isEmpty(); // stored once, served once
    assertThat(cited(ask(11))).contains("web-first").doesNotContain("web-second");
  }

  @Test
  void aFileSentIsMovedIntoTheInboxAndIndexed() throws Exception {
    Path sent = Files.writeString(dir.resolve("upload.tmp"), story(10));
    Ingested got =
        live.addFile("../../Council report.txt", sent, "admin 42").get(2, TimeUnit.MINUTES);
    assertThat(got.items())
        .extracting(Ingested.Item::id)
        .containsExactly("inbox/files/Council_report");
    assertThat(got.problems()).isEmpty();
    assertThat(sent).doesNotExist();
    assertThat(cited(ask(10))).contains("inbox/files/Council_report");
    Path bad = Files.writeString(dir.resolve("bad.tmp"), "not an article");
    Ingested refused = live.addFile("notes.pdf", bad, "admin 42").get(2, TimeUnit.MINUTES);
    assertThat(refused.items()).isEmpty();
    assertThat(refused.problems()).singleElement().asString().startsWith("inbox/files/notes.pdf");
  }
}
