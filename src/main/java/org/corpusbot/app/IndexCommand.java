package org.corpusbot.app;

import org.corpusbot.retrieval.IndexReport;
import org.corpusbot.retrieval.SyncOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code corpusbot index [--rebuild]}: bring the index in line with the corpus. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = "Index new and changed articles and drop deleted ones (or rebuild everything).")
final class IndexCommand implements java.util.concurrent.Callable<Integer> {
  @ParentCommand RootCommand root;

  @Option(
      names = "--rebuild",
      description =
          "Embed every article again; the index in service answers until the new one is complete."
              + " Moves a damaged index aside.")
  boolean rebuild;

  @Option(
      names = "--allow-mass-delete",
      description =
          "Remove articles the corpus no longer gives even when they are more than"
              + " index.max-delete-share of the index, or all of it; with a rebuild, also those"
              + " of files that could not be read.")
  boolean allowMassDelete;

  @Override
  public Integer call() {
    StopOnShutdown onStop = null;
    try (Corpusbot bot =
        rebuild ? Corpusbot.forRebuild(root.settings()) : Corpusbot.writable(root.settings())) {
      onStop = StopOnShutdown.untilClosed(bot);
      IndexReport report =
          bot.sync(new SyncOptions(rebuild, allowMassDelete, () -> false), ConsoleProgress.auto());
      System.out.println(report.summary());
      if (report.result() == IndexReport.Result.REFUSED) {
        throw new CommandFailure(report.warning());
      }
      return 0;
    } finally {
      if (onStop != null) {
        onStop.close(); // after the bot closed: a SIGTERM waits until the index is committed
      }
    }
  }
}
