package org.corpusbot.app;

import org.corpusbot.retrieval.IndexReport;
import org.corpusbot.retrieval.Partition;
import org.corpusbot.retrieval.PartitionRefusedException;
import org.corpusbot.retrieval.SyncOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code corpusbot index [--rebuild] [--partition I/N [--remove-gone]]}: bring the index in line
 * with the corpus, or one partition of it.
 */
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

  @Option(
      names = "--partition",
      paramLabel = "I/N",
      description =
          "Index only the articles whose id hashes to partition I of N (N processes, on N"
              + " machines, fill one archive); removes no article unless --remove-gone.")
  String partition;

  @Option(
      names = "--remove-gone",
      description =
          "With --partition: also remove the indexed articles of this partition that the corpus"
              + " no longer gives (a run without --partition always does).")
  boolean removeGone;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    SyncOptions options = options();
    StopOnShutdown onStop = null;
    try (Corpusbot bot =
        rebuild ? Corpusbot.forRebuild(root.settings()) : Corpusbot.writable(root.settings())) {
      onStop = StopOnShutdown.untilClosed(bot);
      IndexReport report;
      try {
        report = bot.sync(options, ConsoleProgress.auto());
      } catch (PartitionRefusedException e) {
        throw new CommandFailure(e.getMessage());
      }
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

  /** The run asked for; a usage error for options that do not go together. */
  private SyncOptions options() {
    SyncOptions options = new SyncOptions(rebuild, allowMassDelete, () -> false);
    if (partition == null) {
      if (removeGone) {
        throw new ParameterException(
            spec.commandLine(),
            "--remove-gone goes with --partition (a run without it always removes gone articles)");
      }
      return options;
    }
    Partition part;
    try {
      part = Partition.parse(partition);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (rebuild && !part.whole()) {
      throw new ParameterException(
          spec.commandLine(),
          "--rebuild cannot go with --partition "
              + part
              + ": a rebuild replaces every article, and a partition sees only its share");
    }
    return options.inPartition(part, removeGone);
  }
}
