package org.corpusbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.corpusbot.answer.AnswerTuning;
import org.corpusbot.answer.Conversations;
import org.corpusbot.answer.ExtractiveComposer;
import org.corpusbot.meetings.MeetingAwareComposer;
import org.corpusbot.retrieval.ArticleCatalog;
import org.corpusbot.retrieval.CorpusIndex;
import org.corpusbot.retrieval.HybridSearcher;
import org.corpusbot.retrieval.Lexicon;
import org.corpusbot.retrieval.RetrievalTuning;
import org.corpusbot.summary.Summaries;
import org.corpusbot.summary.SummaryAwareComposer;
import org.corpusbot.telegram.sim.BotApiSimulator;
import org.corpusbot.telegram.sim.BotApiSimulator.Sent;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bot end to end: the real composer and index, a real HTTP Bot API server on loopback. */
class TelegramBotIT {
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
            new ArticleCatalog(index),
            TestCorpus.contacts(index),
            summaries,
            new Conversations(),
            null,
            () -> TestCorpus.sync(index, corpus).summary(),
            List.of(),
            dir);
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

  private void start(Set<Long> users, Set<Long> admins, int burst, Path state) throws Exception {
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
            state);
    bot = TelegramBot.start(s, TOKEN, p, FAST);
  }

  private void start() throws Exception {
    start(Set.of(), Set.of(), 100, dir.resolve("state-" + System.nanoTime()));
  }

  private Sent reply(long chat, String contains) throws InterruptedException {
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

  private void awaitCalls(String method, int n) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (sim.calls(method).size() < n && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(sim.calls(method)).hasSizeGreaterThanOrEqualTo(n);
  }

  private void noReply(long chat, Duration within) throws InterruptedException {
    assertThat(sim.await(m -> m.chatId() == chat, within)).isEmpty();
  }

  @Test
  void startsWithGetMeAndTheCommandMenu() throws Exception {
    start();
    assertThat(sim.calls("getme")).isNotEmpty();
    JsonNode commands = sim.calls("setmycommands").get(0).get("commands");
    assertThat(commands.findValuesAsText("command"))
        .contains("start", "help", "ask", "articles", "sources")
        .doesNotContain("reindex", "stats");
    assertThat(bot.username()).isEqualTo("corpus_test_bot");
  }

  @Test
  void aPrivateQuestionIsAnsweredWithCitationsAndSourceButtons() throws Exception {
    start();
    sim.privateText(42, "Where did Putin and Biden meet?");
    Sent s = reply(42, "Geneva");
    assertThat(s.parseMode()).isEqualTo("HTML");
    assertThat(s.text()).contains("[1]").contains("<b>Sources</b>").contains("2021-10-31");
    JsonNode button = s.replyMarkup().get("inline_keyboard").get(0).get(0);
    assertThat(button.get("text").asText()).startsWith("[1] ");
    assertThat(button.get("callback_data").asText()).matches("[\\w-]{11}q\\|\\d+\\|\\d+\\|.+");
    assertThat(sim.calls("sendchataction")).isNotEmpty();
  }

  @Test
  void pressingASourceButtonShowsTheQuotedPassageAndAnswersTheCallback() throws Exception {
    start();
    sim.privateText(42, "Where did Putin and Biden meet?");
    Sent answer = reply(42, "Geneva");
    String data =
        answer.replyMarkup().get("inline_keyboard").get(0).get(0).get("callback_data").asText();
    sim.buttonPress(42, 42, answer.messageId(), data);
    Sent quote = reply(42, "<blockquote>");
    assertThat(quote.text()).contains("Geneva").contains("2021-10-31");
    assertThat(quote.replyTo()).isEqualTo(answer.messageId());
    awaitCalls("answercallbackquery", 1);
    assertThat(sim.calls("answercallbackquery").get(0).has("text")).isFalse();
  }

  @Test
  void forgedOrStaleButtonsGetAPoliteNoticeAndTheButtonStopsSpinning() throws Exception {
    start();
    sim.buttonPress(42, 42, 1, "q|0|99999|no-such-article");
    sim.buttonPress(42, 42, 1, "garbage");
    sim.buttonPress(42, 42, 1, "q|0|200000|big");
    sim.buttonPress(42, 42, 1, "q|0|200000|" + TestCorpus.SEED_ID);
    awaitCalls("answercallbackquery", 4);
    assertThat(sim.calls("answercallbackquery"))
        .extracting(c -> c.path("text").asText())
        .containsOnly(CallbackRouter.EXPIRED);
    assertThat(sim.sent()).isEmpty();
  }

  @Test
  void groupsAreAnsweredOnlyWhenAddressed() throws Exception {
    start();
    long group = -100123;
    sim.groupText(group, 42, "Where did Putin and Biden meet?", null);
    sim.groupText(group, 42, "/ask@some_other_bot Where did Putin and Biden meet?", null);
    noReply(group, Duration.ofSeconds(2));
    sim.groupText(group, 42, "/ask@corpus_test_bot Where did Putin and Biden meet?", null);
    reply(group, "Geneva");
    sim.groupText(group, 43, "@corpus_test_bot who is Ann Neuberger?", null);
    reply(group, "Neuberger");
    int mine = sim.sent().get(0).messageId();
    sim.groupText(group, 44, "How much will the Lisle river bridge cost?", mine);
    reply(group, "84 million");
  }

  @Test
  void nonTextEditsEmptyAskAndUnknownCommandsGetShortReplies() throws Exception {
    start();
    sim.privateNonText(42, "sticker");
    reply(42, "I only understand text");
    sim.privateText(43, "/ask");
    reply(43, "/ask Where did Putin");
    sim.privateText(44, "/frobnicate");
    reply(44, "/help lists");
    int q = sim.privateText(45, "Where did Putin and Biden meet?");
    reply(45, "Geneva");
    sim.privateEdit(45, q, "Where did Putin and Biden meet, again?");
    Thread.sleep(1500);
    assertThat(sim.sent()).filteredOn(m -> m.chatId() == 45).hasSize(1);
  }

  @Test
  void metListsContactsWithSourceButtonsAndMeetingQuestionsUseThem() throws Exception {
    start();
    sim.privateText(42, "/met Biden Putin");
    Sent list = reply(42, "Joe Biden");
    assertThat(list.text()).contains("summit, in Geneva, 2021-06-16").contains("phone call");
    assertThat(list.replyMarkup().get("inline_keyboard").get(0).get(0).get("text").asText())
        .startsWith("[1] ");
    sim.privateText(42, "/met in Moscow");
    reply(42, "Victoria Nuland");
    sim.privateText(42, "/met Haddad");
    reply(42, "I found no meetings, talks, visits or calls for Haddad.");
    sim.privateText(42, "Who did Nuland meet?");
    Sent answer = reply(42, "visit, in Moscow");
    assertThat(answer.text()).contains("[1]");
  }

  @Test
  void summaryOfTheNewestByNumberByIdOfATopicAndOfTheArticleAnAnswerCites() throws Exception {
    start();
    sim.privateText(51, "/summary");
    Sent newest = reply(51, "Harbor City budget hearing draws record crowd · 2024-03-20");
    assertThat(newest.text()).contains("[1]").contains("<b>Sources</b>");
    assertThat(
            newest.replyMarkup().get("inline_keyboard").get(0).get(0).get("callback_data").asText())
        .contains("q|");
    sim.privateText(52, "/summary 4");
    reply(52, "Harbor City council approves the new bridge over the Lisle river · 2024-03-12");
    sim.privateText(53, "/summary 99");
    reply(53, "There is no article 99: there are 6. /articles lists them with their numbers.");
    sim.privateText(54, "/summary rtqa-999999");
    reply(54, "I don't know an article with the id rtqa-999999. /articles lists them");
    sim.privateText(55, "/summary Harbor City");
    Sent topic = reply(55, "What the articles say about Harbor City: 2 articles");
    assertThat(topic.text()).contains("[2]");
    sim.privateText(56, "How much will the bridge cost?");
    Sent answer = reply(56, "84 million");
    sim.privateReply(56, "/summary", answer.messageId());
    reply(56, "Harbor City council approves the new bridge over the Lisle river · 2024-03-12");
    sim.privateText(57, "Summarize the article about the ferry strike");
    reply(57, "Northport ferry workers end three-day strike · 2024-03-18");
  }

  @Test
  void summarizeButtonsBesideTheArticles() throws Exception {
    start();
    sim.privateText(58, "/articles");
    Sent list = reply(58, "<b>Articles</b>");
    JsonNode keyboard = list.replyMarkup().get("inline_keyboard");
    JsonNode second = keyboard.get(0).get(1);
    assertThat(second.get("text").asText()).isEqualTo("Summarize 2");
    assertThat(keyboard.get(keyboard.size() - 1).get(0).get("text").asText())
        .isEqualTo("Summarize 5");
    sim.buttonPress(58, 58, list.messageId(), second.get("callback_data").asText());
    Sent summary = reply(58, "Northport ferry workers end three-day strike · 2024-03-18");
    assertThat(summary.replyTo()).isEqualTo(list.messageId());
    awaitCalls("answercallbackquery", 1);
    assertThat(sim.calls("answercallbackquery").get(0).has("text")).isFalse();
  }

  @Test
  void startHelpArticlesAndSources() throws Exception {
    start();
    sim.privateText(42, "/start");
    Sent hello = reply(42, "6 news articles");
    assertThat(hello.text())
        .contains("from 2021-10-31 to 2024-03-20")
        .contains("Try:")
        .contains("/summary")
        .contains("/met");
    List<String> examples =
        hello.text().lines().filter(l -> l.startsWith("• ")).map(l -> l.substring(2)).toList();
    assertThat(examples).hasSize(3);
    long chat = 4200;
    for (String example : examples) {
      sim.privateText(++chat, Html.toPlainText(example));
      Sent answer =
          sim.await(m -> m.chatId() == 4200 + examples.indexOf(example) + 1, WAIT).orElseThrow();
      assertThat(answer.text()).as(example).contains("[1]").doesNotContain("don't say");
    }
    sim.privateText(42, "/help");
    reply(42, "/sources");
    sim.privateText(42, "/articles");
    Sent list = reply(42, "<b>Articles</b>");
    assertThat(list.text()).contains("Harbor City budget hearing").contains("1–6 of 6");
    sim.buttonPress(42, 42, list.messageId(), "a|3");
    awaitCalls("answercallbackquery", 1);
    assertThat(sim.calls("answercallbackquery").get(0).path("text").asText())
        .as("a page the bot never offered")
        .isEqualTo(CallbackRouter.EXPIRED);
    CallbackData signed =
        new CallbackData(ButtonKey.loadOrCreate(state.resolve(TelegramBot.BUTTON_KEY)));
    sim.buttonPress(42, 42, list.messageId(), signed.encode(new CallbackData.Page(3)));
    reply(42, "4–6 of 6");
    assertThat(sim.sent())
        .filteredOn(m -> m.messageId() == list.messageId())
        .singleElement()
        .satisfies(m -> assertThat(m.text()).doesNotContain("Harbor City budget hearing"));
    sim.privateText(42, "/sources");
    reply(42, "No sources yet");
    sim.privateText(42, "Where did Putin and Biden meet?");
    reply(42, "Geneva");
    sim.privateText(42, "/sources");
    Sent sources =
        sim.await(m -> m.chatId() == 42 && m.text().startsWith("<b>Sources</b>"), WAIT)
            .orElseThrow();
    assertThat(sources.replyMarkup()).isNotNull();
  }

  @Test
  void allowListsAndAdminCommandsHold() throws Exception {
    start(Set.of(42L), Set.of(7L), 100, dir.resolve("state-acl"));
    sim.privateText(77, "Where did Putin and Biden meet?");
    reply(77, "Sorry, this bot is private.");
    sim.buttonPress(77, 77, 1, "q|0|10|" + TestCorpus.SEED_ID);
    awaitCalls("answercallbackquery", 1);
    assertThat(sim.calls("answercallbackquery").get(0).path("text").asText())
        .isEqualTo(MessageRouter.REFUSED);
    sim.privateText(42, "/stats");
    reply(42, "for the bot's admins");
    sim.privateText(7, "/stats");
    reply(7, "Corpus: 6 articles");
    sim.privateText(7, "/reindex");
    reply(7, "Reindexing the corpus");
    reply(7, "6 unchanged");
  }

  @Test
  void reindexWhileAnUpdateRunsSaysSoOnceAndStartsNothing() throws Exception {
    int[] started = {0};
    Reindexer busy =
        new Reindexer() {
          @Override
          public String reindex() {
            started[0]++;
            return "done";
          }

          @Override
          public java.util.Optional<String> busy() {
            return java.util.Optional.of("An index update is already running (the start-up check)");
          }
        };
    sim = new BotApiSimulator(TOKEN, 999, "corpus_test_bot");
    TelegramSettings s =
        new TelegramSettings(
            sim.url(), Set.of(), Set.of(), Set.of(7L), 100, Duration.ofMinutes(1), 4, 100, 1, 5);
    bot =
        TelegramBot.start(
            s,
            TOKEN,
            new TelegramBot.Parts(
                parts.composer(),
                parts.catalog(),
                parts.contacts(),
                parts.summaries(),
                new Conversations(),
                parts.llm(),
                busy,
                List.of(),
                dir.resolve("state-busy")),
            FAST);
    sim.privateText(7, "/reindex");
    reply(7, "already running");
    Thread.sleep(500);
    assertThat(sim.sent()).filteredOn(m -> m.chatId() == 7).hasSize(1);
    assertThat(started[0]).isZero();
  }

  @Test
  void theRateLimitHoldsPerUser() throws Exception {
    start(Set.of(), Set.of(), 2, dir.resolve("state-rate"));
    for (int i = 0; i < 3; i++) {
      sim.privateText(42, "Where did Putin and Biden meet? " + i);
    }
    reply(42, "faster than I can keep up");
    assertThat(sim.sent())
        .filteredOn(m -> m.chatId() == 42 && m.text().contains("Geneva"))
        .hasSize(2);
    sim.privateText(43, "Where did Putin and Biden meet?");
    reply(43, "Geneva");
  }

  @Test
  void everyCommandAndButtonThatDoesWorkCountsAgainstTheUsersBucket() throws Exception {
    start(Set.of(), Set.of(), 3, dir.resolve("state-work"));
    sim.privateText(42, "/articles");
    Sent list = reply(42, "<b>Articles</b>");
    sim.privateText(42, "/summary Harbor City");
    reply(42, "What the articles say about Harbor City");
    sim.privateText(42, "/met");
    reply(42, "Joe Biden");
    sim.privateText(42, "/help");
    reply(42, "<b>Commands</b>");
    sim.privateText(42, "/summary");
    reply(42, "faster than I can keep up");
    String summarize =
        list.replyMarkup().get("inline_keyboard").get(0).get(0).get("callback_data").asText();
    sim.buttonPress(42, 42, list.messageId(), summarize);
    awaitCalls("answercallbackquery", 1);
    assertThat(sim.calls("answercallbackquery").get(0).path("text").asText())
        .contains("faster than I can keep up");
    Thread.sleep(500);
    assertThat(sim.sent()).filteredOn(m -> m.chatId() == 42).hasSize(5);
    sim.privateText(43, "/summary");
    reply(43, "Harbor City budget hearing");
  }

  @Test
  void survivesRateLimitingAndServerErrorsFromTelegram() throws Exception {
    start();
    sim.failNext("sendMessage", 1, 429, 1);
    sim.privateText(42, "Where did Putin and Biden meet?");
    reply(42, "Geneva");
    sim.failNext("sendMessage", 2, 502, null);
    sim.privateText(43, "Who is Ann Neuberger?");
    reply(43, "Neuberger");
    assertThat(sim.calls("sendmessage")).hasSizeGreaterThanOrEqualTo(5);
  }

  @Test
  void pollingResumesByItselfAfterAnOutage() throws Exception {
    start();
    sim.stop();
    Thread.sleep(1500);
    sim.privateText(42, "Where did Putin and Biden meet?");
    sim.restart();
    reply(42, "Geneva");
  }

  private void awaitConfirmed() throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (sim.unconfirmed() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(sim.unconfirmed()).as("updates Telegram still holds").isZero();
  }

  @Test
  void aLowerUpdateIdAfterAQuietWeekIsAnswered() throws Exception {
    start();
    sim.privateText(42, "Where did Putin and Biden meet?");
    reply(42, "Geneva");
    awaitConfirmed();
    sim.restartUpdateIdsAt(17); // a week without updates: Telegram picks the next id at random
    sim.privateText(43, "Who is Ann Neuberger?");
    reply(43, "Neuberger");
    sim.privateText(44, "How much will the Lisle river bridge cost?");
    reply(44, "84 million");
    awaitConfirmed();
  }

  @Test
  void aLowerUpdateIdAfterAQuietWeekIsAnsweredAfterARestart() throws Exception {
    Path state = dir.resolve("state-renumbered");
    start(Set.of(), Set.of(), 100, state);
    sim.privateText(42, "Where did Putin and Biden meet?");
    reply(42, "Geneva");
    awaitConfirmed();
    bot.close();
    bot = null;
    sim.restartUpdateIdsAt(17);
    sim.privateText(43, "Who is Ann Neuberger?");
    start(Set.of(), Set.of(), 100, state);
    reply(43, "Neuberger");
    sim.privateText(44, "How much will the Lisle river bridge cost?");
    reply(44, "84 million");
    assertThat(sim.sent()).hasSize(3);
  }

  /**
   * This process's TCP connections to {@code port} that are open (Linux: /proc/net/tcp*, state 01;
   * only a client's side of a connection has the server's port as its remote port).
   */
  static long openConnectionsTo(int port) throws java.io.IOException {
    long n = 0;
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      for (String line : java.nio.file.Files.readAllLines(Path.of(table))) {
        String[] f = line.trim().split("\\s+");
        if (f.length > 3 && f[2].contains(":") && f[3].equals("01")) {
          String remotePort = f[2].substring(f[2].indexOf(':') + 1);
          n += Integer.parseInt(remotePort, 16) == port ? 1 : 0;
        }
      }
    }
    return n;
  }

  @Test
  void closingTheBotClosesItsConnectionsToTelegram() throws Exception {
    start();
    sim.privateText(42, "Where did Putin and Biden meet?");
    reply(42, "Geneva");
    int port = sim.url().getPort();
    assertThat(openConnectionsTo(port)).as("kept alive while serving").isPositive();
    bot.close();
    bot = null;
    long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
    while (openConnectionsTo(port) > 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(openConnectionsTo(port)).as("connections left open after close").isZero();
  }

  @Test
  void htmlThatTelegramRefusesGoesOutAsPlainText() throws Exception {
    start();
    BotApi api =
        new TelegramBotApi(
            new org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient(
                TOKEN,
                new org.telegram.telegrambots.meta.TelegramUrl(
                    "http", "127.0.0.1", sim.url().getPort(), false)),
            FAST);
    api.send(Outgoing.html(42, "Broken <b>markup & stuff"));
    Sent s = sim.await(m -> m.chatId() == 42, WAIT).orElseThrow();
    assertThat(s.parseMode()).isNull();
    assertThat(s.text()).isEqualTo("Broken markup & stuff");
  }

  @Test
  void longAnswersAreSplitBelowTheLimitAtSafePoints() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      sb.append("Sentence number ").append(i).append(" has <b>bold</b> &amp; more. ");
      if (i % 20 == 19) {
        sb.append("\n\n");
      }
    }
    List<String> parts = new MessageSplitter().split("<blockquote>" + sb + "</blockquote>");
    assertThat(parts).hasSizeGreaterThan(1);
    for (String p : parts) {
      assertThat(p.length()).isLessThanOrEqualTo(4096);
      assertThat(OpenTags.at(p)).isEmpty();
      assertThat(p).doesNotContain("&am ").startsWith("<blockquote>");
    }
  }
}
