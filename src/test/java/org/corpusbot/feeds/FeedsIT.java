package org.corpusbot.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.corpusbot.feeds.SiteContent.FERRY;
import static org.corpusbot.feeds.SiteContent.HTML;
import static org.corpusbot.feeds.SiteContent.RSS;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.corpusbot.answer.Answer;
import org.corpusbot.answer.Question;
import org.corpusbot.app.Corpusbot;
import org.corpusbot.config.SettingsLoader;
import org.corpusbot.corpus.Article;
import org.corpusbot.ingest.FeedAdmin;
import org.corpusbot.retrieval.IndexProgress;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Feeds and links end to end: a news site on loopback, the real index and composer. */
class FeedsIT {
  private static final LocalDate ASKED = LocalDate.of(2026, 12, 1);

  @TempDir Path dir;
  private NewsSite site;
  private Corpusbot bot;
  private RecordingIngest ingest;
  private Feeds feeds;
  private ListAppender<ILoggingEvent> logs;

  @BeforeEach
  void setUp() throws Exception {
    site = new NewsSite();
    Path corpus = TestCorpus.copyTo(dir.resolve("corpus"));
    bot =
        Corpusbot.writable(
            SettingsLoader.load(
                null,
                Map.of(),
                Map.of(
                    "corpus.path", corpus.toString(), "data.dir", dir.resolve("data").toString())));
    bot.startLive();
    bot.sync(false, IndexProgress.NONE);
    ingest = new RecordingIngest(bot.ingest());
    logs = new ListAppender<>();
    logs.start();
    ((Logger) LoggerFactory.getLogger("org.corpusbot.feeds")).addAppender(logs);
  }

  @AfterEach
  void tearDown() {
    ((Logger) LoggerFactory.getLogger("org.corpusbot.feeds")).detachAppender(logs);
    if (feeds != null) {
      feeds.close();
    }
    bot.close();
    site.close();
  }

  /** Feeds over the loopback site: private addresses allowed (the site is on loopback). */
  private Feeds feeds(String... urls) {
    feeds =
        new Feeds(
            new FeedSettings(
                List.of(urls), Duration.ofHours(1), true, 1L << 20, Duration.ofSeconds(3)),
            dir.resolve("data"),
            ingest);
    return feeds;
  }

  private List<String> warnings() {
    return logs.list.stream()
        .filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
        .map(ILoggingEvent::getFormattedMessage)
        .toList();
  }

  private Answer ask(String q) {
    return bot.composer().answer(Question.of(q, ASKED));
  }

  private void ferryFeed(String path) {
    site.put("/news/ferry", HTML, SiteContent.page("Quillmoor launches solar ferry", FERRY));
    site.put(
        path,
        RSS,
        SiteContent.rss(
            "Lakeside Courier",
            SiteContent.rssItem(
                "Quillmoor launches solar ferry",
                site.url("/news/ferry"),
                "Mon, 30 Nov 2026 08:00:00 GMT",
                "<p>" + FERRY[0] + "</p>")),
        "\"v1\"");
  }

