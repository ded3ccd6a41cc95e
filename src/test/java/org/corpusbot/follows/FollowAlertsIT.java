package org.corpusbot.follows;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.corpusbot.answer.Conversations;
import org.corpusbot.app.Corpusbot;
import org.corpusbot.config.SettingsLoader;
import org.corpusbot.corpus.Article;
import org.corpusbot.ingest.Ingested;
import org.corpusbot.retrieval.FreshArticles;
import org.corpusbot.retrieval.IndexProgress;
import org.corpusbot.retrieval.LuceneFresh;
import org.corpusbot.telegram.Arrivals;
import org.corpusbot.telegram.RetryPolicy;
import org.corpusbot.telegram.TelegramBot;
import org.corpusbot.telegram.TelegramSettings;
import org.corpusbot.telegram.sim.BotApiSimulator;
import org.corpusbot.telegram.sim.BotApiSimulator.Sent;
import org.corpusbot.testing.TestClock;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Following stories end to end and all real: /follow through the Bot API simulator, articles
 * arriving through the live corpus's inbox into a real index, the real matcher and embedding model,
 * alerts and digests sent back through the simulator, restarts over the same data folder.
 */
class FollowAlertsIT {
  private static final String TOKEN = BotApiSimulator.fakeToken();
  private static final long ANNA = 21;
  private static final long BEN = 22;
  private static final long GROUP = -100_500;
  private static final long GROUP_ADMIN = 31;
  private static final long MEMBER = 32;
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final RetryPolicy FAST =
      new RetryPolicy(
          Duration.ofMillis(50),
          Duration.ofMillis(400),
          Duration.ofSeconds(3),
          Duration.ofSeconds(20));

  static final String[] STRIKE = {
    "Dock workers in the port of Lunde ended a nine-day strike on Tuesday after the harbour"
        + " authority agreed to raise night-shift pay by 12 percent.",
    "The walkout had left more than sixty cargo ships waiting off the coast, and two ferry lines"
        + " sent their passengers to the smaller harbour at Osk, union officials said.",
    "The harbour authority said the deal would cost about 3 million crowns a year, paid for by a"
        + " small rise in berth fees charged to shipping companies.",
    "Shipping agents expect the backlog of waiting vessels at Lunde to clear within a week."
  };
  static final String[] STRIKE_AGAIN = {
    "Dock workers at the port of Lunde threatened on Thursday to strike again, saying the harbour"
        + " authority had not yet hired the crane operators it promised.",
    "The union gave the authority two weeks to name the new night-shift crews before a vote on a"
        + " second walkout at the Lunde docks."
  };
  static final String[] CONCERT = {
    "The city of Osk opened its new concert hall on Saturday with a performance of Sibelius's"
        + " second symphony by the regional orchestra.",
    "The hall, built of pale timber on the old railway yard, seats 1,400 listeners and cost 40"
        + " million crowns, the culture office said.",
    "Tickets for the opening season sold out within two days, and a second series of chamber"
        + " concerts has been added for the spring."
  };
  static final String[] CONCERT_AGAIN = {
    "The new concert hall in Osk will add a winter series of chamber music after its opening"
        + " season sold out, the culture office said on Tuesday.",
    "The series brings string quartets from three cities to the hall's smaller room, which seats"
        + " 300 listeners."
  };
  static final String[] MEETING = {
    "Union leader Marta Vell met Jon Eik, the director of the harbour, in Lunde on Monday to"
        + " discuss safety on night shifts at the container terminal.",
    "The two agreed to hire forty more crane operators before the summer season, Vell told"
        + " reporters after the meeting.",
    "Eik said the harbour would publish a new safety plan for the terminal in May."
  };

  @TempDir Path dir;
  private final TestClock clock = new TestClock(Instant.parse("2026-03-02T06:00:00Z"));
  private Corpusbot bot;
  private FollowService follows;
  private BotApiSimulator sim;
  private TelegramBot telegram;

  @BeforeEach
  void start() throws Exception {
    sim = new BotApiSimulator(TOKEN, 999, "corpus_test_bot");
    startBot();
  }

  private void startBot() throws Exception {
    Path corpus = dir.resolve("corpus");
    if (!Files.exists(corpus)) {
      TestCorpus.copyTo(corpus);
    }
    bot =
        Corpusbot.writable(
            SettingsLoader.load(
                null,
                Map.of(),
                Map.of(
                    "corpus.path", corpus.toString(),
                    "data.dir", dir.resolve("data").toString(),
                    "watch.enabled", "false")));
    bot.startLive();
    bot.sync(false, IndexProgress.NONE);
    follows = bot.startFollows(clock);
    TelegramSettings t =
        new TelegramSettings(
            sim.url(), Set.of(), Set.of(), Set.of(), 100, Duration.ofMinutes(1), 2, 100, 1, 5);
    telegram = TelegramBot.start(t, TOKEN, parts(bot, follows, dir.resolve("data")), FAST);
  }

