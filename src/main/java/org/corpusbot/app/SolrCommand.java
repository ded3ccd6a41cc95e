package org.corpusbot.app;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.corpusbot.config.Settings;
import org.corpusbot.retrieval.Embedder;
import org.corpusbot.solr.Configset;
import org.corpusbot.solr.SolrCollections;
import org.corpusbot.solr.SolrOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code corpusbot solr init}: the SolrCloud collection's one-time set-up. */
@Command(
    name = "solr",
    mixinStandardHelpOptions = true,
    description = "Set up the SolrCloud collection (retrieval.backend = solr).",
    subcommands = {SolrCommand.Init.class})
final class SolrCommand implements Callable<Integer> {
  /** The shortest wait for {@code solr init}'s requests. */
  static final Duration CREATE = Duration.ofMinutes(2);

  @ParentCommand RootCommand root;

  @Override
  public Integer call() {
    throw new picocli.CommandLine.ParameterException(
        new picocli.CommandLine(this), "say what to do: `corpusbot solr init`");
  }

  /** The vector dimension of the configured embedding model (loads it). */
  static int dimension(Settings settings) {
    try (Embedder embedder = new Embedder(settings.embeddingModel())) {
      return embedder.dimension();
    }
  }

  /**
   * Creates the collection of {@code settings} for vectors of {@code dimension} when missing.
   *
   * @throws CommandFailure when it exists with another dimension or schema version
   */
  static SolrCollections.Outcome init(Settings settings, int dimension, Configset configset) {
    SolrOptions o = SolrConnection.options(settings);
    // Creating a collection loads a core on every node and waits for their leaders: slower than
    // any question, so it gets longer than solr.request-timeout-ms (on a busy test machine it
    // took over 10 s).
    Duration request = o.requestTimeout().compareTo(CREATE) < 0 ? CREATE : o.requestTimeout();
    try {
      return SolrCollections.init(
          o.withTimeouts(o.connectTimeout(), request, o.zkTimeout()), dimension, configset);
    } catch (IllegalStateException e) {
      throw new CommandFailure(e.getMessage());
    }
  }

  /**
   * Uploads the configset with the embedding model's vector dimension and creates the collection
   * with {@code solr.shards} and {@code solr.replicas} when it is missing; run again, it changes
   * nothing. An existing collection of another dimension or schema version is refused, with how to
   * go on.
   */
  @Command(
      name = "init",
      mixinStandardHelpOptions = true,
      description =
          "Create the collection (solr.collection) with solr.shards x solr.replicas when missing,"
              + " for vectors of embedding.model; idempotent.")
  static final class Init implements Callable<Integer> {
    @ParentCommand SolrCommand solr;

    @Option(
        names = "--configset",
        paramLabel = "DIR",
        description =
            "The Solr configset to upload (default: config/solr when it exists, else the one"
                + " packaged with corpusbot).")
    Path configset;

    @Override
    public Integer call() {
      Settings settings = solr.root.settings();
      if (!settings.solr().located()) {
        throw new CommandFailure(
            "no SolrCloud configured: set solr.zk-hosts (CORPUSBOT_SOLR_ZK_HOSTS) or solr.urls"
                + " (CORPUSBOT_SOLR_URLS)");
      }
      Configset files;
      try {
        files = Configset.choose(configset); // before loading the model: a wrong folder fails fast
      } catch (IllegalArgumentException e) {
        throw new CommandFailure(e.getMessage());
      } catch (UncheckedIOException e) {
        throw new CommandFailure(e.getMessage() + ": " + e.getCause());
      }
      int dimension = dimension(settings);
      SolrOptions options = SolrConnection.options(settings);
      SolrCollections.Outcome outcome = init(settings, dimension, files);
      System.out.println(
          (outcome == SolrCollections.Outcome.CREATED ? "Created " : "Already there: ")
              + options.where()
              + (outcome == SolrCollections.Outcome.CREATED
                  ? ", " + options.shards() + " shards x " + options.replicas() + " replicas"
                  : "")
              + (outcome == SolrCollections.Outcome.CREATED ? " from " + files.origin() : "")
              + ", vectors of "
              + dimension
              + " ("
              + settings.embeddingModel().configName()
              + ")");
      return 0;
    }
  }
}
