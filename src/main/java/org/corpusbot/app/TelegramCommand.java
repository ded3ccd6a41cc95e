package org.corpusbot.app;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.corpusbot.config.Secrets;
import org.corpusbot.config.Settings;
import org.corpusbot.config.SettingsException;
import org.corpusbot.ops.Health;
import org.corpusbot.ops.HealthCheck;
import org.corpusbot.ops.OpsServer;
import org.corpusbot.telegram.Arrivals;
import org.corpusbot.telegram.Reindexer;
import org.corpusbot.telegram.RetryPolicy;
import org.corpusbot.telegram.TelegramBot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code corpusbot telegram}: serves the corpus in Telegram until stopped (Ctrl-C, SIGTERM). Needs
 * {@code TELEGRAM_BOT_TOKEN}. Like the chat, it answers from an existing index at once and checks
 * the corpus in the background; a first start builds the index first. On SIGTERM ({@link
 * StopOnShutdown}) indexing ends at its next batch, the answers in progress get {@code
 * telegram.shutdown-seconds}, and a first build stopped early does not go on to serve.
 */
@Command(
    name = "telegram",
    mixinStandardHelpOptions = true,
    description = "Serve the corpus as a Telegram bot (needs TELEGRAM_BOT_TOKEN).")
final class TelegramCommand implements Callable<Integer> {
  private static final Logger log = LoggerFactory.getLogger(TelegramCommand.class);

  @ParentCommand RootCommand root;

  TelegramCommand() {}

  TelegramCommand(RootCommand root) {
    this.root = root;
  }

  @Override
  public Integer call() throws Exception {
    Settings settings = root.settings();
    String token = settings.secrets().telegramToken();
    if (token == null) {
      throw new SettingsException(
          Secrets.TELEGRAM_TOKEN_VAR
              + " is not set: create a bot with @BotFather and export its token");
    }
    StopOnShutdown onStop = null;
    try (Corpusbot bot = Corpusbot.writable(settings);
        // Served before the first indexing, so that an orchestrator sees "alive, not ready".
        OpsServer ops = OpsServer.startIfEnabled(settings.metrics(), bot.metrics(), health(bot))) {
      onStop =
          StopOnShutdown.untilClosed(
              bot, Duration.ofSeconds(settings.telegram().shutdownSeconds()));
      var live = bot.startLive(); // watches the corpus folder and the inbox (watch.enabled)
      bot.startFeeds(live); // polls feeds.urls and the feeds admins added
      bot.startFollows(Clock.systemUTC()); // matches what every indexing run adds
      bot.startSync(ConsoleProgress.auto()); // a first start indexes here; SIGTERM ends it early
      if (onStop.stopping()) {
        log.info("Stopped before serving Telegram; the next start carries on indexing");
        return 0;
      }
      try (TelegramBot telegram =
          TelegramBot.start(
              settings.telegram(),
              token,
              parts(bot),
              RetryPolicy.DEFAULT,
              bot.metrics().telegram())) {
        bot.metrics().bind(telegram::stats);
        onStop.awaitStop();
      }
      return 0; // closing the bot ends a background check at a batch, committing what it did
    } finally {
      if (onStop != null) {
        onStop.close(); // after the index closed: a SIGTERM waits until it is committed
      }
    }
  }

  private static TelegramBot.Parts parts(Corpusbot bot) {
    return new TelegramBot.Parts(
        bot.composer(),
        bot.catalog(),
        bot.contacts(),
        bot.summaries(),
        bot.conversations(),
        bot.llmStats(),
        reindexer(bot), // one indexing run at a time: says so when one is going
        bot.settings().examples(),
        bot.settings().dataDir(),
        // Admins' documents, links and feeds go through the live corpus's inbox, like every other
        // arrival.
        new Arrivals(bot.ingest(), bot.feeds(), bot.feeds()),
        bot.follows(),
        bot.unreachable()); // shards that did not answer: the note on /met, /summary, /articles
  }

  private static Reindexer reindexer(Corpusbot bot) {
    return new Reindexer() {
      @Override
      public String reindex() {
        return bot.reindex();
      }

      @Override
      public Optional<String> busy() {
        return bot.indexingBusy();
      }
    };
  }

  /** Ready when the index holds articles and long polls come back within their timeout. */
  static Health health(Corpusbot bot) {
    int poll = bot.settings().telegram().pollTimeoutSeconds();
    Map<String, HealthCheck> checks = new LinkedHashMap<>();
    checks.put("index", Health.index(bot.catalog()));
    checks.put("polling", bot.metrics().polling(Duration.ofSeconds(poll + 60L)));
    return new Health(checks);
  }
}
