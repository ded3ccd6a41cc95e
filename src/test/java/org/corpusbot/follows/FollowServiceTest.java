package org.corpusbot.follows;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.corpusbot.corpus.Span;
import org.corpusbot.retrieval.CorpusIndex;
import org.corpusbot.retrieval.FreshArticle;
import org.corpusbot.retrieval.LuceneFresh;
import org.corpusbot.testing.TestClock;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service between the follows and Telegram, over a real index, with a matcher that matches
 * every follow to every article (what matches is FollowMatcher's business): which follows may fire,
 * what is due when, and what a failed delivery does.
 */
class FollowServiceTest {
  private static final Duration NO_WAIT = Duration.ofMillis(1);
  private static final String STRIKE =
      "Harbour strike ends\n\nThe dock workers went back on Tuesday.";
  private static final String FERRY = "Ferry prices rise\n\nTickets to Osk cost more from May.";

  @TempDir Path dir;
  private final TestClock clock = new TestClock("2026-03-02T06:00:00Z");

  @Test
  void aFollowMadeAfterAnArticleArrivedNeverFiresOnItEvenWhenItIsMatchedLater() throws Exception {
    Path corpus = corpus();
    try (CorpusIndex index = CorpusIndex.openWritable(dir.resolve("index"))) {
      TestCorpus.sync(index, corpus);
      try (FollowService s = open(index)) {
        Follow before = s.follow(1, "harbour strike");
        add(corpus, "strike.txt", "Harbour strike ends\n\nThe dock workers went back on Tuesday.");
        TestCorpus.sync(index, corpus); // indexed, not matched yet (no run listener here)
        Follow after = s.follow(2, "harbour strike");
        s.indexChanged();
        awaitMatched(s, index);

        List<Deliveries.Delivery> due = s.due(NO_WAIT);
        assertThat(due).extracting(Deliveries.Delivery::chatId).containsExactly(before.chatId());
        assertThat(due.get(0).alerts()).extracting(Alert::articleId).containsExactly("strike");
        assertThat(after.since()).isGreaterThan(before.since());
      }
    }
  }

  @Test
  void aChatGetsOneDeliveryAtATimeAndAFailedOneIsTriedAgainAMinuteLater() throws Exception {
    Path corpus = corpus();
    try (CorpusIndex index = CorpusIndex.openWritable(dir.resolve("index"))) {
      TestCorpus.sync(index, corpus);
      try (FollowService s = open(index)) {
        s.follow(1, "harbour strike");
        arrive(s, index, corpus, "a.txt", STRIKE);
        arrive(s, index, corpus, "b.txt", FERRY);

        List<Deliveries.Delivery> first = s.due(NO_WAIT);
        assertThat(first).hasSize(1);
        assertThat(s.due(NO_WAIT)).as("the chat's other alert waits its turn").isEmpty();
        s.failed(first.get(0), false);
        assertThat(s.due(NO_WAIT)).as("not at once after a failure").isEmpty();
        clock.advance(FollowService.RETRY.plusSeconds(1));
        List<Deliveries.Delivery> again = s.due(NO_WAIT);
        assertThat(again).hasSize(1);
        s.sent(again.get(0));
        List<Deliveries.Delivery> second = s.due(NO_WAIT);
        assertThat(second).hasSize(1);
        assertThat(second.get(0).alerts()).doesNotContainAnyElementsOf(again.get(0).alerts());
        s.sent(second.get(0));
        assertThat(s.due(NO_WAIT)).isEmpty();
        assertThat(s.waitingAlerts()).isZero();
        assertThat(s.stats()).isEqualTo(new FollowStats(1, 0, 0, 2, 1, 0, 0));
      }
    }
  }

  @Test
  void aDeliveryRefusedForGoodIsDroppedAndTheChatsNextAlertGoesOn() throws Exception {
    Path corpus = corpus();
    try (CorpusIndex index = CorpusIndex.openWritable(dir.resolve("index"))) {
      TestCorpus.sync(index, corpus);
      try (FollowService s = open(index)) {
        s.follow(1, "harbour strike");
        arrive(s, index, corpus, "a.txt", STRIKE);
        arrive(s, index, corpus, "b.txt", FERRY);

        Deliveries.Delivery first = s.due(NO_WAIT).get(0);
        s.refused(first);
        List<Deliveries.Delivery> next = s.due(NO_WAIT);
        assertThat(next).as("at once, not after a minute").hasSize(1);
        assertThat(next.get(0).alerts()).doesNotContainAnyElementsOf(first.alerts());
        s.sent(next.get(0));
        assertThat(s.due(NO_WAIT)).as("the refused one never comes back").isEmpty();
        assertThat(s.stats()).isEqualTo(new FollowStats(1, 0, 0, 1, 0, 0, 1));
      }
    }
  }

  @Test
  void aBlockedChatIsPausedItsAlertsDroppedAndItsFollowsNoLongerMatched() throws Exception {
    Path corpus = corpus();
    try (CorpusIndex index = CorpusIndex.openWritable(dir.resolve("index"))) {
      TestCorpus.sync(index, corpus);
      try (FollowService s = open(index)) {
        s.follow(1, "harbour strike");
        arrive(s, index, corpus, "a.txt", STRIKE);
        s.failed(s.due(NO_WAIT).get(0), true);

        assertThat(s.paused(1)).isTrue();
        assertThat(s.stats()).isEqualTo(new FollowStats(1, 1, 0, 0, 0, 1, 0));
        arrive(s, index, corpus, "b.txt", FERRY);
        assertThat(s.due(NO_WAIT)).isEmpty();
        assertThat(s.resume(1)).isTrue();
        assertThat(s.resume(1)).as("once").isFalse();
        assertThat(s.due(NO_WAIT))
            .as("what arrived while paused was not matched for it, so nothing comes after")
            .isEmpty();
      }
    }
  }

  @Test
  void aDigestWithNothingNewSendsNothingAndCountsTheDay() throws Exception {
    Path corpus = corpus();
    try (CorpusIndex index = CorpusIndex.openWritable(dir.resolve("index"))) {
      TestCorpus.sync(index, corpus);
      try (FollowService s = open(index)) {
        s.follow(1, "harbour strike");
        assertThat(s.digest(1, "08:00 UTC")).contains("08:00 UTC");
        clock.set(java.time.Instant.parse("2026-03-02T08:00:30Z"));
        assertThat(s.due(NO_WAIT)).isEmpty();

        arrive(s, index, corpus, "a.txt", STRIKE);
        assertThat(s.due(NO_WAIT)).as("the day's digest is gone; the next is tomorrow").isEmpty();
        clock.set(java.time.Instant.parse("2026-03-03T08:00:01Z"));
        List<Deliveries.Delivery> digest = s.due(NO_WAIT);
        assertThat(digest).singleElement().matches(Deliveries.Delivery::digest);
      }
    }
  }

  @Test
  void digestOffWhileTheDigestIsBeingSentHoldsWhatArrivedMeanwhileForOneLastDigest()
      throws Exception {
    Path corpus = corpus();
    try (CorpusIndex index = CorpusIndex.openWritable(dir.resolve("index"))) {
      TestCorpus.sync(index, corpus);
      try (FollowService s = open(index)) {
        s.follow(1, "harbour strike");
        s.digest(1, "08:00 UTC");
        arrive(s, index, corpus, "a.txt", STRIKE);
        clock.set(java.time.Instant.parse("2026-03-02T08:00:30Z"));
        Deliveries.Delivery daily = s.due(NO_WAIT).get(0); // being sent

        arrive(s, index, corpus, "b.txt", FERRY); // arrives in that instant
        s.digest(1, "off");
        s.sent(daily);

        List<Deliveries.Delivery> held = s.due(NO_WAIT);
        assertThat(held).as("one last digest, not an alert").singleElement();
        assertThat(held.get(0).kind())
            .as("what the digest held, not a daily digest")
            .isEqualTo(Deliveries.Kind.HELD);
        assertThat(held.get(0).alerts()).extracting(Alert::articleId).containsExactly("b");
        s.sent(held.get(0));
        assertThat(s.due(NO_WAIT)).isEmpty();
      }
    }
  }

  private FollowService open(CorpusIndex index) {
    return open(index, new EveryFollow());
  }

  private FollowService open(CorpusIndex index, Matching matching) {
    return FollowService.open(
        dir.resolve("data"), matching, new LuceneFresh(index), name -> false, clock);
  }

  @Test
  void followsMadeWithAnotherEmbeddingModelAreEmbeddedAgainOnceWhenTheModelChanges()
      throws Exception {
    try (CorpusIndex index = CorpusIndex.openWritable(dir.resolve("index"))) {
      TestCorpus.sync(index, corpus());
      try (FollowService s = open(index, new EveryFollow("model-a"))) {
        s.follow(1, "harbour strike");
        s.follow(2, "Vell");
        s.follow(2, "Vell & Osk");
      }
      EveryFollow a = new EveryFollow("model-a");
      try (FollowService s = open(index, a)) {
        assertThat(a.embedded).hasValue(0); // same model: the stored vectors serve
      }
      EveryFollow b = new EveryFollow("model-bb");
      try (FollowService s = open(index, b)) {
        assertThat(b.embedded).hasValue(2); // the topic and the person; a pair has no vector
        assertThat(s.following(1).get(0).model()).isEqualTo("model-bb");
        assertThat(s.following(1).get(0).vector()).containsExactly(8, 14);
        assertThat(s.following(2).get(1).vector()).isNull();
      }
      EveryFollow again = new EveryFollow("model-bb");
      try (FollowService s = open(index, again)) {
        assertThat(again.embedded).hasValue(0); // journaled: once per follow
        assertThat(s.following(2).get(0).vector()).containsExactly(8, 4);
      }
    }
  }

  private Path corpus() throws Exception {
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    Files.copy(TestCorpus.seed(), corpus.resolve(TestCorpus.seed().getFileName()));
    return corpus;
  }

  private static void add(Path corpus, String file, String text) throws Exception {
    Files.writeString(corpus.resolve(file), text);
  }

  /** An article lands in the corpus, is indexed, and the follows are matched against it. */
  private static void arrive(
      FollowService s, CorpusIndex index, Path corpus, String file, String text) throws Exception {
    add(corpus, file, text);
    TestCorpus.sync(index, corpus);
    s.indexChanged();
    awaitMatched(s, index);
  }

  private static void awaitMatched(FollowService s, CorpusIndex index) throws Exception {
    long last = new LuceneFresh(index).lastArrival();
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (s.matchedThrough() < last) {
      assertThat(System.nanoTime()).as("matched in time").isLessThan(end);
      Thread.sleep(20);
    }
    Thread.sleep(50); // the outbox is written before the watermark moves; nothing left in flight
  }

  /** Matches every follow to every article, citing its first ten characters. */
  private static final class EveryFollow implements Matching {
    private final String model;
    private final java.util.concurrent.atomic.AtomicInteger embedded =
        new java.util.concurrent.atomic.AtomicInteger();

    EveryFollow() {
      this("model-a");
    }

    EveryFollow(String model) {
      this.model = model;
    }

    @Override
    public float[] vector(Follow.Kind kind, String text) {
      embedded.incrementAndGet();
      return new float[] {model.length(), text.length()};
    }

    @Override
    public String model() {
      return model;
    }

    @Override
    public Matcher over(Collection<Follow> follows) {
      List<Follow> all = new ArrayList<>(follows);
      return a -> all.stream().map(f -> match(f, a)).toList();
    }

    private static Match match(Follow f, FreshArticle a) {
      return new Match(f, a.id(), 1, List.of(new Span(0, 10)), null);
    }
  }
}
