package org.corpusbot.follows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corpusbot.follows.Follow.Kind;
import org.corpusbot.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FollowBookTest {
  @TempDir Path data;
  private final TestClock clock = new TestClock("2026-06-01T06:00:00Z");

  private FollowBook open() {
    return new FollowBook(data, clock);
  }

  private Path journal() {
    return data.resolve("follows").resolve("follows.journal");
  }

  static float[] vector(int seed) {
    float[] v = new float[384];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) Math.sin(seed * 31 + i);
    }
    return v;
  }

  private static Follow topic(FollowBook book, long chat, String text) {
    return book.add(chat, Kind.TOPIC, text, List.of(), 7, vector(text.hashCode()), "test");
  }

  @Test
  void numbersFollowTheChatsOrderAndRemoveTakesANumber() {
    try (FollowBook book = open()) {
      Follow a = topic(book, 1, "cyber talks");
      Follow other = topic(book, 2, "cyber talks");
      Follow b = book.add(1, Kind.PERSON, "Nuland", List.of("Nuland"), 7, vector(2), "test");
      Follow c =
          book.add(1, Kind.PAIR, "Biden & Putin", List.of("Biden", "Putin"), 7, null, "test");
      assertThat(book.of(1)).extracting(Follow::id).containsExactly(a.id(), b.id(), c.id());
      assertThat(book.remove(1, 2)).map(Follow::id).contains(b.id());
      assertThat(book.of(1)).extracting(Follow::id).containsExactly(a.id(), c.id());
      assertThat(book.remove(1, 3)).isEmpty();
      assertThat(book.remove(1, 0)).isEmpty();
      assertThat(book.of(2)).extracting(Follow::id).containsExactly(other.id());
    }
  }

  @Test
  void aRestartKeepsFollowsVectorsPausesDigestsAndTheWatermark() {
    Follow a;
    Follow pair;
    DigestTime eight = DigestTime.parse("08:00 Europe/Berlin").orElseThrow();
    try (FollowBook book = open()) {
      a = topic(book, 1, "cyber talks");
      pair = book.add(3, Kind.PAIR, "Biden & Putin", List.of("Biden", "Putin"), 9, null, "test");
      topic(book, 2, "floods");
      book.chats().pause(2);
      book.chats().digest(1, eight);
      book.matchedThrough(41);
      book.matchedThrough(40); // never back
    }
    try (FollowBook book = open()) {
      Follow back = book.of(1).get(0);
      assertThat(back.id()).isEqualTo(a.id());
      assertThat(back.text()).isEqualTo("cyber talks");
      assertThat(back.since()).isEqualTo(7);
      assertThat(back.created()).isEqualTo(clock.instant());
      assertThat(back.vector()).containsExactly(a.vector());
      assertThat(book.of(3).get(0).vector()).isNull();
      assertThat(book.of(3).get(0).people()).isEqualTo(pair.people());
      assertThat(book.chats().paused(2)).isTrue();
      assertThat(book.active()).extracting(Follow::chatId).containsExactly(1L, 3L);
      assertThat(book.chats().digest(1)).contains(eight);
      assertThat(book.chats().digest(2)).isEmpty();
      assertThat(book.matchedThrough()).isEqualTo(41);
    }
  }

  @Test
  void idsAreNeverReusedAfterRemovalRestartOrCompaction() {
    long last;
    try (FollowBook book = new FollowBook(data, clock, 3)) {
      topic(book, 1, "a");
      last = topic(book, 1, "b").id();
      book.remove(1, 2);
      book.remove(1, 1); // the book is empty; the next id must still be new
      for (int i = 0; i < 10; i++) {
        book.matchedThrough(i + 1); // lines enough to compact
      }
    }
    assertThat(lines()).hasSizeLessThan(10); // it compacted
    try (FollowBook book = open()) {
      assertThat(book.of(1)).isEmpty();
      assertThat(topic(book, 1, "c").id()).isGreaterThan(last);
    }
  }

  @Test
  void compactionKeepsTheState() throws IOException {
    try (FollowBook book = new FollowBook(data, clock, 5)) {
      for (int i = 0; i < 30; i++) {
        topic(book, i % 3, "topic " + i);
      }
      for (int i = 0; i < 10; i++) {
        book.remove(0, 1);
      }
      for (int i = 0; i < 8; i++) {
        book.remove(1, 2);
      }
      book.chats().pause(1);
      book.chats().resume(1);
      book.chats().pause(2);
      // 2 head lines, 30 adds, 18 removals, 3 pauses: 53 lines unless it compacted
      assertThat(lines().size()).isLessThan(30);
    }
    try (FollowBook book = open()) {
      assertThat(book.of(0)).isEmpty();
      assertThat(book.of(1)).extracting(Follow::text).containsExactly("topic 1", "topic 28");
      assertThat(book.of(1).get(1).vector()).containsExactly(vector("topic 28".hashCode()));
      assertThat(book.active()).hasSize(2);
      assertThat(book.of(2)).hasSize(10);
      assertThat(book.chats().paused(2)).isTrue();
      assertThat(topic(book, 0, "new").id()).isEqualTo(31);
    }
  }

  @Test
  void aTornLastLineIsSkippedAndTheRestKept() throws IOException {
    try (FollowBook book = open()) {
      topic(book, 1, "cyber talks");
      topic(book, 1, "floods");
    }
    String whole = Files.readString(journal());
    Files.writeString(journal(), whole.substring(0, whole.length() - 40)); // the last add, cut
    try (FollowBook book = open()) {
      assertThat(book.of(1)).extracting(Follow::text).containsExactly("cyber talks");
      topic(book, 1, "storms"); // a new line does not glue onto the torn one
    }
    try (FollowBook book = open()) {
      assertThat(book.of(1)).extracting(Follow::text).containsExactly("cyber talks", "storms");
    }
    assertThat(Files.list(journal().getParent()).map(p -> p.getFileName().toString()))
        .noneMatch(n -> n.contains("damaged"));
  }

  @Test
  void aDamagedLineInTheMiddleIsSkippedAndTheFileKeptAside() throws IOException {
    try (FollowBook book = open()) {
      topic(book, 1, "cyber talks");
    }
    Files.writeString(journal(), "{\"add\":{garbage\n", StandardOpenOption.APPEND);
    Files.writeString(journal(), "{\"remove\":", StandardOpenOption.APPEND); // torn
    Files.writeString(journal(), "\n{\"matched\":5}\n", StandardOpenOption.APPEND);
    String before = Files.readString(journal());
    try (FollowBook book = open()) {
      assertThat(book.of(1)).extracting(Follow::text).containsExactly("cyber talks");
      assertThat(book.matchedThrough()).isEqualTo(5);
    }
    List<Path> aside =
        Files.list(journal().getParent())
            .filter(p -> p.getFileName().toString().startsWith("follows.journal.damaged-"))
            .toList();
    assertThat(aside).hasSize(1);
    assertThat(Files.readString(aside.get(0))).isEqualTo(before);
  }

  @Test
  void anUnreadableFileFailsTheStartAndIsLeftAsItWas() throws IOException {
    Files.createDirectories(journal());
    assertThatThrownBy(this::open).hasMessageContaining(journal().toString());
    assertThat(Files.isDirectory(journal())).isTrue();
  }

  @Test
  void addsFromManyThreadsGetDistinctIdsAndAreAllKept() throws Exception {
    try (FollowBook book = new FollowBook(data, clock, 20)) {
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        long chat = t;
        Thread th =
            new Thread(
                () -> {
                  for (int i = 0; i < 25; i++) {
                    topic(book, chat, "topic " + i);
                    book.matchedThrough(chat * 100 + i);
                  }
                },
                "add-" + t);
        th.start();
        threads.add(th);
      }
      for (Thread t : threads) {
        t.join();
      }
    }
    try (FollowBook book = open()) {
      assertThat(book.active()).hasSize(100);
      assertThat(book.active()).extracting(Follow::id).doesNotHaveDuplicates();
      assertThat(book.matchedThrough()).isEqualTo(324);
    }
  }

  @Test
  void limitsAndDuplicatesAreRefusedWithAMessage() {
    try (FollowBook book = open()) {
      for (int i = 0; i < FollowBook.MAX_PER_CHAT; i++) {
        topic(book, 1, "topic " + i);
      }
      assertThatThrownBy(() -> topic(book, 1, "one more"))
          .isInstanceOf(FollowException.class)
          .hasMessageContaining("/unfollow");
      topic(book, 2, "one more"); // another chat is not limited by it
      assertThatThrownBy(() -> topic(book, 2, "ONE more"))
          .isInstanceOf(FollowException.class)
          .hasMessageContaining("already (number 1)");
      book.add(2, Kind.PAIR, "Biden & Putin", List.of("Biden", "Putin"), 0, null, "test");
      assertThatThrownBy(
              () ->
                  book.add(
                      2, Kind.PAIR, "Putin & Biden", List.of("Putin", "Biden"), 0, null, "test"))
          .isInstanceOf(FollowException.class)
          .hasMessageContaining("already (number 2)");
      assertThatThrownBy(() -> topic(book, 3, "x".repeat(FollowText.MAX_LENGTH + 1)))
          .isInstanceOf(FollowException.class);
    }
    try (FollowBook book = open()) {
      assertThat(book.of(1)).hasSize(FollowBook.MAX_PER_CHAT);
      assertThat(book.of(2)).hasSize(2);
    }
  }

  @Test
  void theVersionChangesExactlyWhenTheActiveFollowsMayChange() {
    try (FollowBook book = open()) {
      long v0 = book.version();
      topic(book, 1, "a");
      long v1 = book.version();
      book.chats().digest(1, DigestTime.parse("08:00").orElseThrow());
      book.matchedThrough(9);
      assertThat(book.version()).isEqualTo(v1).isNotEqualTo(v0);
      book.chats().pause(1);
      long v2 = book.version();
      assertThat(v2).isNotEqualTo(v1);
      assertThat(book.active()).isEmpty();
      book.chats().pause(1); // already paused: nothing changes
      assertThat(book.version()).isEqualTo(v2);
      book.chats().resume(1);
      assertThat(book.version()).isNotEqualTo(v2);
      assertThat(book.active()).hasSize(1);
      long v3 = book.version();
      book.remove(1, 1);
      assertThat(book.version()).isNotEqualTo(v3);
    }
  }

  @Test
  void aDigestIsDueAtTheNextTimeAfterTheSettingOrTheLastDigest() {
    DigestTime eight = DigestTime.parse("08:00 Europe/Berlin").orElseThrow();
    try (FollowBook book = open()) { // 06:00Z is 08:00 in Berlin: set exactly then, due tomorrow
      book.chats().digest(5, eight);
      assertThat(book.chats().digests())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.chatId()).isEqualTo(5);
                assertThat(d.due()).isEqualTo(Instant.parse("2026-06-02T06:00:00Z"));
              });
      book.chats().digestSent(5, Instant.parse("2026-06-02T06:00:03Z"));
    }
    clock.advance(Duration.ofDays(3)); // the bot was down: the missed digest is due at once
    try (FollowBook book = open()) {
      assertThat(book.chats().digests().get(0).due())
          .isEqualTo(Instant.parse("2026-06-03T06:00:00Z"));
      book.chats().digest(5, DigestTime.parse("08:00 Europe/Berlin").orElseThrow());
      assertThat(book.chats().digests().get(0).due())
          .as("the same time sent again does not skip the digest due")
          .isEqualTo(Instant.parse("2026-06-03T06:00:00Z"));
      book.chats().digest(5, null);
      assertThat(book.chats().digests()).isEmpty();
      book.chats().digestSent(5, clock.instant()); // no digest: nothing recorded
      assertThat(book.chats().digest(5)).isEmpty();
    }
  }

  @Test
  void whatADigestTurnedOffHeldIsKeptAcrossARestartUntilItWentOut() {
    try (FollowBook book = open()) {
      book.chats().digest(5, DigestTime.parse("08:00 Europe/Berlin").orElseThrow());
      book.chats().digestOff(5, 7);
      assertThat(book.chats().digest(5)).isEmpty();
    }
    try (FollowBook book = open()) {
      assertThat(book.chats().held()).containsExactly(Map.entry(5L, 7L));
      book.chats().digestSent(5, clock.instant());
      assertThat(book.chats().held())
          .as("a daily digest that went out is not what was held")
          .hasSize(1);
      book.chats().heldSent(5, 6);
      assertThat(book.chats().held()).as("held through 7: 7 is still to go").hasSize(1);
      book.chats().heldSent(5, 7);
      assertThat(book.chats().held()).isEmpty();
    }
    try (FollowBook book = open()) {
      assertThat(book.chats().held()).isEmpty();
      book.chats().digestOff(6, 9);
      book.chats().digest(6, DigestTime.parse("09:00 UTC").orElseThrow());
      assertThat(book.chats().held())
          .as("a digest set again takes in what the last one held")
          .isEmpty();
    }
  }

  private List<String> lines() {
    try {
      return Files.readAllLines(journal(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
