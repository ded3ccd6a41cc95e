package org.corpusbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telegram.telegrambots.meta.api.objects.Update;

class TelegramPartsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  @Test
  void callbackDataRoundTripsSignedAndRejectsForgeries() {
    byte[] key = ButtonKey.loadOrCreate(dir.resolve("key"));
    CallbackData c = new CallbackData(key);
    var source = new CallbackData.Source("000_a6be4f5d739f5fe2", 10, 220);
    String data = c.encode(source);
    assertThat(c.decode(data)).contains(source);
    assertThat(data).endsWith("q|10|220|000_a6be4f5d739f5fe2").hasSize(11 + 29);
    assertThat(c.decode(c.encode(new CallbackData.Page(16)))).contains(new CallbackData.Page(16));
    var longId =
        new CallbackData.Source(
            "a/very/long/path/to/an/article/in/a/deep/folder/structure/story", 0, 5);
    String token = c.encode(longId);
    assertThat(token.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(64);
    assertThat(c.decode(token)).contains(longId);

    CallbackData restarted = new CallbackData(ButtonKey.loadOrCreate(dir.resolve("key")));
    assertThat(restarted.decode(data)).as("same key after a restart").contains(source);
    assertThat(restarted.decode(token)).as("server-side tokens die with the process").isEmpty();

    String tag = data.substring(0, 11);
    assertThat(c.decode("q|0|200000|big")).as("the crafted press from the issue").isEmpty();
    assertThat(c.decode(tag + "q|0|200000|000_a6be4f5d739f5fe2")).as("offsets changed").isEmpty();
    assertThat(new CallbackData(new byte[32]).decode(data)).as("another key").isEmpty();
    assertThat(c.decode("t|zzz")).isEmpty();
    assertThat(c.decode("drop table")).isEmpty();
    assertThat(c.decode(null)).isEmpty();
  }

  @Test
  void theButtonKeyIsMadeOnceAndReadableByItsOwnerOnly() throws Exception {
    Path file = dir.resolve("data").resolve(TelegramBot.BUTTON_KEY);
    byte[] key = ButtonKey.loadOrCreate(file);
    assertThat(key).hasSize(ButtonKey.BYTES);
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(ButtonKey.loadOrCreate(file)).isEqualTo(key);
    Files.setPosixFilePermissions(
        file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    assertThat(ButtonKey.loadOrCreate(file)).isEqualTo(key);
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(dir.resolve("data")).isDirectoryNotContaining("glob:**.tmp");
  }

  @Test
  void aSourcePressShowsOnePassageAtMost() {
    String huge = "word & more ".repeat(20_000);
    String quote = CallbackRouter.quote(huge);
    assertThat(quote.length()).isLessThanOrEqualTo(CallbackRouter.MAX_QUOTE);
    assertThat(new MessageSplitter().split("<blockquote>" + quote + "</blockquote>")).hasSize(1);
    assertThat(Html.toPlainText(quote)).startsWith("word & more word").endsWith("…");
    assertThat(CallbackRouter.quote("A short passage.")).isEqualTo("A short passage.");
  }

  @Test
  void rateLimiterAllowsABurstThenOnePerRefill() {
    AtomicLong now = new AtomicLong();
    RateLimiter r = new RateLimiter(2, Duration.ofSeconds(10), now::get);
    assertThat(r.acquire(1)).isZero();
    assertThat(r.acquire(1)).isZero();
    assertThat(r.acquire(1)).isEqualTo(Duration.ofSeconds(10));
    assertThat(r.acquire(2)).isZero(); // users have their own buckets
    now.addAndGet(Duration.ofSeconds(5).toNanos());
    assertThat(r.acquire(1)).isEqualTo(Duration.ofSeconds(5));
    now.addAndGet(Duration.ofSeconds(5).toNanos());
    assertThat(r.acquire(1)).isZero();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    // attempt, random (0..1), wait in ms: 0.5 s doubling to 30 s, ±25%
    "1, 0.5, 500",
    "1, 0.0, 375",
    "1, 1.0, 625",
    "2, 0.5, 1000",
    "3, 0.5, 2000",
    "7, 0.5, 30000",
    "7, 0.0, 22500",
    "50, 1.0, 37500",
    "0, 0.5, 500"
  })
  void oneBackOffScheduleWithJitterForSendsAndPolls(int attempt, double random, long ms) {
    assertThat(RetryPolicy.DEFAULT.backoff(attempt, random)).isEqualTo(Duration.ofMillis(ms));
  }

  @Test
  void pollingBacksOffOnTheRetryScheduleAndStartsAgainAfterAPoll() {
    PollBackOff b = new PollBackOff(RetryPolicy.DEFAULT);
    List<Long> waits = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      waits.add(b.nextBackOffMillis());
    }
    assertThat(waits.get(0)).isBetween(375L, 625L);
    assertThat(waits.get(1)).isBetween(750L, 1250L);
    assertThat(waits.subList(6, 8)).allSatisfy(w -> assertThat(w).isBetween(22_500L, 37_500L));
    b.reset();
    assertThat(b.nextBackOffMillis()).isBetween(375L, 625L);
  }

  @Test
  void chatLanesKeepOneChatInOrderWhileAnotherRunsAlongside() throws Exception {
    List<String> log = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch slowStarted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(21);
    try (ChatLanes lanes = new ChatLanes(2, 100)) {
      lanes.submit(
          1,
          () -> {
            slowStarted.countDown();
            await(release);
            log.add("1:slow");
            done.countDown();
          });
      for (int i = 0; i < 10; i++) {
        int n = i;
        lanes.submit(
            1,
            () -> {
              log.add("1:" + n);
              done.countDown();
            });
      }
      assertThat(slowStarted.await(5, TimeUnit.SECONDS)).isTrue();
      for (int i = 0; i < 10; i++) {
        int n = i;
        lanes.submit(
            2,
            () -> {
              log.add("2:" + n);
              done.countDown();
            });
      }
      Thread.sleep(300);
      assertThat(log)
          .as("chat 2 is not held up by chat 1's slow answer")
          .hasSize(10)
          .allMatch(s -> s.startsWith("2:"));
      release.countDown();
      assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
    }
    List<String> chat1 = log.stream().filter(s -> s.startsWith("1:")).toList();
    assertThat(chat1)
        .containsExactly(
            "1:slow", "1:0", "1:1", "1:2", "1:3", "1:4", "1:5", "1:6", "1:7", "1:8", "1:9");
  }

  private static void await(CountDownLatch l) {
    await(l, 5000);
  }

  private static void await(CountDownLatch l, long millis) {
    try {
      l.await(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Update update(int id) throws Exception {
    return update(id, "hi " + id);
  }

  private static Update update(int id, String text) throws Exception {
    return JSON.readValue(
        "{\"update_id\":"
            + id
            + ",\"message\":{\"message_id\":1,\"date\":1,\"chat\":{\"id\":5,\"type\":\"private\"},\"text\":\""
            + text
            + "\"}}",
        Update.class);
  }

  private static List<Integer> ids(List<Update> updates) {
    return updates.stream().map(Update::getUpdateId).toList();
  }

  @Test
  void theJournalRemembersWhatWasReceivedButNotHandledAcrossRestarts() throws Exception {
    Path file = dir.resolve("j");
    try (UpdateJournal j = new UpdateJournal(file, JSON)) {
      assertThat(j.offset()).isZero();
      assertThat(ids(j.received(List.of(update(10), update(11), update(12)), 13)))
          .containsExactly(10, 11, 12);
      j.handled(11);
    }
    Files.writeString(
        file,
        Files.readString(file) + "{\"received\": {\"update_id\": 13, \"mess",
        java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
    try (UpdateJournal j = new UpdateJournal(file, JSON)) {
      assertThat(j.pending()).extracting(Update::getUpdateId).containsExactly(10, 12);
      assertThat(j.pending().get(0).getMessage().getText()).isEqualTo("hi 10");
      assertThat(j.offset()).as("polling resumes after the journaled batch").isEqualTo(13);
      j.handled(10);
      j.handled(12);
    }
    try (UpdateJournal j = new UpdateJournal(file, JSON)) {
      assertThat(j.pending()).isEmpty();
      assertThat(j.offset()).isEqualTo(13);
    }
  }

  @Test
  void aLowerIdAfterAQuietWeekIsNewAndOnlyAResentUpdateIsADuplicate() throws Exception {
    Path file = dir.resolve("j");
    try (UpdateJournal j = new UpdateJournal(file, JSON)) {
      j.received(List.of(update(5000), update(5001)), 5002);
      assertThat(ids(j.received(List.of(update(17)), 18))).containsExactly(17);
      assertThat(ids(j.received(List.of(update(17)), 18))).as("sent again").isEmpty();
      assertThat(j.offset()).isEqualTo(18);
    }
    try (UpdateJournal j = new UpdateJournal(file, JSON)) {
      assertThat(j.offset()).isEqualTo(18);
      assertThat(ids(j.received(List.of(update(17), update(5001)), 5002)))
          .as("sent again after a restart")
          .isEmpty();
      assertThat(ids(j.received(List.of(update(5001, "another question")), 5002)))
          .as("the same id, renumbered, for another message")
          .containsExactly(5001);
    }
  }

  @Test
  void aBatchCutShortByACrashIsKeptAndItsResendingDropped() throws Exception {
    Path file = dir.resolve("j");
    try (UpdateJournal j = new UpdateJournal(file, JSON)) {
      j.received(List.of(update(10)), 11);
    }
    String torn =
        "{\"received\":"
            + JSON.writeValueAsString(update(11))
            + "}\n{\"received\":"
            + JSON.writeValueAsString(update(12))
            + "}\n{\"offs";
    Files.writeString(file, torn, java.nio.file.StandardOpenOption.APPEND);
    try (UpdateJournal j = new UpdateJournal(file, JSON)) {
      assertThat(j.offset()).as("Telegram never got this offset").isEqualTo(11);
      assertThat(ids(j.pending())).containsExactly(10, 11, 12);
      assertThat(ids(j.received(List.of(update(11), update(12), update(13)), 14)))
          .containsExactly(13);
    }
  }

  @Test
  void aJournalOfTheOldFormatResumesAfterItsHighestId() throws Exception {
    Path file = dir.resolve("j");
    Files.writeString(
        file, "{\"maxSeen\":41}\n{\"received\":" + JSON.writeValueAsString(update(40)) + "}\n");
    try (UpdateJournal j = new UpdateJournal(file, JSON)) {
      assertThat(j.offset()).isEqualTo(42);
      assertThat(ids(j.pending())).containsExactly(40);
    }
  }

  @Test
  void theJournalRemembersABoundedNumberOfRecentUpdates() throws Exception {
    Path file = dir.resolve("j");
    try (UpdateJournal j = new UpdateJournal(file, JSON)) {
      j.received(List.of(update(1)), 2);
      j.handled(1);
      for (int batch = 0; batch < UpdateJournal.RECENT / 100 + 1; batch++) {
        List<Update> ups = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
          ups.add(update(1000 + batch * 100 + i));
        }
        j.received(ups, 2000 + batch);
      }
      assertThat(ids(j.received(List.of(update(1)), 2)))
          .as("forgotten after " + UpdateJournal.RECENT + " newer ones")
          .containsExactly(1);
    }
    assertThat(Files.size(file)).isLessThan(2_000_000);
  }

  @Test
  void aBatchIsConfirmedOnlyOnceItIsJournaled() throws Exception {
    Path file = dir.resolve("j");
    UpdateJournal journal = new UpdateJournal(file, JSON);
    journal.close(); // the first write fails, as on a full disk
    List<Integer> offsets = Collections.synchronizedList(new ArrayList<>());
    List<Update> dispatched = Collections.synchronizedList(new ArrayList<>());
    List<Update> batch = List.of(update(7), update(8));
    UpdatePoller poller =
        new UpdatePoller(
            offset -> {
              offsets.add(offset);
              if (offset == 0) {
                return batch;
              }
              await(new CountDownLatch(1), 20);
              return List.of();
            },
            journal,
            dispatched::addAll,
            new PollBackOff(
                new RetryPolicy(
                    Duration.ofMillis(10),
                    Duration.ofMillis(20),
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(1))),
            () -> {});
    poller.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!offsets.contains(9) && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    poller.close();
    assertThat(offsets).contains(9);
    assertThat(offsets.subList(0, offsets.indexOf(9)))
        .as("the batch is asked for again until it is on disk")
        .hasSizeGreaterThanOrEqualTo(2)
        .containsOnly(0);
    assertThat(ids(dispatched)).containsExactly(7, 8);
    journal.close();
    try (UpdateJournal j = new UpdateJournal(file, JSON)) {
      assertThat(j.offset()).isEqualTo(9);
      assertThat(ids(j.pending())).containsExactly(7, 8);
    }
  }

  private static org.corpusbot.answer.Citation citation(int n) {
    return new org.corpusbot.answer.Citation(
        n, "a" + n, "Title of article " + n + " about a meeting", null, "Wire", null, "q", 0, 1);
  }

  @Test
  void aLongListAnswerIsCutToOneMessageWithOnlyTheSourcesItKeeps() {
    StringBuilder text = new StringBuilder("Joe Biden met:\n");
    List<org.corpusbot.answer.Citation> cited = new ArrayList<>();
    for (int n = 1; n <= 200; n++) {
      text.append("• Person ")
          .append(n)
          .append(", meeting, place not given [")
          .append(n)
          .append("]\n");
      cited.add(citation(n));
    }
    var a =
        new org.corpusbot.answer.Answer(
            "Who did Biden meet?", true, text.toString(), cited, null, 0);
    AnswerView.Rendered r = new AnswerView(new CallbackData(new byte[32])).render(a);
    assertThat(MessageSplitter.fitsOne(r.html())).isTrue();
    assertThat(r.html())
        .contains("• Person 1,")
        .contains(OneMessage.CUT)
        .doesNotContain("Person 200");
    int kept = (int) r.html().lines().filter(l -> l.startsWith("• Person")).count();
    assertThat(kept).isGreaterThan(10);
    assertThat(r.html())
        .contains("[" + kept + "] Title")
        .doesNotContain("[" + (kept + 1) + "] Title");
    assertThat(r.keyboard().getKeyboard()).hasSize(Math.min(kept, AnswerView.MAX_BUTTONS));
  }

  @Test
  void aLongParagraphIsCutBetweenSentencesKeepingTheirCitations() {
    String sentence = "The council met again on Monday to discuss the bridge and its cost. [1] ";
    var a =
        new org.corpusbot.answer.Answer(
            "q", true, sentence.repeat(100), List.of(citation(1)), null, 0);
    String html = AnswerView.html(OneMessage.fit(a, AnswerView::html));
    assertThat(MessageSplitter.fitsOne(html)).isTrue();
    assertThat(html).contains("cost. [1]\n").doesNotContain("cost.\n").contains("[1] Title");
    var small = new org.corpusbot.answer.Answer("q", true, sentence, List.of(citation(1)), null, 0);
    assertThat(OneMessage.fit(small, AnswerView::html)).isSameAs(small);
  }

  @Test
  void aCutAnswerKeepsItsShortAnswerWhenItKeepsItsStartAndCitation() {
    String sentence = "The council met again on Monday to discuss the bridge and its cost. [1] ";
    var brief = new org.corpusbot.answer.ShortAnswer("Monday", List.of(1));
    var a =
        new org.corpusbot.answer.Answer(
            "q", true, "Monday [1]\n" + sentence.repeat(100), List.of(citation(1)), null, 0, brief);
    var cut = OneMessage.fit(a, AnswerView::html);
    assertThat(cut.note()).isEqualTo(OneMessage.CUT);
    assertThat(cut.shortAnswer()).isEqualTo(brief);
    assertThat(AnswerView.html(cut)).startsWith("<b>Monday</b>");
  }

  @Test
  void htmlEscapingAndPlainTextFallback() {
    assertThat(Html.escape("a < b & c > d")).isEqualTo("a &lt; b &amp; c &gt; d");
    assertThat(Html.toPlainText("<b>x</b> &amp; <a href=\"u\">y</a> &lt;z&gt;"))
        .isEqualTo("x & y <z>");
  }
}
