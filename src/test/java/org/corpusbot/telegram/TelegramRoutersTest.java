package org.corpusbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.corpusbot.answer.UnreachableParts;
import org.corpusbot.retrieval.ArticleCatalog;
import org.corpusbot.retrieval.CorpusIndex;
import org.corpusbot.retrieval.LuceneCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * The update pump and the routers when Telegram fails or the bot stops under them: an update
 * interrupted by the stop stays pending for the next start; a button press whose work fails keeps
 * its own failure (the press's notice failing too is added to it), and no second retry budget is
 * spent on the notice when Telegram is already unreachable.
 */
class TelegramRoutersTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  CorpusIndex index;

  @BeforeEach
  void openIndex() {
    index = CorpusIndex.openWritable(dir.resolve("index")); // empty: /articles says so
  }

  @AfterEach
  void closeIndex() {
    index.close();
  }

  /** A Bot API whose edits and button notices fail as told; records the notices asked for. */
  static class FailingApi implements BotApi {
    final List<String> notices = Collections.synchronizedList(new ArrayList<>());
    Supplier<RuntimeException> onEdit = () -> null;
    Supplier<RuntimeException> onNotice = () -> null;

    @Override
    public User me() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void setCommands(List<BotCommand> commands) {}

    @Override
    public int send(Outgoing message) {
      return 1;
    }

    @Override
    public void edit(long chatId, int messageId, String html, InlineKeyboardMarkup keyboard) {
      RuntimeException e = onEdit.get();
      if (e != null) {
        throw e;
      }
    }

    @Override
    public void answerCallback(String callbackId, String text) {
      notices.add(String.valueOf(text));
      RuntimeException e = onNotice.get();
      if (e != null) {
        throw e;
      }
    }

    @Override
    public void typing(long chatId) {}

    @Override
    public TelegramFile file(String fileId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void download(TelegramFile file, java.nio.file.Path target, long maxBytes) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean isChatAdmin(long chatId, long userId) {
      throw new UnsupportedOperationException();
    }
  }

  private CallbackRouter router(FailingApi api, CallbackData callbacks) {
    ArticleCatalog catalog = new LuceneCatalog(index);
    BotStats stats = new BotStats();
    return new CallbackRouter(
        callbacks,
        catalog,
        new ArticlesView(catalog, callbacks, new UnreachableParts()),
        new AccessPolicy(Set.of(), Set.of(), Set.of()),
        new WorkLimit(new RateLimiter(100, Duration.ofSeconds(1), System::nanoTime), stats),
        new Replies(api),
        stats,
        null,
        null);
  }

  private static CallbackQuery press(String data) throws Exception {
    return JSON.readValue(
        "{\"id\":\"cb1\",\"from\":{\"id\":7,\"is_bot\":false,\"first_name\":\"A\"},"
            + "\"message\":{\"message_id\":3,\"date\":1,\"chat\":{\"id\":5,\"type\":\"private\"}},"
            + "\"data\":\""
            + data
            + "\"}",
        CallbackQuery.class);
  }

  @Test
  void aFailedPressKeepsItsOwnFailureWhenItsNoticeFailsToo() throws Exception {
    CallbackData callbacks = new CallbackData(new byte[32]);
    FailingApi api = new FailingApi();
    api.onEdit = () -> new BotApiException("editMessageText refused: [400] bad", 400);
    api.onNotice = () -> new BotApiException("answerCallbackQuery refused: [400] too old", 400);
    CallbackQuery q = press(callbacks.encode(new CallbackData.Page(8)));

    assertThatThrownBy(() -> router(api, callbacks).handle(q))
        .hasMessageContaining("editMessageText")
        .satisfies(
            e ->
                assertThat(e.getSuppressed())
                    .singleElement()
                    .satisfies(s -> assertThat(s).hasMessageContaining("answerCallbackQuery")));
    assertThat(api.notices).containsExactly("Sorry, something went wrong.");
  }

  @Test
  void noNoticeIsTriedWhenTelegramIsAlreadyUnreachable() throws Exception {
    CallbackData callbacks = new CallbackData(new byte[32]);
    FailingApi api = new FailingApi();
    api.onEdit = () -> new BotApiException("editMessageText still failing after PT30M", 0);
    CallbackQuery q = press(callbacks.encode(new CallbackData.Page(8)));

    assertThatThrownBy(() -> router(api, callbacks).handle(q))
        .hasMessageContaining("still failing");
    assertThat(api.notices).as("a second 30-minute retry budget").isEmpty();
  }

  @Test
  void aPressThatWorksIsAnsweredWithoutANoticeAndAForgedOneWithExpired() throws Exception {
    CallbackData callbacks = new CallbackData(new byte[32]);
    FailingApi api = new FailingApi();
    CallbackRouter router = router(api, callbacks);
    router.handle(press(callbacks.encode(new CallbackData.Page(0))));
    router.handle(press("p|0"));
    assertThat(api.notices).containsExactly("null", CallbackRouter.EXPIRED);
  }

  private static Update update(int id) throws Exception {
    return JSON.readValue(
        "{\"update_id\":"
            + id
            + ",\"message\":{\"message_id\":1,\"date\":1,"
            + "\"chat\":{\"id\":5,\"type\":\"private\"},\"text\":\"hi\"}}",
        Update.class);
  }

  @Test
  void anUpdateInterruptedByTheStopStaysPendingAndIsLoggedOnceWithoutAStackTrace()
      throws Exception {
    Logger logger = (Logger) LoggerFactory.getLogger(UpdatePump.class);
    ListAppender<ILoggingEvent> events = new ListAppender<>();
    events.start();
    logger.addAppender(events);
    Path file = dir.resolve("journal");
    CountDownLatch started = new CountDownLatch(1);
    try (UpdateJournal journal = new UpdateJournal(file, JSON)) {
      ChatLanes lanes = new ChatLanes(1, 10);
      UpdatePump pump =
          new UpdatePump(
              journal,
              lanes,
              u -> {
                started.countDown();
                try {
                  Thread.sleep(60_000); // a search or a send, stopped by the interrupt
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  throw new IllegalStateException("search interrupted", e);
                }
              },
              new BotStats());
      pump.dispatch(journal.received(List.of(update(1)), 2));
      assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(lanes.shutdown(Duration.ofMillis(100))).as("stopped, not finished").isFalse();
    } finally {
      logger.detachAppender(events);
    }
    try (UpdateJournal reopened = new UpdateJournal(file, JSON)) {
      assertThat(reopened.pending()).extracting(Update::getUpdateId).containsExactly(1);
    }
    assertThat(events.list)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getLevel()).isIn(Level.INFO, Level.WARN);
              assertThat(e.getFormattedMessage()).contains("left for the next start");
              assertThat(e.getThrowableProxy()).isNull();
            });
  }
}
