package org.corpusbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.corpusbot.answer.Answer;
import org.corpusbot.answer.UnreachableParts;
import org.corpusbot.corpus.ArticleInfo;
import org.corpusbot.meetings.ContactStore;
import org.corpusbot.meetings.MeetingQuery;
import org.corpusbot.retrieval.IndexProgress;
import org.corpusbot.retrieval.PassageHit;
import org.corpusbot.retrieval.SearchMode;
import org.corpusbot.retrieval.SearchRequest;
import org.corpusbot.solr.LocalSolrCluster;
import org.corpusbot.telegram.Arrivals;
import org.corpusbot.telegram.RetryPolicy;
import org.corpusbot.telegram.TelegramBot;
import org.corpusbot.telegram.TelegramSettings;
import org.corpusbot.telegram.sim.BotApiSimulator;
import org.corpusbot.telegram.sim.BotApiSimulator.Sent;
import org.corpusbot.testing.ConsoleCapture;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Filling a SolrCloud collection (two Jetty nodes and ZooKeeper in this JVM): two {@code index
 * --partition} runs at once index every article once; a changed article re-indexed leaves no stale
 * passage and a deleted one goes with its contacts; with every replica of one shard down a question
 * is answered from the rest, with the note.
 */
class SolrIndexingE2EIT {
  /** An article of its own with a contact, changed and then deleted by the tests. */
  static final String STORY_ID = "e2e-story";

  static final String STORY =
      "date 2021-10-20\n\n"
          + "At a summit in Reykjavik on October 12, Angela Merkel and Jacinda Ardern agreed to"
          + " share research on glacier melt.\n\n"
          + "The talks covered the quarrelsome zanzibarite mining quotas as well.\n";

  @TempDir static Path dir;
  static LocalSolrCluster cluster;
  static Path corpus;

  @BeforeAll
  static void start() throws Exception {
    corpus = dir.resolve("corpus");
    SolrE2E.corpus(corpus, 10, 30);
    cluster = LocalSolrCluster.start(2, dir.resolve("solr"));
  }

