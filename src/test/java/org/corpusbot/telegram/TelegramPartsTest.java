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
  @TempDir Path dir;

  @Test
  void callbackDataRoundTripsAndRejectsForgeries() {
    CallbackData c = new CallbackData();
    var source = new CallbackData.Source("000_a6be4f5d739f5fe2", 10, 220);
    assertThat(c.decode(c.encode(source))).contains(source);
    assertThat(c.decode(c.encode(new CallbackData.Page(16)))).contains(new CallbackData.Page(16));
    var longId =
        new CallbackData.Source(
            "a/very/long/path/to/an/article/in/a/deep/folder/structure/story", 0, 5);
    String token = c.encode(longId);
    assertThat(token.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(64);
    assertThat(c.decode(token)).contains(longId);
    assertThat(c.decode("t|zzz")).isEmpty();
    assertThat(c.decode("q|x|y|id")).isEmpty();
    assertThat(c.decode("drop table")).isEmpty();
    assertThat(c.decode(null)).isEmpty();
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
    try {
      l.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Update update(int id) throws Exception {
    return new ObjectMapper()
        .readValue(
            "{\"update_id\":"
                + id
                + ",\"message\":{\"message_id\":1,\"date\":1,\"chat\":{\"id\":5,\"type\":\"private\"},\"text\":\"hi "
                + id
                + "\"}}",
            Update.class);
  }

  @Test
  void theJournalRemembersWhatWasReceivedButNotHandledAcrossRestarts() throws Exception {
    Path file = dir.resolve("j");
    try (UpdateJournal j = new UpdateJournal(file, new ObjectMapper())) {
      j.received(List.of(update(10), update(11), update(12)));
      j.handled(11);
    }
    Files.writeString(
        file,
        Files.readString(file) + "{\"received\": {\"update_id\": 13, \"mess",
        java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
    try (UpdateJournal j = new UpdateJournal(file, new ObjectMapper())) {
      assertThat(j.pending()).extracting(Update::getUpdateId).containsExactly(10, 12);
      assertThat(j.pending().get(0).getMessage().getText()).isEqualTo("hi 10");
      assertThat(j.seen(12)).isTrue();
      assertThat(j.seen(13)).as("a torn last line was never durable").isFalse();
      j.handled(10);
      j.handled(12);
    }
    try (UpdateJournal j = new UpdateJournal(file, new ObjectMapper())) {
      assertThat(j.pending()).isEmpty();
      assertThat(j.seen(12)).isTrue();
    }
  }

  @Test
  void htmlEscapingAndPlainTextFallback() {
    assertThat(Html.escape("a < b & c > d")).isEqualTo("a &lt; b &amp; c &gt; d");
    assertThat(Html.toPlainText("<b>x</b> &amp; <a href=\"u\">y</a> &lt;z&gt;"))
        .isEqualTo("x & y <z>");
  }
}
