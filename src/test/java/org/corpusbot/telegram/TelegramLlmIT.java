package org.corpusbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.corpusbot.answer.AnswerTuning;
import org.corpusbot.answer.Conversations;
import org.corpusbot.answer.ExtractiveComposer;
import org.corpusbot.answer.FollowUpComposer;
import org.corpusbot.answer.NameCarryOver;
import org.corpusbot.answer.llm.GroundedWriter;
import org.corpusbot.answer.llm.LlmClient;
import org.corpusbot.answer.llm.LlmComposer;
import org.corpusbot.answer.llm.LlmProvider;
import org.corpusbot.answer.llm.LlmQueryRewriter;
import org.corpusbot.answer.llm.LlmSettings;
import org.corpusbot.answer.llm.LlmStats;
import org.corpusbot.answer.llm.sim.ScriptedLlmServer;
import org.corpusbot.answer.llm.sim.ScriptedLlmServer.Reply;
import org.corpusbot.meetings.MeetingAwareComposer;
import org.corpusbot.retrieval.CorpusIndex;
import org.corpusbot.retrieval.HybridSearcher;
import org.corpusbot.retrieval.Lexicon;
import org.corpusbot.retrieval.LuceneCatalog;
import org.corpusbot.retrieval.RetrievalTuning;
import org.corpusbot.summary.SummaryAwareComposer;
import org.corpusbot.telegram.sim.BotApiSimulator;
import org.corpusbot.telegram.sim.BotApiSimulator.Sent;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The bot with a language model: streamed answers, the offline fallback, /stats and /reset. */
class TelegramLlmIT {
  static final String TOKEN = BotApiSimulator.fakeToken();
  static final Duration WAIT = Duration.ofSeconds(20);
  @TempDir static Path dir;
  static CorpusIndex index;

  ScriptedLlmServer llm;
  BotApiSimulator sim;
  TelegramBot bot;
  LlmStats stats;

  @BeforeAll
  static void corpus() {
    index = TestCorpus.indexed(dir);
  }

  @AfterAll
  static void closeIndex() {
    index.close();
  }

  @BeforeEach
  void start() throws Exception {
    llm = new ScriptedLlmServer();
    sim = new BotApiSimulator(TOKEN, 999, "corpus_test_bot");
    stats = new LlmStats();
    LlmSettings s =
        new LlmSettings(
            LlmProvider.OPENAI, llm.openAiUrl(), "scripted", Duration.ofSeconds(5), 400, 0.1, 2000);
    GroundedWriter writer = new GroundedWriter(LlmClient.create(s, null), s, stats, Set.of(TOKEN));
    HybridSearcher searcher =
        new HybridSearcher(index, TestCorpus.embedder(), RetrievalTuning.defaults());
    ExtractiveComposer offline =
        new ExtractiveComposer(
            searcher, new Lexicon(index), TestCorpus.embedder(), AnswerTuning.defaults());
    var composer =
        new FollowUpComposer(
            new LlmQueryRewriter(writer, new NameCarryOver()),
            new SummaryAwareComposer(
                TestCorpus.summaries(index),
                new MeetingAwareComposer(
                    TestCorpus.contacts(index), new LlmComposer(searcher, writer, offline, 8))));
    TelegramBot.Parts parts =
        new TelegramBot.Parts(
            composer,
            new LuceneCatalog(index),
            TestCorpus.contacts(index),
            TestCorpus.summaries(index),
            new Conversations(),
            stats,
            () -> "",
            List.of(),
            dir.resolve("state-" + System.nanoTime()),
            null,
            null,
            null);
    TelegramSettings t =
        new TelegramSettings(
            sim.url(), Set.of(), Set.of(), Set.of(42L), 100, Duration.ofMinutes(1), 4, 100, 1, 5);
    bot = TelegramBot.start(t, TOKEN, parts, BotOverSimulator.FAST);
  }

  @AfterEach
  void stop() {
    bot.close();
    sim.close();
    llm.close();
  }

  private Sent reply(long chat, String contains) throws InterruptedException {
    return sim.await(m -> m.chatId() == chat && m.text().contains(contains), WAIT)
        .orElseThrow(
            () -> new AssertionError("no reply containing " + contains + ": " + sim.sent()));
  }

