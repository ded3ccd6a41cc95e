package org.corpusbot.follows;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.Span;
import org.corpusbot.retrieval.FreshArticle;
import org.corpusbot.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxTest {
  @TempDir Path data;
  private final TestClock clock = new TestClock("2026-06-01T06:00:00Z");

  private Outbox open() {
    return new Outbox(data, clock);
  }

  private Path journal() {
    return data.resolve("follows").resolve("outbox.journal");
  }

  /** An alert of follow {@code follow} (chat = follow / 10) on article {@code id} of cluster. */
  static Alert alert(long follow, String id, String cluster) {
    return new Alert(
        0,
        follow,
        follow / 10,
        id,
        cluster,
        id.hashCode() & 0xffff,
        "Title of " + id,
        LocalDate.of(2026, 6, 1),
        "Example News",
        "https://news.example/" + id,
        List.of(new Alert.Sentence("Talks resumed in Geneva.", 10, 34)),
        0.72,
        Instant.parse("2026-06-01T06:00:00Z"));
  }

  private static List<String> ids(List<Alert> alerts) {
    return alerts.stream().map(a -> a.followId() + "/" + a.articleId()).toList();
  }

  @Test
  void offerKeepsOneAlertPerFollowAndStory() {
    try (Outbox box = open()) {
      List<Alert> first =
          box.offer(
              List.of(
                  alert(10, "a", "a"),
                  alert(11, "a", "a"), // another follow: its own alert
                  alert(10, "b", "a"), // a near-duplicate in the same list
                  alert(10, "c", "c")));
      assertThat(ids(first)).containsExactly("10/a", "11/a", "10/c");
      assertThat(first).extracting(Alert::seq).containsExactly(1L, 2L, 3L);
      assertThat(box.offer(List.of(alert(10, "a", "a")))).isEmpty(); // again
      assertThat(box.offer(List.of(alert(10, "c", "c2")))).isEmpty(); // a correction, same id
      assertThat(box.offer(List.of(alert(10, "d", "c")))).isEmpty(); // a copy, same cluster
      assertThat(box.pending()).extracting(Alert::seq).containsExactly(1L, 2L, 3L);
      box.sent(List.of(first.get(0)));
      assertThat(box.offer(List.of(alert(10, "e", "a")))).isEmpty(); // sent: still once
      assertThat(ids(box.offer(List.of(alert(10, "f", "f"))))).containsExactly("10/f");
    }
  }

  @Test
  void anAlertIsMadeFromAMatchWithItsSentencesCutFromTheArticle() {
    String text = "Talks resumed in Geneva. Both sides met for six hours.";
    Article article =
        new Article(
            "web-1",
            "Talks resume",
            LocalDate.of(2026, 6, 1),
            "Example News",
            "https://news.example/1",
            List.of(),
            text,
            null);
    FreshArticle fresh = new FreshArticle(article, 42, "web-0", List.of(), List.of());
    Follow follow =
        new Follow(
            7, 3, Follow.Kind.TOPIC, "Geneva talks", List.of(), 40, clock.instant(), null, null);
    Match match = new Match(follow, "web-1", 0.8, List.of(new Span(25, 54)), null);
    Alert a = Alert.of(match, fresh, clock.instant());
    assertThat(a.followId()).isEqualTo(7);
    assertThat(a.chatId()).isEqualTo(3);
    assertThat(a.cluster()).isEqualTo("web-0");
    assertThat(a.arrival()).isEqualTo(42);
    assertThat(a.url()).isEqualTo("https://news.example/1");
    assertThat(a.evidence())
        .containsExactly(new Alert.Sentence("Both sides met for six hours.", 25, 54));
    assertThat(a.score()).isEqualTo(0.8);
  }

  @Test
  void anAlertComesBackWhole() {
    try (Outbox box = open()) {
      Alert given = alert(10, "a", "cluster-a");
      Alert kept = box.offer(List.of(given)).get(0);
      assertThat(kept).usingRecursiveComparison().ignoringFields("seq").isEqualTo(given);
    }
    try (Outbox box = open()) {
      assertThat(box.pending().get(0))
          .usingRecursiveComparison()
          .ignoringFields("seq")
          .isEqualTo(alert(10, "a", "cluster-a"));
    }
  }

  @Test
  void aRestartKeepsPendingAndNeverMakesASentAlertPendingAgain() {
    try (Outbox box = open()) {
      List<Alert> all =
          box.offer(List.of(alert(10, "a", "a"), alert(20, "b", "b"), alert(21, "c", "c")));
      box.sent(List.of(all.get(1)));
    }
    try (Outbox box = open()) {
      assertThat(ids(box.pending())).containsExactly("10/a", "21/c");
      assertThat(ids(box.unsent(2))).containsExactly("21/c");
      assertThat(box.offer(List.of(alert(20, "b", "b")))).isEmpty(); // sent before the restart
      assertThat(box.offer(List.of(alert(10, "x", "x"))).get(0).seq()).isEqualTo(4); // seq goes on
      box.sent(box.pending());
    }
    try (Outbox box = open()) {
      assertThat(box.pending()).isEmpty();
    }
  }

  @Test
  void sendingTwiceOrSomethingUnknownChangesNothing() {
    try (Outbox box = open()) {
      Alert a = box.offer(List.of(alert(10, "a", "a"))).get(0);
      box.sent(List.of(a));
      box.sent(List.of(a, alert(99, "zz", "zz")));
      assertThat(box.pending()).isEmpty();
    }
  }

  @Test
  void aPausedChatsUnsentAlertsGoButStillCountAsTheirStory() {
    try (Outbox box = open()) {
      box.offer(List.of(alert(10, "a", "a"), alert(11, "b", "b"), alert(20, "c", "c")));
      assertThat(box.dropChat(1)).isEqualTo(2);
      assertThat(ids(box.pending())).containsExactly("20/c");
    }
    try (Outbox box = open()) {
      assertThat(ids(box.pending())).containsExactly("20/c");
      assertThat(box.offer(List.of(alert(10, "a", "a")))).isEmpty();
    }
  }

  @Test
  void forgettingAFollowDropsItsAlertsAndKeys() {
    try (Outbox box = open()) {
      List<Alert> all =
          box.offer(List.of(alert(10, "a", "a"), alert(10, "b", "b"), alert(11, "a", "a")));
      box.sent(List.of(all.get(0)));
      box.forgetFollow(10);
      assertThat(ids(box.pending())).containsExactly("11/a");
      assertThat(box.doneKeys()).isZero();
      // a matcher built before the unfollow still matches it: nothing is recorded
      assertThat(box.offer(List.of(alert(10, "c", "c"), alert(12, "c", "c"))))
          .extracting(Alert::followId)
          .containsExactly(12L);
    }
    try (Outbox box = open()) {
      assertThat(ids(box.pending())).containsExactly("11/a", "12/c");
      assertThat(box.doneKeys()).isZero();
    }
  }

  @Test
  void offersAndSendsFromManyThreadsAreAllKept() throws Exception {
    try (Outbox box = new Outbox(data, clock, 50)) {
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        long follow = 10 + t;
        Thread th =
            new Thread(
                () -> {
                  for (int i = 0; i < 50; i++) {
                    List<Alert> fresh = box.offer(List.of(alert(follow, "a" + i, "a" + i)));
                    if (i % 2 == 0) {
                      box.sent(fresh);
                    }
                  }
                },
                "offer-" + t);
        th.start();
        threads.add(th);
      }
      for (Thread t : threads) {
        t.join();
      }
    }
    try (Outbox box = open()) {
      assertThat(box.pending()).hasSize(100);
      assertThat(box.pending()).extracting(Alert::seq).doesNotHaveDuplicates();
      assertThat(box.doneKeys()).isEqualTo(4 * 25 * 2);
    }
  }

  @Test
  void keysOfDoneAlertsExpireAfterSixtyDaysAtCompaction() {
    try (Outbox box = open()) {
      box.sent(box.offer(List.of(alert(10, "old", "old"))));
    }
    clock.advance(Outbox.KEEP_DONE_KEYS.minus(Duration.ofDays(1)));
    try (Outbox box = open()) {
      assertThat(box.doneKeys()).isEqualTo(2); // article and cluster
      assertThat(box.offer(List.of(alert(10, "old", "old")))).isEmpty();
      box.sent(box.offer(List.of(alert(10, "new", "new"))));
    }
    clock.advance(Duration.ofDays(2));
    try (Outbox box = open()) {
      assertThat(box.doneKeys()).isEqualTo(2); // only the new story's
      assertThat(box.offer(List.of(alert(10, "old", "old")))).hasSize(1);
    }
  }

  @Test
  void compactionWhileRunningKeepsTheState() throws IOException {
    try (Outbox box = new Outbox(data, clock, 5)) {
      for (int i = 0; i < 40; i++) {
        List<Alert> fresh = box.offer(List.of(alert(10 + i % 3, "a" + i, "c" + i)));
        if (i % 2 == 0) {
          box.sent(fresh);
        }
      }
      box.forgetFollow(10);
      box.forgetFollow(11);
      // 40 offers, 20 sent, 2 forgotten: 63 lines unless compacted; follow 12 holds 20 lines
      assertThat(Files.readAllLines(journal()).size()).isLessThan(30);
      box.sent(box.offer(List.of(alert(12, "late", "late"))));
    }
    try (Outbox box = open()) {
      assertThat(box.pending())
          .extracting(Alert::articleId)
          .containsExactly("a5", "a11", "a17", "a23", "a29", "a35");
      assertThat(box.doneKeys()).isEqualTo(2 * 8);
      for (int i = 2; i < 40; i += 3) {
        assertThat(box.offer(List.of(alert(12, "x" + i, "c" + i)))).isEmpty();
      }
      assertThat(box.offer(List.of(alert(12, "late", "x")))).isEmpty();
      assertThat(box.offer(List.of(alert(12, "new", "new"))).get(0).seq()).isEqualTo(42);
    }
  }

  @Test
  void aTornLastLineIsSkipped() throws IOException {
    try (Outbox box = open()) {
      box.offer(List.of(alert(10, "a", "a")));
      box.offer(List.of(alert(10, "b", "b")));
    }
    String whole = Files.readString(journal());
    Files.writeString(journal(), whole.substring(0, whole.length() - 25));
    try (Outbox box = open()) {
      assertThat(ids(box.pending())).containsExactly("10/a");
      assertThat(ids(box.offer(List.of(alert(10, "b", "b"))))).containsExactly("10/b");
    }
    try (Outbox box = open()) {
      assertThat(ids(box.pending())).containsExactly("10/a", "10/b");
    }
  }
}
