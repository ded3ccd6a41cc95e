package org.corpusbot.app;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.corpusbot.config.Secrets;
import org.corpusbot.config.Settings;
import org.corpusbot.config.SettingsException;
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
    try (Corpusbot bot = Corpusbot.writable(settings)) {
      bot.startSync(ConsoleProgress.auto());
      TelegramBot.Parts parts =
          new TelegramBot.Parts(
              bot.composer(),
              bot.catalog(),
              bot.contacts(),
              bot.summaries(),
              bot.conversations(),
              bot.llmStats(),
              bot::reindex, // one indexing run at a time: says so when one is going
              settings.examples(),
              settings.dataDir());
      CountDownLatch stopped = new CountDownLatch(1);
      try (TelegramBot telegram =
          TelegramBot.start(settings.telegram(), token, parts, RetryPolicy.DEFAULT)) {
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      log.info("Stopping the Telegram bot");
                      telegram.close();
                      stopped.countDown();
                    },
                    "shutdown"));
        stopped.await();
      }
      return 0; // closing the bot ends a background check at a batch, committing what it did
    }
  }
}