  private void stopBot() {
    if (telegram != null) {
      telegram.close();
      telegram = null;
    }
    if (bot != null) {
      bot.close(); // closes the follows too
      bot = null;
    }
  }

  @AfterEach
  void stop() {
    stopBot();
    sim.close();
  }

  @Test
  void aTopicAlertsOnceOnTheMatchingArticleOnlyWithItsSentenceSourceAndSummarize()
      throws Exception {
    follow(ANNA, "/follow Lunde dock strike");
    assertThat(alerts(ANNA)).as("the articles already here never alert").isEmpty();

    add("strike-1", "Lunde dock strike ends", "2026-03-01", STRIKE);
    add("concert-1", "Osk opens a concert hall", "2026-03-01", CONCERT);

    Sent alert = sim.await(s -> s.chatId() == ANNA && isAlert(s), WAIT).orElseThrow();
    idle();
    assertThat(alerts(ANNA)).hasSize(1);
    assertThat(alert.text())
        .contains("Lunde dock strike ends")
        .contains("2026-03-01")
        .contains("[1]")
        .containsAnyOf("strike", "Dock workers");
    assertThat(alert.text()).doesNotContain("concert");
    assertThat(buttons(alert)).anyMatch(b -> b.startsWith("[1]")).contains("Summarize");

    add("strike-1", "Lunde dock strike ends", "2026-03-01", STRIKE); // the same again: unchanged
    idle();
    assertThat(alerts(ANNA)).as("once").hasSize(1);
  }

  @Test
  void aPersonFollowAlertsOnTheirNewContactAndAPairOnContactsBetweenThem() throws Exception {
    follow(ANNA, "/follow Marta Vell");
    follow(BEN, "/follow Vell & Eik");
    add("meeting-1", "Lunde union and harbour agree on crane crews", "2026-03-02", MEETING);

    Sent forAnna = sim.await(s -> s.chatId() == ANNA && isAlert(s), WAIT).orElseThrow();
    Sent forBen = sim.await(s -> s.chatId() == BEN && isAlert(s), WAIT).orElseThrow();
    assertThat(forAnna.text()).contains("Marta Vell met Jon Eik");
    assertThat(forBen.text()).contains("Marta Vell met Jon Eik");
  }

  @Test
  void aNearDuplicateOrACorrectionOfAnAlertedStoryDoesNotAlertAgain() throws Exception {
    follow(ANNA, "/follow Lunde dock strike");
    add("strike-1", "Lunde dock strike ends", "2026-03-01", STRIKE);
    sim.await(s -> s.chatId() == ANNA && isAlert(s), WAIT).orElseThrow();

    follow(BEN, "/follow Lunde dock strike"); // the control: after strike-1, before its copy

    String[] syndicated = STRIKE.clone();
    syndicated[0] = syndicated[0].replace("nine-day strike", "nine day walkout");
    add("wire-9", "Strike over at Lunde docks", "2026-03-01", syndicated);
    Sent forBen = sim.await(s -> s.chatId() == BEN && isAlert(s), WAIT).orElseThrow();
    assertThat(forBen.text())
        .as("the copy is served and matches: only the story's earlier alert keeps it from ANNA")
        .contains("Strike over at Lunde docks");
    String[] corrected = STRIKE.clone();
    corrected[2] = corrected[2].replace("3 million", "4 million");
    add("strike-1", "Lunde dock strike ends", "2026-03-01", corrected);
    idle();

    assertThat(alerts(ANNA)).as("one story, one alert").hasSize(1);
    assertThat(alerts(BEN)).as("the correction is the story BEN was told of").hasSize(1);
  }

