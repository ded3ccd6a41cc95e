package org.corpusbot.telegram;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.corpusbot.answer.AnswerComposer;
import org.corpusbot.answer.Conversations;
import org.corpusbot.answer.UnreachableParts;
import org.corpusbot.answer.llm.LlmStats;
import org.corpusbot.follows.FollowService;
import org.corpusbot.meetings.ContactStore;
import org.corpusbot.retrieval.ArticleCatalog;
import org.corpusbot.summary.Summaries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The running Telegram bot: our own long-polling loop, a journal in the data folder, a pool of chat
 * workers, threads that compose answers, and the commands.
 *
 * <p>Start-up: {@code getMe} (retried until the Bot API answers), {@code setMyCommands}, a log line
 * with the username and corpus size, then what an earlier run left unanswered, then polling. The
 * token is only ever handed to the HTTP clients; nothing here logs a URL.
 */
public final class TelegramBot implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);
  static final String JOURNAL = "telegram-updates.journal";
  static final String BUTTON_KEY = "telegram-buttons.key";

  private final TelegramHttp http;
  private final UpdatePoller poller;
  private final ChatLanes lanes;
  private final ExecutorService composing;
  private final UpdateJournal journal;
  private final BotIdentity identity;
  private final BotStats stats;
  private final Duration shutdownGrace;
  private final SendPacer pacer;
  private final BotApi bulk;
  private final AlertPost alerts;

  TelegramBot(
      TelegramHttp http,
      UpdatePoller poller,
      ChatLanes lanes,
      ExecutorService composing,
      UpdateJournal journal,
      BotIdentity identity,
      BotStats stats,
      Duration shutdownGrace,
      SendPacer pacer,
      BotApi bulk,
      AlertPost alerts) {
    this.alerts = alerts;
    this.pacer = pacer;
    this.bulk = bulk;
    this.http = http;
    this.poller = poller;
    this.lanes = lanes;
    this.composing = composing;
    this.journal = journal;
    this.identity = identity;
    this.stats = stats;
    this.shutdownGrace = shutdownGrace;
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
      Path stateDir,
      Arrivals arrivals,
      FollowService follows,
      UnreachableParts unreachable) {
    /**
     * {@code arrivals} null: no admin additions. {@code follows} null: the bot offers no /follow
     * (benchmarks, tests of other parts). {@code unreachable}: where the archive reports shards
     * that did not answer (the one the composer adds its note from), so that /met, /summary and
     * /articles add the note too; null: an archive without shards (nothing is ever reported).
     */
    public Parts {
      arrivals = arrivals == null ? Arrivals.NONE : arrivals;
      unreachable = unreachable == null ? new UnreachableParts() : unreachable;
    }
  }

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
    return BotStartup.start(settings, token, parts, retry, listener);
  }

  /** Counts since start, and the updates waiting in the journal. Thread-safe. */
  public TelegramStats stats() {
    return stats.snapshot(journal.depth());
  }

  /**
   * The Bot API for alerts and digests: its sends and edits share the bot's one outgoing queue with
   * the answers, after them ({@link SendQueue.Priority#BULK}). A send blocks until its slot, then
   * returns as {@link BotApi#send} does; one refused for good (403: the user blocked the bot, or
   * the bot left the group) throws {@link BotApiException} with Telegram's code; one cut short by
   * {@link #close} or an interrupt throws it with code 0, not sent. Public for {@code
   * bench-delivery}.
   */
  public BotApi bulk() {
    return bulk;
  }

  public String username() {
    return identity.username();
  }

  /**
   * Stops polling, lets the answers in progress finish for up to {@code telegram.shutdown-seconds},
   * and closes the journal. Updates received and not answered stay in the journal: the next start
   * answers them.
   */
  @Override
  public void close() {
    poller.close();
    if (alerts != null) {
      alerts.close(); // what it had not sent stays in the outbox for the next start
    }
    try {
      if (!lanes.shutdown(shutdownGrace)) {
        log.warn(
            "Answers still in progress after {} s were stopped (telegram.shutdown-seconds)",
            shutdownGrace.toSeconds());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      lanes.close();
    }
    composing.shutdownNow();
    pacer.close();
    int left = journal.pending().size();
    try {
      journal.close();
    } finally {
      http.close();
    }
    log.info("Telegram bot stopped; {} received updates left for the next start to answer", left);
  }
}
