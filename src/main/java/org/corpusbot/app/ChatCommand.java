package org.corpusbot.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.corpusbot.config.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code corpusbot chat}: a conversation over the corpus on the console.
 *
 * <p>When an index exists, the chat starts at once and the corpus is re-checked on a background
 * thread (new or changed articles become answerable when it finishes); a first start waits for the
 * index to be built, with progress shown.
 */
@Command(
    name = "chat",
    mixinStandardHelpOptions = true,
    description = "Chat with the corpus on the console.")
final class ChatCommand implements Callable<Integer> {
  private static final Logger log = LoggerFactory.getLogger(ChatCommand.class);

  @ParentCommand RootCommand root;

  ChatCommand() {}

  ChatCommand(RootCommand root) {
    this.root = root;
  }

  @Override
  public Integer call() throws Exception {
    Settings settings = root.settings();
    boolean existed = Corpusbot.indexExists(settings.indexDir());
    try (Corpusbot bot = Corpusbot.writable(settings)) {
      Thread sync = null;
      if (existed) {
        sync = new Thread(() -> backgroundSync(bot), "index-sync");
        sync.setDaemon(true);
        sync.start();
      } else {
        bot.sync(false, ConsoleProgress.auto());
      }
      boolean interactive = System.console() != null;
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      new ConsoleChat(bot, out, interactive).run(in);
      if (sync != null) {
        sync.join(); // never close the index under a running sync
      }
      return 0;
    }
  }

  private static void backgroundSync(Corpusbot bot) {
    try {
      bot.sync(false, org.corpusbot.retrieval.IndexProgress.NONE);
    } catch (RuntimeException e) {
      log.error(
          "Updating the index from the corpus failed; answering from the previous index: {}",
          e.getMessage());
    }
  }
}