  @Test
  void aDigestGoesOutOnceADayAtItsLocalTimeGroupedByFollowAndNothingWhenNothingIsNew()
      throws Exception {
    follow(ANNA, "/follow Lunde dock strike");
    follow(ANNA, "/follow Osk concert hall");
    sim.privateText(ANNA, "/digest 08:00 Europe/Berlin"); // 07:00 UTC in March
    message(ANNA, t -> t.contains("Daily digest at 08:00"));

    add("strike-1", "Lunde dock strike ends", "2026-03-01", STRIKE);
    add("concert-1", "Osk opens a concert hall", "2026-03-02", CONCERT);
    idle();
    assertThat(alerts(ANNA)).as("no alerts in between").isEmpty();

    clock.set(Instant.parse("2026-03-02T07:00:30Z"));
    follows.wake();
    Sent digest = message(ANNA, t -> t.contains("daily digest"));
    assertThat(digest.text())
        .contains("Lunde dock strike ends")
        .contains("Osk opens a concert hall")
        .contains("[1]")
        .contains("[2]");
    assertThat(digest.text().indexOf("Lunde dock strike"))
        .as("grouped by follow, in the order followed")
        .isLessThan(digest.text().indexOf("Osk concert hall"));

    clock.set(Instant.parse("2026-03-03T07:00:30Z"));
    follows.wake();
    Thread.sleep(1_500);
    assertThat(
            sim.sent().stream()
                .filter(s -> s.chatId() == ANNA && s.text().contains("daily digest")))
        .as("nothing new: nothing sent")
        .hasSize(1);
  }

  @Test
  void digestOffSendsWhatItHeldAsOneDigestThenAlertsOneByOne() throws Exception {
    follow(ANNA, "/follow Lunde dock strike");
    follow(ANNA, "/follow Osk concert hall");
    sim.privateText(ANNA, "/digest 08:00 Europe/Berlin");
    message(ANNA, t -> t.contains("Daily digest at 08:00"));
    add("strike-1", "Lunde dock strike ends", "2026-03-01", STRIKE);
    add("concert-1", "Osk opens a concert hall", "2026-03-02", CONCERT);
    idle();

    sim.privateText(ANNA, "/digest off");
    message(ANNA, t -> t.contains("Digest off"));
    message(ANNA, t -> t.startsWith("🔔") || t.contains("digest was on"));
    idle();
    assertThat(alerts(ANNA)).as("what the digest held is not sent one alert at a time").isEmpty();
    List<Sent> digests =
        sim.sent().stream()
            .filter(s -> s.chatId() == ANNA && s.text().contains("digest"))
            .filter(s -> !s.text().contains("Daily digest at"))
            .toList();
    assertThat(digests).hasSize(1);
    assertThat(digests.get(0).text())
        .as("it says what it is: no daily digest")
        .startsWith("<b>Held while your digest was on</b>: 2 new articles")
        .contains("Lunde dock strike ends")
        .contains("Osk opens a concert hall");

    add("concert-2", "Osk concert hall adds chamber series", "2026-03-03", CONCERT_AGAIN);
    Sent alert = message(ANNA, t -> t.startsWith("🔔"));
    assertThat(alert.text()).contains("Osk concert hall adds chamber series");
    idle();
    assertThat(sim.sent().stream().filter(s -> s.chatId() == ANNA && s.text().contains("digest")))
        .as("after the held ones, alerts as they happen")
        .hasSize(2); // the reply "Daily digest at 08:00 …" and the one digest
  }

  @Test
  void anArticleIndexedWhileTheBotWasDownAlertsExactlyOnceAfterTheRestart() throws Exception {
    follow(ANNA, "/follow Lunde dock strike");
    stopBot();
    Files.writeString(
        dir.resolve("corpus").resolve("strike.txt"),
        "Lunde dock strike ends\n\n" + String.join("\n\n", STRIKE));
    startBot();
    sim.await(s -> s.chatId() == ANNA && isAlert(s), WAIT).orElseThrow();
    idle();
    stopBot();
    startBot();
    idle();
    assertThat(alerts(ANNA)).hasSize(1);
  }

  @Test
  void aUserWhoBlockedTheBotHasTheirFollowsPausedUntilTheyWriteAgain() throws Exception {
    follow(ANNA, "/follow Lunde dock strike");
    sim.blockBot(ANNA);
    add("strike-1", "Lunde dock strike ends", "2026-03-01", STRIKE);
    awaitTrue(() -> follows.paused(ANNA));
    int attempts = sim.calls("sendMessage").size();

    add("strike-2", "Lunde dock workers threaten a new strike", "2026-03-02", STRIKE_AGAIN);
    idle();
    assertThat(sim.calls("sendMessage")).as("no retries to a blocked chat").hasSize(attempts);

    sim.unblockBot(ANNA);
    sim.privateText(ANNA, "hello again");
    message(ANNA, t -> t.contains("Welcome back"));
    assertThat(follows.paused(ANNA)).isFalse();
  }

