package org.corpusbot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.corpusbot.answer.AnswerComposer;
import org.corpusbot.answer.Conversations;
import org.corpusbot.answer.llm.LlmStats;
import org.corpusbot.meetings.ContactStore;
import org.corpusbot.retrieval.ArticleCatalog;
import org.corpusbot.summary.Summaries;
import org.corpusbot.summary.SummaryArguments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The running Telegram bot: long polling with our own consumer, a journal in the data folder, a
 * pool of chat workers, and the commands.
 *
 * <p>Start-up: {@code getMe} (retried until the Bot API answers), {@code setMyCommands}, a log line
 * with the username and corpus size, then what an earlier run left unanswered, then polling. The
 * token is only ever handed to the HTTP clients; nothing here logs a URL.
 */
public final class TelegramBot implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);
  static final String JOURNAL = "telegram-updates.journal";

  private final TelegramBotsLongPollingApplication polling;
  private final ChatLanes lanes;
  private final UpdateJournal journal;
  private final BotIdentity identity;
  private final BotStats stats;

  private TelegramBot(
      TelegramBotsLongPollingApplication polling,
      ChatLanes lanes,
      UpdateJournal journal,
      BotIdentity identity,
      BotStats stats) {
    this.polling = polling;
    this.lanes = lanes;
    this.journal = journal;
    this.identity = identity;
    this.stats = stats;
  }

  /** What the bot needs from the rest of corpusbot. */
  public record Parts(
      AnswerComposer composer,
      ArticleCatalog catalog,
      ContactStore contacts,
      Summaries summaries,
      Conversations conversations,
      LlmStats llm,
      Reindexer reindexer,
      List<String> examples,
      Path stateDir) {}

  public static TelegramBot start(
      TelegramSettings settings, String token, Parts parts, RetryPolicy retry)
      throws TelegramApiException {
    return start(settings, token, parts, retry, TelegramListener.NONE);
  }

  /** As above, telling {@code listener} about Bot API calls and polls (for monitoring). */
  public static TelegramBot start(
      TelegramSettings settings,
      String token,
      Parts parts,
      RetryPolicy retry,
      TelegramListener listener)
      throws TelegramApiException {
    TelegramUrl url =
        new TelegramUrl(
            settings.apiUrl().getScheme(), settings.apiUrl().getHost(), settings.port(), false);
    OkHttpClient http =
        new OkHttpClient.Builder()
            .connectTimeout(10, TimeUnit.SECONDS)
            .readTimeout(settings.pollTimeoutSeconds() + 20L, TimeUnit.SECONDS)
            .writeTimeout(30, TimeUnit.SECONDS)
            .build();
    BotApi api = new TelegramBotApi(new OkHttpTelegramClient(http, token, url), retry, listener);
    User me = api.me();
    BotIdentity identity = new BotIdentity(me.getId(), me.getUserName());

    BotStats stats = new BotStats();
    Replies replies = new Replies(api);
    CallbackData callbacks = new CallbackData();
    AccessPolicy access =
        new AccessPolicy(settings.allowedUsers(), settings.allowedChats(), settings.admins());
    AnswerView answerView = new AnswerView(callbacks);
    ChatMemory memory = new ChatMemory();
    QuestionFlow flow =
        new QuestionFlow(
            parts.composer(),
            answerView,
            replies,
            new RateLimiter(settings.burst(), settings.refill(), System::nanoTime),
            memory,
            stats,
            parts.conversations());
    ArticlesView articles = new ArticlesView(parts.catalog(), callbacks);
    SummaryReply summaryReply = new SummaryReply(answerView, memory, replies);
    Commands commands = new Commands();
    commands
        .add(new StartCommand(parts.catalog(), replies, parts.examples()))
        .add(new HelpCommand(commands, replies))
        .add(new AskCommand(flow))
        .add(new ArticlesCommand(articles, replies))
        .add(new SourcesCommand(memory, answerView, replies))
        .add(
            new SummaryCommand(
                new SummaryArguments(parts.summaries()), summaryReply, callbacks, replies))
        .add(new MetCommand(parts.contacts(), answerView, memory, replies))
        .add(new ResetCommand(parts.conversations(), replies))
        .add(new ReindexCommand(parts.reindexer(), replies))
        .add(new StatsCommand(stats, parts.catalog(), parts.llm(), replies));

    api.setCommands(
        commands.publicOnes().stream()
            .map(c -> new BotCommand(c.name(), c.description()))
            .toList());
    log.info(
        "Serving Telegram as @{}: {} articles",
        identity.username(),
        parts.catalog().overview().articles());

    UpdateHandler handler =
        new UpdateHandler(
            new MessageRouter(identity, commands, flow, access, replies, stats),
            new CallbackRouter(
                callbacks,
                parts.catalog(),
                articles,
                access,
                replies,
                stats,
                parts.summaries(),
                summaryReply),
            stats);
    ChatLanes lanes = new ChatLanes(settings.workers(), settings.queueLimit());
    UpdateJournal journal =
        new UpdateJournal(parts.stateDir().resolve(JOURNAL), new ObjectMapper());
    UpdatePump pump = new UpdatePump(journal, lanes, handler, stats);
    var pending = journal.pending();
    if (!pending.isEmpty()) {
      log.info("Answering {} updates an earlier run received but did not answer", pending.size());
      pump.dispatch(pending);
    }
    TelegramBotsLongPollingApplication app =
        new TelegramBotsLongPollingApplication(
            ObjectMapper::new,
            () -> http,
            () -> Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "telegram-poller")),
            () -> new PollBackOff(retry.max().toMillis(), listener));
    int timeout = settings.pollTimeoutSeconds();
    app.registerBot(
        token,
        () -> url,
        last -> GetUpdates.builder().offset(last + 1).limit(100).timeout(timeout).build(),
        pump);
    return new TelegramBot(app, lanes, journal, identity, stats);
  }

  /** Counts since start, and the updates waiting in the journal. Thread-safe. */
  public TelegramStats stats() {
    return stats.snapshot(journal.depth());
  }

  public String username() {
    return identity.username();
  }

  /** Stops polling, lets queued answers finish for a few seconds, closes the journal. */
  @Override
  public void close() {
    try {
      polling.close();
    } catch (Exception e) {
      log.warn("Stopping polling: {}", e.getMessage());
    }
    try {
      lanes.shutdown(10);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    journal.close();
  }
}
