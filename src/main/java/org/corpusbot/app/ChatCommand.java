package org.corpusbot.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
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
  @ParentCommand RootCommand root;

  ChatCommand() {}

  ChatCommand(RootCommand root) {
    this.root = root;
  }

  @Override
  public Integer call() throws Exception {
    try (Corpusbot bot = Corpusbot.writable(root.settings());
        var onStop = StopOnShutdown.untilIndexingEnds(bot)) {
      var live = bot.startLive(); // watches the corpus folder and the inbox (watch.enabled)
      bot.startFeeds(live); // polls feeds.urls and the feeds admins added
      bot.startSync(ConsoleProgress.auto());
      boolean interactive = System.console() != null;
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      new ConsoleChat(bot, out, interactive).run(in);
      return 0; // closing the bot ends a background check at a batch, committing what it did
    }
  }
}