  @Test
  void aLongAnswerIsStreamedByEditingOneMessageThenFinalisedWithSourcesAndButtons()
      throws Exception {
    llm.script(
        r -> {
          int g = r.source("summit in Geneva");
          int n = r.source("Victoria Nuland to Moscow");
          return Reply.chunks(
              700,
              "Putin and Biden met at a summit in Geneva. [" + g + "] ",
              "Victoria Nuland visited Moscow. [" + n + "] ",
              "She got a visa only after Washington let a Russian diplomat in. [" + n + "]");
        });
    sim.privateText(42, "Where did Putin and Biden meet, and who visited Moscow?");
    Sent partial = reply(42, StreamedReply.WRITING.strip());
    assertThat(partial.text()).startsWith("Putin and Biden met at a summit in Geneva. [1]");
    Sent last = reply(42, "<b>Sources</b>");
    assertThat(last.messageId()).as("the same message, edited").isEqualTo(partial.messageId());
    assertThat(last.text())
        .contains("She got a visa only after Washington let a Russian diplomat in. [2]")
        .doesNotContain(StreamedReply.WRITING);
    assertThat(last.replyMarkup().get("inline_keyboard").get(0).get(0).get("text").asText())
        .startsWith("[1] ");
    assertThat(sim.calls("editmessagetext").size()).isBetween(2, 4);
    assertThat(sim.sent()).filteredOn(m -> m.chatId() == 42).hasSize(1);
  }

  private void scriptThreeSentences(long gapMillis) {
    llm.script(
        r -> {
          int g = r.source("summit in Geneva");
          int n = r.source("Victoria Nuland to Moscow");
          return Reply.chunks(
              gapMillis,
              "Putin and Biden met at a summit in Geneva. [" + g + "] ",
              "Victoria Nuland visited Moscow. [" + n + "] ",
              "She got a visa only after Washington let a Russian diplomat in. [" + n + "]");
        });
  }

  @Test
  void aTelegramRateLimitOnEditsDoesNotTurnIntoAModelTimeout() throws Exception {
    scriptThreeSentences(700);
    sim.failNext("editMessageText", 3, 429, 3); // nine seconds of "slow down" for the edits
    sim.privateText(42, "Where did Putin and Biden meet, and who visited Moscow?");
    Sent last = reply(42, "<b>Sources</b>");
    assertThat(last.text())
        .contains("She got a visa only after Washington let a Russian diplomat in. [2]")
        .doesNotContain(LlmComposer.OFFLINE_NOTE);
    assertThat(stats.failures()).as("the model did not time out").isEmpty();
    assertThat(sim.sent()).filteredOn(m -> m.chatId() == 42).hasSize(1);
  }

  @Test
  void aFailedPartialEditIsLoggedWithItsCauseAndTheAnswerStillArrives() throws Exception {
    Logger logger = (Logger) LoggerFactory.getLogger(StreamedReply.class);
    ListAppender<ILoggingEvent> events = new ListAppender<>();
    events.start();
    logger.addAppender(events);
    try {
      scriptThreeSentences(1200);
      sim.failNext("editMessageText", 1, 400, null);
      sim.privateText(42, "Where did Putin and Biden meet, and who visited Moscow?");
      Sent last = reply(42, "<b>Sources</b>");
      assertThat(last.text()).contains("She got a visa");
      assertThat(events.list)
          .filteredOn(e -> e.getLevel() == Level.WARN)
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.getFormattedMessage()).contains("partial answer failed");
                assertThat(e.getThrowableProxy().getMessage()).contains("[400]");
              });
    } finally {
      logger.detachAppender(events);
    }
  }

  @Test
  void aFailingModelGivesTheOfflineAnswerWithANoteAndStatsCountIt() throws Exception {
    llm.script(r -> Reply.status(500));
    sim.privateText(42, "What did Washington hand over to Moscow?");
    Sent a = reply(42, "hackers");
    assertThat(a.text()).contains("<i>" + LlmComposer.OFFLINE_NOTE + "</i>").contains("[1]");
    sim.privateText(42, "/stats");
    Sent s = reply(42, "Language model:");
    assertThat(s.text())
        .contains("Answered offline because the language model failed: 1")
        .contains("HTTP 500")
        .doesNotContain(TOKEN);
  }

  @Test
  void followUpsUseTheConversationUntilReset() throws Exception {
    llm.script(
        r ->
            r.prompt().contains("<sources>")
                ? Reply.text(
                    "Victoria Nuland visited Moscow. ["
                        + r.source("Victoria Nuland to Moscow")
                        + "]")
                : Reply.text("What did Victoria Nuland need to enter Moscow?"));
    sim.privateText(42, "Which State Department official went to Moscow?");
    reply(42, "Victoria Nuland visited Moscow. [1]");
    sim.privateText(42, "When did she go there?");
    sim.await(m -> m.chatId() == 42 && sim.sent().size() >= 2, WAIT);
    awaitRequests(3);
    assertThat(llm.requests().get(1).prompt())
        .contains("Which State Department official went to Moscow?");
    assertThat(llm.requests().get(2).prompt())
        .contains("What did Victoria Nuland need to enter Moscow?");
    sim.privateText(42, "/reset");
    reply(42, "forgotten our conversation");
    sim.privateText(42, "When did she go there?");
    awaitRequests(4);
    assertThat(llm.requests().get(3).prompt())
        .as("after /reset nothing is rewritten")
        .contains("<sources>")
        .doesNotContain("Which State Department official");
  }

  private void awaitRequests(int n) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (llm.requests().size() < n && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(llm.requests()).hasSizeGreaterThanOrEqualTo(n);
  }
}
