package org.corpusbot.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corpusbot.feeds.SiteContent.FERRY;
import static org.corpusbot.feeds.SiteContent.HTML;
import static org.corpusbot.feeds.SiteContent.RSS;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.corpusbot.answer.Conversations;
import org.corpusbot.app.Corpusbot;
import org.corpusbot.config.SettingsLoader;
import org.corpusbot.retrieval.IndexProgress;
import org.corpusbot.telegram.Arrivals;
import org.corpusbot.telegram.RetryPolicy;
import org.corpusbot.telegram.TelegramBot;
import org.corpusbot.telegram.TelegramSettings;
import org.corpusbot.telegram.sim.BotApiSimulator;
import org.corpusbot.telegram.sim.BotApiSimulator.Sent;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way in that an admin uses from Telegram, end to end and all real: the Bot API simulator
 * (with getFile and its file server), a news site on loopback, the live corpus's inbox, the index
 * and the composer. "Added" comes only once a question about the article is answered from it.
 */
class TelegramArrivalsIT {
  private static final String TOKEN = BotApiSimulator.fakeToken();
  private static final long ADMIN = 7;
  private static final long USER = 8;
  private static final Duration WAIT = Duration.ofSeconds(90);
  private static final RetryPolicy FAST =
      new RetryPolicy(
          Duration.ofMillis(50),
          Duration.ofMillis(400),
          Duration.ofSeconds(3),
          Duration.ofSeconds(60));

  @TempDir Path dir;
  private NewsSite site;
  private Corpusbot bot;
  private BotApiSimulator sim;
  private TelegramBot telegram;

  @BeforeEach
  void start() throws Exception {
    site = new NewsSite();
    Path corpus = TestCorpus.copyTo(dir.resolve("corpus"));
    bot =
        Corpusbot.writable(
            SettingsLoader.load(
                null,
                Map.of(),
                Map.of(
                    "corpus.path", corpus.toString(),
                    "data.dir", dir.resolve("data").toString(),
                    "feeds.allow-private", "true"))); // the news site is on loopback
    bot.startLive();
    bot.sync(false, IndexProgress.NONE);
    bot.startFeeds(bot.ingest());
    sim = new BotApiSimulator(TOKEN, 999, "corpus_test_bot");
    TelegramSettings t =
        new TelegramSettings(
            sim.url(), Set.of(), Set.of(), Set.of(ADMIN), 100, Duration.ofMinutes(1), 2, 100, 1, 5);
    telegram =
        TelegramBot.start(
            t,
            TOKEN,
            new TelegramBot.Parts(
                bot.composer(),
                bot.catalog(),
                bot.contacts(),
                bot.summaries(),
                new Conversations(),
                bot.llmStats(),
                () -> "not here",
                List.of(),
                dir.resolve("data"),
                new Arrivals(bot.ingest(), bot.feeds(), bot.feeds()),
                null,
                null),
            FAST);
    site.put("/news/ferry", HTML, SiteContent.page("Quillmoor launches solar ferry", FERRY));
  }

  @AfterEach
  void stop() {
    if (telegram != null) {
      telegram.close();
    }
    if (sim != null) {
      sim.close();
    }
    bot.close();
    site.close();
  }

  @Test
  void aLinkFromAnAdminIsAnsweredFromWithItsUrlOnceTheBotSaysAdded() throws Exception {
    sim.privateText(ADMIN, "/add " + site.url("/news/ferry"));
    Sent added = message(ADMIN, t -> t.contains("Added:"));
    assertThat(visible(added)).contains("Added: Quillmoor launches solar ferry").contains("Ask me");

    sim.privateText(ADMIN, "How many passengers will the Quillmoor ferry carry?");
    Sent answer = message(ADMIN, t -> t.contains("120 passengers"));
    assertThat(answer.text()).contains(site.url("/news/ferry"));

    sim.privateText(ADMIN, site.url("/news/ferry")); // a bare URL: the same page again
    message(ADMIN, t -> t.contains("Already here:") && t.contains("unchanged"));
  }

  @Test
  void aDocumentFromAnAdminLandsInTheInboxAndIsAnswered() throws Exception {
    String story =
        """
        title Tromsø opens Arctic ferry terminal
        date 2021-10-31

        The harbour authority of Tromsø opened a new ferry terminal on Sunday. The terminal was \
        designed by the architect Ingrid Solvang.
        """;
    sim.privateDocument(
        ADMIN, "terminal.txt", "text/plain", story.getBytes(StandardCharsets.UTF_8), -1);
    Sent added = message(ADMIN, t -> t.contains("Added:"));
    assertThat(visible(added))
        .contains("Added: Tromsø opens Arctic ferry terminal (2021-10-31). Ask me about it.");
    try (var inbox = Files.walk(dir.resolve("data/inbox"))) {
      assertThat(inbox.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
          .contains("terminal.txt");
    }
    sim.privateText(ADMIN, "Who designed the Tromsø ferry terminal?");
    message(ADMIN, t -> t.contains("Solvang") && t.contains("[1]"));
  }

  @Test
  void adminsFollowAndDropFeedsAndEveryoneSeesThem() throws Exception {
    site.put(
        "/rss.xml",
        RSS,
        SiteContent.rss(
            "Lakeside Courier",
            SiteContent.rssItem(
                "Quillmoor launches solar ferry",
                site.url("/news/ferry"),
                "Mon, 30 Nov 2026 08:00:00 GMT",
                "<p>" + FERRY[0] + "</p>")),
        "\"v1\"");
    sim.privateText(ADMIN, "/addfeed " + site.url("/rss.xml"));
    message(ADMIN, t -> t.contains("Following <b>Lakeside Courier</b>: 1 articles so far"));
    sim.privateText(USER, "/feeds");
    Sent listed = message(USER, t -> t.contains("Feeds I follow (1)"));
    assertThat(visible(listed)).contains("Lakeside Courier").contains("1 article");
    sim.privateText(USER, "/removefeed " + site.url("/rss.xml"));
    message(USER, t -> t.contains("/removefeed is for the bot's admins"));
    sim.privateText(ADMIN, "/removefeed " + site.url("/rss.xml"));
    message(ADMIN, t -> t.contains("Stopped following"));
    assertThat(bot.feeds().feeds()).isEmpty();
  }

  @Test
  void aLinkFromSomeoneElseIsRefusedAndNothingIsFetched() throws Exception {
    sim.privateText(USER, site.url("/news/ferry"));
    message(USER, t -> t.contains("Only the bot's admins can add articles"));
    assertThat(site.requests("/news/ferry")).isZero();
  }

  private Sent message(long chat, Predicate<String> match) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      for (Sent s : sim.sent()) {
        if (s.chatId() == chat && match.test(s.text())) {
          return s;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no such message in chat " + chat + "; sent: " + sim.sent());
  }

  private static String visible(Sent s) {
    return s.text().replaceAll("<[^>]+>", "");
  }
}
