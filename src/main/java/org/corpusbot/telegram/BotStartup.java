package org.corpusbot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.corpusbot.telegram.TelegramBot.Parts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Builds a {@link TelegramBot} in start-up order (see its Javadoc) and starts its threads; should a
 * step fail, closes what the steps before it opened, and the failure is thrown.
 */
final class BotStartup {
  // The start-up lines keep the name operators and tests know them by.
  private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);

  private BotStartup() {}

  /**
   * See {@link TelegramBot#start}: builds, starts and returns the bot, or closes what it opened.
   */
  static TelegramBot start(
      TelegramSettings settings,
      String token,
      Parts parts,
      RetryPolicy retry,
      TelegramListener listener)
      throws TelegramApiException {
    TelegramUrl url =
        new TelegramUrl(
            settings.apiUrl().getScheme(), settings.apiUrl().getHost(), settings.port(), false);
    TelegramHttp http = new TelegramHttp(settings);
    UpdateJournal journal = null;
    ChatLanes lanes = null;
    ExecutorService composing = null;
    SendPacer pacer = null;
    AlertPost alerts = null;
    boolean success = false;
    try {
      BotApi direct =
          new TelegramBotApi(
              new OkHttpTelegramClient(http.sending(), token, url),
              retry,
              listener,
              new FileDownloads(http.sending(), settings.apiUrl(), settings.port(), token));
      User me = direct.me();
      pacer = new SendPacer(settings.sends(), System::nanoTime);
      BotApi api = new PacedBotApi(direct, pacer, SendQueue.Priority.ANSWER);
      BotIdentity identity = new BotIdentity(me.getId(), me.getUserName());
      journal =
          new UpdateJournal(parts.stateDir().resolve(TelegramBot.JOURNAL), new ObjectMapper());
      lanes = new ChatLanes(settings.workers(), settings.queueLimit());
      composing = composers(settings.workers());
      BotStats stats = new BotStats();
      CallbackData callbacks =
          new CallbackData(
              ButtonKey.loadOrCreate(parts.stateDir().resolve(TelegramBot.BUTTON_KEY)));
      UpdateHandler handler =
          new BotWiring(settings, parts, api, identity, stats, composing).handler(callbacks);
      PacedBotApi bulk = new PacedBotApi(direct, pacer, SendQueue.Priority.BULK);
      alerts =
          parts.follows() == null
              ? null
              : new AlertPost(parts.follows(), new AlertView(callbacks), bulk, pacer::chatNanos);
      UpdatePump pump = new UpdatePump(journal, lanes, handler::handle, stats);
      var pending = journal.pending();
      if (!pending.isEmpty()) {
        log.info("Answering {} updates an earlier run received but did not answer", pending.size());
        pump.dispatch(pending);
      }
      UpdatePoller poller = poller(settings, token, url, http, listener, journal, pump, retry);
      log.info(
          "Serving Telegram as @{}: {} articles",
          identity.username(),
          parts.catalog().overview().articles());
      TelegramBot bot =
          new TelegramBot(
              http,
              poller,
              lanes,
              composing,
              journal,
              identity,
              stats,
              Duration.ofSeconds(settings.shutdownSeconds()),
              pacer,
              bulk,
              alerts);
      if (alerts != null) {
        alerts.start();
      }
      // Last: nothing after it can fail, so a failed start never leaves a poller taking updates
      // into a journal the failure has closed.
      poller.start();
      success = true;
      return bot;
    } finally {
      if (!success) {
        if (alerts != null) {
          alerts.close();
        }
        if (lanes != null) {
          lanes.close();
        }
        if (composing != null) {
          composing.shutdownNow();
        }
        if (pacer != null) {
          pacer.close();
        }
        if (journal != null) {
          journal.close();
        }
        http.close();
      }
    }
  }

  /** Threads that compose answers, so that a chat's worker is free to show their progress. */
  private static ExecutorService composers(int n) {
    AtomicInteger count = new AtomicInteger();
    return Executors.newFixedThreadPool(
        n, r -> new Thread(r, "answer-composer-" + count.incrementAndGet()));
  }

  /** The poller, on the HTTP client whose calls {@link TelegramHttp#cancelPolls} aborts. */
  private static UpdatePoller poller(
      TelegramSettings settings,
      String token,
      TelegramUrl url,
      TelegramHttp http,
      TelegramListener listener,
      UpdateJournal journal,
      UpdatePump pump,
      RetryPolicy retry) {
    TelegramClient client = new OkHttpTelegramClient(http.polling(), token, url);
    int timeout = settings.pollTimeoutSeconds();
    return new UpdatePoller(
        offset ->
            client.execute(GetUpdates.builder().offset(offset).limit(100).timeout(timeout).build()),
        journal,
        pump::dispatch,
        new PollBackOff(retry, listener),
        http::cancelPolls);
  }
}