  @Test
  void inAGroupOnlyItsAdminsChangeWhatItFollows() throws Exception {
    sim.setAdmins(GROUP, GROUP_ADMIN);
    sim.groupText(GROUP, MEMBER, "/follow Lunde dock strike", null);
    sim.await(s -> s.chatId() == GROUP && s.text().contains("Only this group's admins"), WAIT)
        .orElseThrow();
    sim.groupText(GROUP, GROUP_ADMIN, "/follow Lunde dock strike", null);
    sim.await(s -> s.chatId() == GROUP && s.text().contains("Following"), WAIT).orElseThrow();
    sim.groupText(GROUP, MEMBER, "/following", null);
    sim.await(s -> s.chatId() == GROUP && s.text().contains("1. "), WAIT).orElseThrow();
    sim.groupText(GROUP, MEMBER, "/unfollow 1", null);
    sim.await(s -> s.chatId() == GROUP && s.text().contains("Only this group's admins"), WAIT)
        .orElseThrow();
    assertThat(follows.following(GROUP)).hasSize(1);
  }

  @Test
  void aGroupAdminWritingAnonymouslyFollowsAndARefusedAdminCheckIsAnswered() throws Exception {
    sim.setAdmins(GROUP, GROUP_ADMIN);
    // Telegram knows GroupAnonymousBot as no admin of the group: only sender_chat says who it is.
    sim.groupTextAsGroup(GROUP, "/follow Lunde dock strike");
    sim.await(s -> s.chatId() == GROUP && s.text().contains("Following"), WAIT).orElseThrow();
    assertThat(follows.following(GROUP)).hasSize(1);

    sim.failNext("getChatMember", 1, 400, null); // Telegram refuses to say: taken as a no
    sim.groupText(GROUP, GROUP_ADMIN, "/unfollow 1", null);
    sim.await(s -> s.chatId() == GROUP && s.text().contains("Only this group's admins"), WAIT)
        .orElseThrow();
    assertThat(follows.following(GROUP)).hasSize(1);
    sim.groupText(GROUP, GROUP_ADMIN, "/unfollow 1", null);
    sim.await(s -> s.chatId() == GROUP && s.text().contains("Stopped following"), WAIT)
        .orElseThrow();
    assertThat(follows.following(GROUP)).isEmpty();
  }

  // ---- helpers ----

  /** What the bot gets from corpusbot in these tests: the follows, no other ways in. */
  static TelegramBot.Parts parts(Corpusbot bot, FollowService follows, Path data) {
    return new TelegramBot.Parts(
        bot.composer(),
        bot.catalog(),
        bot.contacts(),
        bot.summaries(),
        new Conversations(),
        bot.llmStats(),
        () -> "not here",
        List.of(),
        data,
        Arrivals.NONE,
        follows,
        null);
  }

  private void follow(long user, String command) throws Exception {
    sim.privateText(user, command);
    message(user, t -> t.contains("Following"));
  }

  private void add(String id, String title, String date, String[] paragraphs) throws Exception {
    Article a =
        new Article(
            id,
            title,
            LocalDate.parse(date),
            "Harbour News",
            "https://harbour.example/" + id,
            List.of(),
            String.join("\n\n", paragraphs),
            null);
    Ingested done = bot.ingest().add(a, "test").get(120, TimeUnit.SECONDS);
    assertThat(done.problems()).isEmpty();
  }

  /** Waits until every indexed article was matched and no instant alert waits to be sent. */
  private void idle() throws Exception {
    FreshArticles fresh = new LuceneFresh(bot.index());
    awaitTrue(
        () -> follows.matchedThrough() >= fresh.lastArrival() && follows.waitingAlerts() == 0);
    Thread.sleep(300); // a send in flight lands
  }

  private static void awaitTrue(java.util.function.BooleanSupplier c) throws Exception {
    long end = System.nanoTime() + WAIT.toNanos();
    while (!c.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out");
      }
      Thread.sleep(50);
    }
  }

  private Sent message(long chat, Predicate<String> text) throws Exception {
    return sim.await(s -> s.chatId() == chat && text.test(s.text()), WAIT).orElseThrow();
  }

  private static boolean isAlert(Sent s) {
    return s.text().startsWith("🔔");
  }

  private List<Sent> alerts(long chat) {
    return sim.sent().stream().filter(s -> s.chatId() == chat && isAlert(s)).toList();
  }

  private static List<String> buttons(Sent s) {
    return s.replyMarkup() == null
        ? List.of()
        : s.replyMarkup().findValues("text").stream().map(n -> n.asText()).toList();
  }
}
