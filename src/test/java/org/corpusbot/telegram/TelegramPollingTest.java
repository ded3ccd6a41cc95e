package org.corpusbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/** The poller when the journal's disk stays full: polling waits, and the log says so once. */
class TelegramPollingTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  private static Update update(int id) throws Exception {
    return JSON.readValue(
        "{\"update_id\":"
            + id
            + ",\"message\":{\"message_id\":1,\"date\":1,"
            + "\"chat\":{\"id\":5,\"type\":\"private\"},\"text\":\"hi\"}}",
        Update.class);
  }

  @Test
  void aJournalThatStaysUnwritableIsLoggedOnceWithItsCauseThenBrieflyThenItsRecovery()
      throws Exception {
    Path folder = dir.resolve("data");
    Path file = folder.resolve("journal");
    UpdateJournal journal = new UpdateJournal(file, JSON);
    journal.close();
    // Every write now fails: the stream is closed and the folder to rewrite the journal in is gone.
    Files.delete(file);
    Files.delete(folder);
    List<Integer> offsets = Collections.synchronizedList(new ArrayList<>());
    List<Update> batch = List.of(update(7));
    Logger logger = (Logger) LoggerFactory.getLogger(UpdatePoller.class);
    ListAppender<ILoggingEvent> events = new ListAppender<>();
    events.start();
    logger.addAppender(events);
    UpdatePoller poller =
        new UpdatePoller(
            offset -> {
              offsets.add(offset);
              if (offset == 0) {
                return batch;
              }
              try {
                Thread.sleep(20); // a quiet long poll
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return List.of();
            },
            journal,
            updates -> {},
            new PollBackOff(
                new RetryPolicy(
                    Duration.ofMillis(10),
                    Duration.ofMillis(20),
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(1))),
            () -> {});
    try {
      poller.start();
      awaitTrue(() -> offsets.size() >= 6);
      Files.createDirectories(folder); // room again
      awaitTrue(() -> offsets.contains(8));
    } finally {
      poller.close();
      logger.detachAppender(events);
      journal.close();
    }
    int failed = offsets.indexOf(8) - 1; // the batch is fetched again after each failed write
    assertThat(failed).isGreaterThanOrEqualTo(5);
    List<ILoggingEvent> withCause =
        events.list.stream().filter(e -> e.getThrowableProxy() != null).toList();
    assertThat(withCause)
        .as("the failure, once, with its cause")
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getLevel()).isEqualTo(Level.ERROR);
              assertThat(e.getFormattedMessage()).contains("Cannot journal 1 updates");
            });
    assertThat(events.list)
        .as("one line per failed attempt, and one when it recovers")
        .hasSize(failed + 1);
    assertThat(events.list.get(events.list.size() - 1))
        .satisfies(
            e -> {
              assertThat(e.getLevel()).isEqualTo(Level.INFO);
              assertThat(e.getFormattedMessage())
                  .contains("journal is written again after " + failed + " failed attempts");
            });
  }

  private static void awaitTrue(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(condition.getAsBoolean()).isTrue();
  }
}