  @Test
  void aNewFeedItemBecomesAnswerableAndCitedWithItsUrl() {
    ferryFeed("/rss.xml");
    assertThat(ask("How many passengers will the Quillmoor ferry carry?").found()).isFalse();

    FeedAdmin.Status s = feeds(site.url("/rss.xml")).pollNow(site.url("/rss.xml"));

    assertThat(s.lastError()).isNull();
    assertThat(s.title()).isEqualTo("Lakeside Courier");
    assertThat(s.articles()).isEqualTo(1);
    Answer a = ask("How many passengers will the Quillmoor ferry carry?");
    assertThat(a.found()).isTrue();
    assertThat(a.text()).contains("120 passengers");
    assertThat(a.citations())
        .anySatisfy(c -> assertThat(c.url()).isEqualTo(site.url("/news/ferry")));
    Article got = ingest.given().get(0);
    assertThat(got.source()).isEqualTo("Lakeside Courier");
    assertThat(got.authors()).containsExactly("Mara Lindqvist");
    assertThat(got.date()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(got.id()).isEqualTo(WebArticles.id(site.url("/news/ferry")));
    // the page's full text, without what surrounds it on the site
    assertThat(got.text()).contains(FERRY[2]);
    assertThat(got.text())
        .doesNotContain("Share on Facebook", "Home", "Read more", "By Mara", "Crowds gathered")
        .doesNotContain("bake sale", "More on this story", "ferry leaves the harbour", "Copyright");
    assertThat(got.text()).startsWith(FERRY[0]).endsWith(FERRY[2]);
  }

  @Test
  void anUnchangedFeedIsAskedWithItsEtagAndNothingIsFetchedAgain() {
    ferryFeed("/rss.xml");
    Feeds f = feeds(site.url("/rss.xml"));
    f.pollNow(site.url("/rss.xml"));
    assertThat(site.requests("/news/ferry")).isEqualTo(1);

    FeedAdmin.Status second = f.pollNow(site.url("/rss.xml"));

    assertThat(second.lastError()).isNull();
    assertThat(site.notModified()).isEqualTo(1);
    assertThat(site.requests("/news/ferry")).isEqualTo(1);
    assertThat(ingest.given()).hasSize(1);
  }

  @Test
  void anItemAlreadyTakenIsNotFetchedAgainAndACorrectionReplacesIt() {
    site.put("/news/ferry", HTML, SiteContent.page("Quillmoor launches solar ferry", FERRY));
    String item =
        SiteContent.rssItem(
            "Quillmoor launches solar ferry",
            site.url("/news/ferry"),
            "Mon, 30 Nov 2026 08:00:00 GMT",
            "<p>x</p>");
    site.put("/rss.xml", RSS, SiteContent.rss("Lakeside Courier", item)); // no ETag
    Feeds f = feeds(site.url("/rss.xml"));
    f.pollNow(site.url("/rss.xml"));
    f.pollNow(site.url("/rss.xml"));
    assertThat(site.requests("/rss.xml")).isEqualTo(2);
    assertThat(site.requests("/news/ferry")).isEqualTo(1);

    String corrected = FERRY[1].replace("120 passengers", "150 passengers");
    site.put(
        "/news/ferry",
        HTML,
        SiteContent.page("Quillmoor launches solar ferry", FERRY[0], corrected, FERRY[2]));
    site.put(
        "/rss.xml",
        RSS,
        SiteContent.rss(
            "Lakeside Courier",
            SiteContent.rssItem(
                "Quillmoor launches solar ferry (corrected)",
                site.url("/news/ferry"),
                "Tue, 01 Dec 2026 10:00:00 GMT",
                "<p>x</p>")));
    f.pollNow(site.url("/rss.xml"));

    assertThat(ingest.given())
        .extracting(Article::id)
        .containsOnly(WebArticles.id(site.url("/news/ferry")));
    Answer a = ask("How many passengers will the Quillmoor ferry carry?");
    assertThat(a.text()).contains("150 passengers").doesNotContain("120 passengers");
  }

  @Test
  void theFeedsStateAndAddedFeedsSurviveARestart() {
    ferryFeed("/rss.xml");
    feeds().add(site.url("/rss.xml"));
    feeds.close();

    Feeds again = feeds();
    assertThat(again.feeds())
        .singleElement()
        .satisfies(s -> assertThat(s.fromSettings()).isFalse());
    again.pollNow(site.url("/rss.xml"));

    assertThat(site.notModified()).isEqualTo(1);
    assertThat(again.remove(site.url("/rss.xml"))).isTrue();
    assertThat(again.feeds()).isEmpty();
  }

  @Test
  void theSameItemInTwoFeedsIsIndexedOnce() throws Exception {
    ferryFeed("/a.xml");
    site.put(
        "/b.xml",
        RSS,
        SiteContent.rss(
            "Wire",
            SiteContent.rssItem(
                "Solar ferry for Quillmoor",
                site.url("/news/ferry/?utm_source=wire"),
                "Mon, 30 Nov 2026 08:00:00 GMT",
                "<p>" + FERRY[0] + "</p>")));
    Feeds f = feeds(site.url("/a.xml"), site.url("/b.xml"));
    f.pollNow(site.url("/a.xml"));
    f.pollNow(site.url("/b.xml"));

    assertThat(ingest.given())
        .extracting(Article::id)
        .containsOnly(WebArticles.id(site.url("/news/ferry")));
    // taken once: the second feed's copy neither fetched again nor put over the page's full text
    assertThat(ingest.given()).hasSize(1);
    assertThat(site.requests("/news/ferry/")).isZero();
    assertThat(ask("Who built the Quillmoor ferry?").text()).contains("Brask");
    long copies =
        bot.catalog().overview().articles()
            - TestCorpus.load(TestCorpus.fixtures()).size()
            - 1; // the seed
    assertThat(copies).isEqualTo(1);
  }

  @Test
  void atomLinksRelativeToXmlBaseAreResolved() {
    site.put("/gazette/2026/harbour", HTML, SiteContent.page("Harbour crane", FERRY));
    site.put(
        "/atom.xml",
        "application/atom+xml",
        SiteContent.atom(site.url("/gazette/"), "Harbour crane", "2026/harbour", "A summary."));

    FeedAdmin.Status s = feeds(site.url("/atom.xml")).pollNow(site.url("/atom.xml"));

    assertThat(s.lastError()).isNull();
    assertThat(ingest.given())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.url()).isEqualTo(site.url("/gazette/2026/harbour"));
              assertThat(a.source()).isEqualTo("Harbour Gazette");
              assertThat(a.authors()).containsExactly("Ivo Brandt");
              assertThat(a.text()).contains(FERRY[1]);
            });
  }

  @Test
  void aJsonFeedItemArrivesWithItsAuthorsAndDate() {
    site.put("/news/ferry", HTML, SiteContent.page("Quillmoor launches solar ferry", FERRY));
    site.put(
        "/feed.json",
        "application/feed+json",
        """
        {"version": "https://jsonfeed.org/version/1.1", "title": "Lake Wire",
         "items": [{"id": "1", "url": "%s", "title": "Quillmoor launches solar ferry",
                    "date_published": "2026-11-29T22:00:00-05:00",
                    "authors": [{"name": "Ana Ruiz"}], "content_html": "<p>Short.</p>"}]}
        """
            .formatted(site.url("/news/ferry")));

    feeds(site.url("/feed.json")).pollNow(site.url("/feed.json"));

    assertThat(ingest.given())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.source()).isEqualTo("Lake Wire");
              assertThat(a.authors()).containsExactly("Ana Ruiz");
              assertThat(a.date()).isEqualTo(LocalDate.of(2026, 11, 30)); // 03:00 UTC
              assertThat(a.text()).contains(FERRY[1]);
            });
  }

  @Test
  void polledOnScheduleAFailingFeedHoldsUpNoOther() throws Exception {
    ferryFeed("/good.xml");
    Feeds f = feeds(site.url("/missing.xml"), site.url("/good.xml"));

    f.start();

    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (ingest.given().isEmpty() && System.nanoTime() < end) {
      Thread.sleep(50);
    }
    assertThat(ingest.given()).hasSize(1);
    assertThat(f.feeds())
        .filteredOn(s -> s.url().endsWith("/missing.xml"))
        .singleElement()
        .satisfies(s -> assertThat(s.lastError()).startsWith("HTTP 404"));
  }

  @Test
  void aMalformedFeedIsOneWarningAndTheOtherFeedsStillArrive() {
    ferryFeed("/good.xml");
    site.put("/broken.xml", RSS, "<rss version=\"2.0\"><channel><title>Half a feed</title><item>");
    Feeds f = feeds(site.url("/broken.xml"), site.url("/good.xml"));

    FeedAdmin.Status broken = f.pollNow(site.url("/broken.xml"));
    f.pollNow(site.url("/good.xml"));

    assertThat(broken.lastError()).contains("not a readable feed");
    assertThat(broken.failuresInARow()).isEqualTo(1);
    assertThat(warnings()).singleElement().asString().contains("broken.xml", "not a readable feed");
    assertThat(ingest.given()).hasSize(1);
  }

  @Test
  void anXmlBombIsRefusedWithoutExpandingIt() {
    site.put("/bomb.xml", RSS, SiteContent.BILLION_LAUGHS);

    FeedAdmin.Status s = feeds(site.url("/bomb.xml")).pollNow(site.url("/bomb.xml"));

    assertThat(s.lastError()).containsIgnoringCase("DOCTYPE");
    assertThat(warnings()).hasSize(1);
    assertThat(ingest.given()).isEmpty();
  }

  @Test
  void aFiftyMegabytePageIsCutAndTheFeedsOwnTextIsUsed() {
    site.big("/news/huge", 50);
    site.put(
        "/rss.xml",
        RSS,
        SiteContent.rss(
            "Lakeside Courier",
            SiteContent.rssItem(
                "Quillmoor launches solar ferry",
                site.url("/news/huge"),
                "Mon, 30 Nov 2026 08:00:00 GMT",
                "<p>" + FERRY[0] + "</p><p>" + FERRY[1] + "</p>")));

    FeedAdmin.Status s = feeds(site.url("/rss.xml")).pollNow(site.url("/rss.xml"));

    assertThat(s.lastError()).isNull();
    assertThat(warnings()).singleElement().asString().contains("larger than 1 MB");
    assertThat(ingest.given())
        .singleElement()
        .satisfies(a -> assertThat(a.text()).isEqualTo(FERRY[0] + "\n\n" + FERRY[1]));
  }

  @Test
  void aPageThatNeverEndsIsCutAtTheTimeLimit() {
    site.put(
        "/rss.xml",
        RSS,
        SiteContent.rss(
            "Lakeside Courier",
            SiteContent.rssItem(
                "Quillmoor launches solar ferry",
                site.url("/endless"),
                "Mon, 30 Nov 2026 08:00:00 GMT",
                "<p>" + FERRY[0] + "</p>")));
    long t0 = System.nanoTime();

    feeds(site.url("/rss.xml")).pollNow(site.url("/rss.xml"));

    assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0)).isLessThan(30);
    assertThat(warnings()).singleElement().asString().contains("no complete answer within 3 s");
    assertThat(ingest.given())
        .singleElement()
        .satisfies(a -> assertThat(a.text()).isEqualTo(FERRY[0]));
  }

  @Test
  void aRedirectLoopIsOneWarning() {
    site.redirect("/loop-a", site.url("/loop-b"));
    site.redirect("/loop-b", "/loop-a");

    FeedAdmin.Status s = feeds(site.url("/loop-a")).pollNow(site.url("/loop-a"));

    assertThat(s.lastError()).contains("redirect loop");
    assertThat(warnings()).hasSize(1);
    assertThat(site.requests("/loop-a")).isEqualTo(1);
  }

  @Test
  void aLinkAddsItsPageAndAWrongLinkSaysWhyInPlainWords() throws Exception {
    site.put("/news/ferry", HTML, SiteContent.page("Quillmoor launches solar ferry", FERRY));
    Feeds f = feeds();

    var added = f.add(site.url("/news/ferry"), "link from admin 42").get(60, TimeUnit.SECONDS);

    assertThat(added.items())
        .singleElement()
        .satisfies(i -> assertThat(i.title()).isEqualTo("Quillmoor launches solar ferry"));
    assertThat(ask("Who built the Quillmoor ferry?").citations())
        .anySatisfy(c -> assertThat(c.url()).isEqualTo(site.url("/news/ferry")));
    assertThatThrownBy(
            () -> f.add("file:///etc/passwd", "link from admin 42").get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .hasMessage("only http and https links are fetched, not file:…");
    assertThatThrownBy(
            () -> f.add(site.url("/missing"), "link from admin 42").get(10, TimeUnit.SECONDS))
        .cause()
        .hasMessageStartingWith("HTTP 404");
  }
}
