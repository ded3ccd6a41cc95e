package org.corpusbot.app;

import org.corpusbot.config.SettingsException;
import org.corpusbot.corpus.CorpusException;
import org.corpusbot.retrieval.IndexUnavailableException;
import org.corpusbot.solr.SolrCollections;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Entry point. Exit codes: 0 done, 1 failed (with a one-line reason), 2 usage error (with help).
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String... args) {
    CommandLine cli = new CommandLine(new RootCommand());
    cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          cmd.getErr().println("corpusbot: " + reason(e));
          LoggerFactory.getLogger(Main.class).debug("failure", e);
          return 1;
        });
    return cli.execute(args);
  }

  private static String reason(Exception e) {
    if (e instanceof SettingsException
        || e instanceof CorpusException
        || e instanceof IndexUnavailableException
        || e instanceof CommandFailure
        || e instanceof SolrCollections.MismatchException) {
      return e.getMessage();
    }
    String m = e.getMessage();
    return e.getClass().getSimpleName()
        + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
  }
}
