package org.corpusbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.corpusbot.answer.AnswerTuning;
import org.corpusbot.answer.Conversations;
import org.corpusbot.answer.ExtractiveComposer;
import org.corpusbot.meetings.MeetingAwareComposer;
import org.corpusbot.retrieval.CorpusIndex;
import org.corpusbot.retrieval.HybridSearcher;
import org.corpusbot.retrieval.Lexicon;
import org.corpusbot.retrieval.LuceneCatalog;
import org.corpusbot.retrieval.RetrievalTuning;
import org.corpusbot.summary.Summaries;
import org.corpusbot.summary.SummaryAwareComposer;
import org.corpusbot.telegram.sim.BotApiSimulator;
import org.corpusbot.telegram.sim.BotApiSimulator.Sent;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot end to end, in process: the real composer and index over the test corpus, a real HTTP Bot
 * API server on loopback ({@link BotApiSimulator}). Each test class that extends this builds the
 * index once and starts a bot (and a simulator) per test.
 */
abstract class BotOverSimulator {
  static final String TOKEN = BotApiSimulator.fakeToken();
  static final RetryPolicy FAST =
      new RetryPolicy(
          Duration.ofMillis(50),
          Duration.ofMillis(400),
          Duration.ofSeconds(3),
          Duration.ofSeconds(60));
  static final Duration WAIT = Duration.ofSeconds(15);

  @TempDir static Path dir;
  static CorpusIndex index;
  static TelegramBot.Parts parts;

  BotApiSimulator sim;
  TelegramBot bot;
  Path state;

  /** The ways in the next {@link #start} gives the bot (documents, links, feeds). */
  Arrivals arrivals = Arrivals.NONE;

  @BeforeAll
  static void corpus() {
    index = TestCorpus.indexed(dir);
    HybridSearcher searcher =
        new HybridSearcher(index, TestCorpus.embedder(), RetrievalTuning.defaults());
    ExtractiveComposer composer =
        new ExtractiveComposer(
            searcher, new Lexicon(index), TestCorpus.embedder(), AnswerTuning.defaults());
    Path corpus = dir.resolve("corpus");
    Summaries summaries = TestCorpus.summaries(index);
    parts =
        new TelegramBot.Parts(
            new SummaryAwareComposer(
                summaries, new MeetingAwareComposer(TestCorpus.contacts(index), composer)),
            new LuceneCatalog(index),
            TestCorpus.contacts(index),
            summaries,
            new Conversations(),
            null,
            () -> TestCorpus.sync(index, corpus).summary(),
            List.of(),
            dir,
            null,
            null,
            null);
  }

  @AfterAll
  static void closeIndex() {
    index.close();
  }

  @AfterEach
  void stop() {
    if (bot != null) {
      bot.close();
    }
    if (sim != null) {
      sim.close();
    }
  }

  void start(Set<Long> users, Set<Long> admins, int burst, Path state) throws Exception {
    this.state = state;
    if (sim == null) {
      sim = new BotApiSimulator(TOKEN, 999, "corpus_test_bot");
    }
    TelegramSettings s =
        new TelegramSettings(
            sim.url(), users, Set.of(), admins, burst, Duration.ofMinutes(1), 4, 100, 1, 5);
    TelegramBot.Parts p =
        new TelegramBot.Parts(
            parts.composer(),
            parts.catalog(),
            parts.contacts(),
            parts.summaries(),
            new Conversations(),
            parts.llm(),
            parts.reindexer(),
            List.of(),
            state,
            arrivals,
            null,
            null);
    bot = TelegramBot.start(s, TOKEN, p, FAST);
  }

  void start() throws Exception {
    start(Set.of(), Set.of(), 100, dir.resolve("state-" + System.nanoTime()));
  }

  Sent reply(long chat, String contains) throws InterruptedException {
    return sim.await(m -> m.chatId() == chat && m.text().contains(contains), WAIT)
        .orElseThrow(
            () ->
                new AssertionError(
                    "no reply in chat "
                        + chat
                        + " containing "
                        + contains
                        + "; sent: "
                        + sim.sent()));
  }

  void awaitCalls(String method, int n) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (sim.calls(method).size() < n && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(sim.calls(method)).hasSizeGreaterThanOrEqualTo(n);
  }

  void noReply(long chat, Duration within) throws InterruptedException {
    assertThat(sim.await(m -> m.chatId() == chat, within)).isEmpty();
  }

  void awaitConfirmed() throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (sim.unconfirmed() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(sim.unconfirmed()).as("updates Telegram still holds").isZero();
  }
}
