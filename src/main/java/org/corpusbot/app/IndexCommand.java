package org.corpusbot.app;

import org.corpusbot.retrieval.IndexReport;
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

  @Option(names = "--rebuild", description = "Drop the index and embed every article again.")
  boolean rebuild;

  @Override
  public Integer call() {
    try (Corpusbot bot =
        rebuild ? Corpusbot.forRebuild(root.settings()) : Corpusbot.writable(root.settings())) {
      IndexReport report = bot.sync(rebuild, ConsoleProgress.auto());
      System.out.println(report.summary());
      return 0;
    }
  }
}