  @AfterAll
  static void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }

  private static Path config(String collection, int replicas, Path corpus) throws Exception {
    Path file = dir.resolve(collection + ".properties");
    SolrE2E.solrConfig(
        file, corpus, dir.resolve("data-" + collection), cluster, collection, replicas);
    assertThat(Main.run("--config", file.toString(), "solr", "init")).isZero();
    return file;
  }

  private static List<String> ids(Corpusbot bot) {
    return bot.catalog().newest(0, Integer.MAX_VALUE).articles().stream()
        .map(ArticleInfo::id)
        .toList();
  }

  @Test
  void twoPartitionsIndexedAtOnceHoldEveryArticleOnce() throws Exception {
    Path solrConfig = config("parts", 2, corpus);
    ExecutorService indexers =
        Executors.newFixedThreadPool(2, r -> new Thread(r, "e2e-partition-indexer"));
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (String part : List.of("1/2", "2/2")) {
        runs.add(
            indexers.submit(
                () -> Main.run("--config", solrConfig.toString(), "index", "--partition", part)));
      }
      for (Future<Integer> run : runs) {
        assertThat(run.get(10, TimeUnit.MINUTES)).isZero();
      }
    } finally {
      indexers.shutdownNow();
    }
    try (Corpusbot local = Corpusbot.writable(SolrE2E.settings(localConfig()));
        Corpusbot solr = Corpusbot.forQuestions(SolrE2E.settings(solrConfig), IndexProgress.NONE)) {
      local.sync(false, IndexProgress.NONE);
      List<String> served = ids(solr);
      assertThat(served).containsExactlyInAnyOrderElementsOf(ids(local));
      assertThat(solr.catalog().overview()).isEqualTo(local.catalog().overview());
      assertThat(served).hasSizeGreaterThan(40);
    }
  }

  private static Path localConfig() throws Exception {
    return SolrE2E.localConfig(dir, corpus, dir.resolve("local"));
  }

  /** The articles whose passages hold {@code words} (BM25 alone: vectors always find some). */
  private static List<String> articlesFor(Corpusbot bot, String words) {
    return bot
        .searcher()
        .search(new SearchRequest(words, SolrE2E.AS_OF, 20, SearchMode.BM25))
        .hits()
        .stream()
        .map(PassageHit::article)
        .map(ArticleInfo::id)
        .toList();
  }

  private static List<String> passagesOfStory(Corpusbot bot, String words) {
    return bot.searcher().search(SearchRequest.of(words, SolrE2E.AS_OF, 50)).hits().stream()
        .filter(h -> h.article().id().equals(STORY_ID))
        .map(h -> h.passage().text())
        .toList();
  }

  private static List<ContactStore.Found> merkelArdern(Corpusbot bot) {
    return bot.contacts().find(MeetingQuery.parse("Merkel Ardern")).stream()
        .filter(f -> f.article().id().equals(STORY_ID))
        .toList();
  }

  @Test
  void aChangedArticleLeavesNoStalePassageAndADeletedOneGoesWithItsContacts() throws Exception {
    Path small = TestCorpus.copyTo(dir.resolve("small"));
    Path story = small.resolve(STORY_ID + ".txt");
    Files.writeString(story, STORY, StandardCharsets.UTF_8);
    try (Corpusbot bot = Corpusbot.writable(SolrE2E.settings(config("changes", 1, small)))) {
      bot.sync(false, IndexProgress.NONE);
      assertThat(articlesFor(bot, "zanzibarite")).containsExactly(STORY_ID);
      assertThat(passagesOfStory(bot, "zanzibarite mining quotas")).isNotEmpty();
      assertThat(merkelArdern(bot)).isNotEmpty();

      Files.writeString(
          story,
          STORY.replace(
              "The talks covered the quarrelsome zanzibarite mining quotas as well.",
              "The talks covered fishing rights in the North Atlantic as well."),
          StandardCharsets.UTF_8);
      bot.sync(false, IndexProgress.NONE);
      assertThat(articlesFor(bot, "zanzibarite")).isEmpty();
      assertThat(passagesOfStory(bot, "glacier melt fishing rights North Atlantic"))
          .isNotEmpty()
          .noneMatch(p -> p.contains("zanzibarite"));
      assertThat(bot.catalog().get(STORY_ID).orElseThrow().text()).doesNotContain("zanzibarite");

      Files.delete(story);
      bot.sync(false, IndexProgress.NONE);
      assertThat(bot.catalog().get(STORY_ID)).isEmpty();
      assertThat(articlesFor(bot, "glacier melt fishing rights")).doesNotContain(STORY_ID);
      assertThat(merkelArdern(bot)).isEmpty();
    }
  }

  @Test
  void aRebuildInPlaceIsRefusedAndTheCollectionKeepsEveryArticle() throws Exception {
    Path small = TestCorpus.copyTo(dir.resolve("rebuild-corpus"));
    Path file = config("rebuild", 1, small);
    List<String> before;
    try (Corpusbot bot = Corpusbot.writable(SolrE2E.settings(file))) {
      bot.sync(false, IndexProgress.NONE);
      before = ids(bot);
    }
    assertThat(before).contains(TestCorpus.SEED_ID);
    // Solr cannot keep a rebuild out of sight: deleting everything first would show.
    assertThat(Main.run("--config", file.toString(), "index", "--rebuild")).isNotZero();
    try (Corpusbot bot = Corpusbot.forQuestions(SolrE2E.settings(file), IndexProgress.NONE)) {
      assertThat(ids(bot)).containsExactlyInAnyOrderElementsOf(before);
    }
  }

  @Test
  void withEveryReplicaOfOneShardDownAQuestionIsAnsweredFromTheRestWithTheNote() throws Exception {
    // One replica a shard, one shard a node: stopping a node takes a whole shard away.
    Path small = TestCorpus.copyTo(dir.resolve("halves-corpus"));
    try (Corpusbot bot = Corpusbot.writable(SolrE2E.settings(config("halves", 1, small)))) {
      bot.sync(false, IndexProgress.NONE);
      Answer whole = bot.composer().answer(SolrE2E.question("Where did Putin and Biden meet?"));
      assertThat(whole.note()).isNull();
      cluster.stopNode(0);
      try {
        for (String q : SolrE2E.SEED_QUESTIONS.subList(0, 4)) {
          Answer part = bot.composer().answer(SolrE2E.question(q));
          assertThat(part.note()).as(q).contains(UnreachableParts.NOTE);
        }
      } finally {
        cluster.startNode(0);
      }
      SolrE2E.awaitActive(cluster, "halves");
      Answer again = bot.composer().answer(SolrE2E.question("Where did Putin and Biden meet?"));
      assertThat(SolrE2E.comparable(again)).isEqualTo(SolrE2E.comparable(whole));
    }
  }

  @Test
  void aContactAnswerFromPartOfTheArchiveCarriesTheNoteToo() throws Exception {
    Path small = TestCorpus.copyTo(dir.resolve("contacts-corpus"));
    try (Corpusbot bot = Corpusbot.writable(SolrE2E.settings(config("contacts", 1, small)))) {
      bot.sync(false, IndexProgress.NONE);
      String q = "Where did Putin and Biden meet?";
      assertThat(bot.composer().answer(SolrE2E.question(q)).note()).isNull();
      // Whichever half is down, the answer (a contact list when the seed's half is up, passages
      // when it is not) says that part of the archive did not answer.
      for (int node = 0; node < 2; node++) {
        cluster.stopNode(node);
        try {
          assertThat(bot.composer().answer(SolrE2E.question(q)).note())
              .as("node %d down", node)
              .contains(UnreachableParts.NOTE);
        } finally {
          cluster.startNode(node);
        }
        SolrE2E.awaitActive(cluster, "contacts");
      }
    }
  }

  @Test
  void withOneShardDownMetSummaryTopicAndArticlesCarryTheNoteInTheCliAndInTelegram()
      throws Exception {
    Path small = TestCorpus.copyTo(dir.resolve("notes-corpus"));
    Path file = config("notes", 1, small); // one replica a shard: a node down takes a shard away
    try (Corpusbot bot = Corpusbot.writable(SolrE2E.settings(file));
        BotApiSimulator sim = new BotApiSimulator(TOKEN, 999, "corpus_test_bot")) {
      bot.sync(false, IndexProgress.NONE);
      TelegramBot telegram = TelegramBot.start(telegramSettings(sim), TOKEN, parts(bot), FAST);
      try {
        assertThat(noted(file, sim, 100)).as("every shard up: no note").isEmpty();
        cluster.stopNode(0);
        try {
          assertThat(noted(file, sim, 200))
              .as("one shard down: every command answers with the note")
              .containsExactlyInAnyOrder(NOTED);
          assertThat(summarizePressed(sim, 200 + NOTED.length - 1).text())
              .as("a summary of the one article pressed cannot miss any: it carries no note")
              .doesNotContain(UnreachableParts.NOTE);
        } finally {
          cluster.startNode(0);
        }
      } finally {
        telegram.close();
      }
      SolrE2E.awaitActive(cluster, "notes");
    }
  }

  /** The commands that answer from the catalog or the contacts, not through the composer. */
  static final String[] NOTED = {
    "met", "summary --topic", "articles", "/met", "/summary Geneva summit", "/articles"
  };

  private static final String TOKEN = BotApiSimulator.fakeToken();
  private static final RetryPolicy FAST =
      new RetryPolicy(
          Duration.ofMillis(50),
          Duration.ofMillis(400),
          Duration.ofSeconds(3),
          Duration.ofSeconds(20));

  /** Which of {@link #NOTED} answer with the note: three runs of the command line, three chats. */
  private static List<String> noted(Path file, BotApiSimulator sim, long firstUser)
      throws Exception {
    List<String> noted = new ArrayList<>();
    String config = file.toString();
    List<String[]> cli =
        List.of(
            new String[] {"--config", config, "met"},
            new String[] {"--config", config, "summary", "--topic", "Geneva summit"},
            new String[] {"--config", config, "articles"});
    for (int i = 0; i < cli.size(); i++) {
      ConsoleCapture console = new ConsoleCapture();
      console.start();
      try {
        assertThat(Main.run(cli.get(i))).isZero();
      } finally {
        console.stop();
      }
      if (console.stdout().contains(UnreachableParts.NOTE)) {
        noted.add(NOTED[i]);
      }
    }
    for (int i = 3; i < NOTED.length; i++) {
      long user = firstUser + i;
      sim.privateText(user, NOTED[i]);
      Sent reply = sim.await(m -> m.chatId() == user, Duration.ofSeconds(60)).orElseThrow();
      if (reply.text().contains(UnreachableParts.NOTE)) {
        noted.add(NOTED[i]);
      }
    }
    return noted;
  }

  /**
   * Presses "Summarize 1" under the /articles list sent to {@code user} (a list from the shards
   * that answered, so the article is on one of them): the summary, sent in reply to the list.
   */
  private static Sent summarizePressed(BotApiSimulator sim, long user) throws Exception {
    Sent list =
        sim.sent().stream()
            .filter(m -> m.chatId() == user && m.replyMarkup() != null)
            .reduce((first, last) -> last)
            .orElseThrow();
    String data =
        list.replyMarkup().get("inline_keyboard").get(0).get(0).get("callback_data").asText();
    sim.buttonPress(user, user, list.messageId(), data);
    return sim.await(
            m -> m.chatId() == user && Integer.valueOf(list.messageId()).equals(m.replyTo()),
            Duration.ofSeconds(60))
        .orElseThrow();
  }

  private static TelegramSettings telegramSettings(BotApiSimulator sim) {
    return new TelegramSettings(
        sim.url(), Set.of(), Set.of(), Set.of(), 100, Duration.ofMinutes(1), 2, 100, 1, 5);
  }

  private static TelegramBot.Parts parts(Corpusbot bot) {
    return new TelegramBot.Parts(
        bot.composer(),
        bot.catalog(),
        bot.contacts(),
        bot.summaries(),
        bot.conversations(),
        bot.llmStats(),
        () -> "not here",
        List.of(),
        dir.resolve("telegram-state"),
        Arrivals.NONE,
        null,
        bot.unreachable());
  }

  @Test
  void indexingGoesOnThroughAClusterOutageAndTheNextRunRedoesNothing() throws Exception {
    Path small = TestCorpus.copyTo(dir.resolve("resume-corpus"));
    Logger logger = (Logger) LoggerFactory.getLogger(RetryingWriter.class);
    ListAppender<ILoggingEvent> retries = new ListAppender<>();
    retries.start();
    logger.addAppender(retries);
    Thread restart = new Thread(() -> {}, "e2e-not-started");
    try (Corpusbot bot = Corpusbot.writable(SolrE2E.settings(config("resume", 2, small)))) {
      Thread[] restarter = {restart};
      IndexProgress outage =
          new IndexProgress() {
            @Override
            public void update(int done, int total) {
              // After the first batch is written: the writes and the commit after it find no
              // cluster.
              if (restarter[0].getState() == Thread.State.NEW) {
                cluster.stopNode(0); // on the indexing thread: the next write finds no cluster
                cluster.stopNode(1);
                restarter[0] =
                    new Thread(
                        () -> {
                          sleep(3000);
                          cluster.startNode(0);
                          cluster.startNode(1);
                        },
                        "e2e-restart");
                restarter[0].start();
              }
            }

            @Override
            public void finish() {}
          };
      var first = bot.sync(org.corpusbot.retrieval.SyncOptions.UPDATE, outage);
      restart = restarter[0];
      restart.join(120_000);
      assertThat(restart.getState()).as("the outage happened").isEqualTo(Thread.State.TERMINATED);
      assertThat(retries.list).as("writes retried while the cluster was down").isNotEmpty();
      assertThat(first.result()).isEqualTo(org.corpusbot.retrieval.IndexReport.Result.OK);
      int articles = bot.catalog().overview().articles();
      assertThat(articles).isEqualTo(first.indexed());
      var second = bot.sync(false, IndexProgress.NONE);
      assertThat(second.indexed()).as("nothing embedded again").isZero();
      assertThat(bot.catalog().overview().articles()).isEqualTo(articles);
    } finally {
      logger.detachAppender(retries);
      if (restart.getState() != Thread.State.NEW) {
        restart.join(120_000);
      }
      cluster.startNode(0);
      cluster.startNode(1);
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
