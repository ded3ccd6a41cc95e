package org.corpusbot.app;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.corpusbot.config.Secrets;
import org.corpusbot.config.Settings;
import org.corpusbot.config.SettingsException;
import org.corpusbot.ops.Health;
import org.corpusbot.ops.HealthCheck;
import org.corpusbot.ops.OpsServer;
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
 * the corpus in the background.
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
    CountDownLatch stop = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    // NOTE: the JVM halts as soon as its shutdown hooks return, so the hook only asks this thread
    // to stop and then waits (bounded) until the bot, the journal and the index are closed.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  log.info("Stopping the Telegram bot");
                  stop.countDown();
                  awaitQuietly(closed, settings.telegram().shutdownSeconds() + 20);
                },
                "shutdown"));
    try (Corpusbot bot = Corpusbot.writable(settings);
        // Served before the first indexing, so that an orchestrator sees "alive, not ready".
        OpsServer ops = OpsServer.startIfEnabled(settings.metrics(), bot.metrics(), health(bot))) {
      bot.startSync(ConsoleProgress.auto());
      TelegramBot.Parts parts =
          new TelegramBot.Parts(
              bot.composer(),
              bot.catalog(),
              bot.contacts(),
              bot.summaries(),
              bot.conversations(),
              bot.llmStats(),
              reindexer(bot), // one indexing run at a time: says so when one is going
              settings.examples(),
              settings.dataDir());
      try (TelegramBot telegram =
          TelegramBot.start(
              settings.telegram(), token, parts, RetryPolicy.DEFAULT, bot.metrics().telegram())) {
        bot.metrics().bind(telegram::stats);
        stop.await();
      }
      return 0; // closing the bot ends a background check at a batch, committing what it did
    } finally {
      closed.countDown();
    }
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

  private static void awaitQuietly(CountDownLatch latch, long seconds) {
    try {
      if (!latch.await(seconds, TimeUnit.SECONDS)) {
        log.warn("Not closed after {} s; exiting anyway", seconds);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
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
