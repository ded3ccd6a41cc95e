package org.corpusbot.app;

import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.corpusbot.config.Settings;
import org.corpusbot.retrieval.Archive;
import org.corpusbot.retrieval.CorpusIndex;
import org.corpusbot.retrieval.Embedder;
import org.corpusbot.retrieval.EmbeddingModelChoice;
import org.corpusbot.retrieval.HybridSearcher;
import org.corpusbot.retrieval.IndexDamagedException;
import org.corpusbot.retrieval.IndexFolder;
import org.corpusbot.retrieval.IndexProgress;
import org.corpusbot.retrieval.IndexUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a {@link Corpusbot} on its archive: the local index (writable, for a rebuild moving a
 * damaged index aside, or read-only for questions) or, with {@code retrieval.backend = solr}, the
 * SolrCloud collection; checks the archive's embedding model; closes what it opened when the start
 * fails. A cluster that cannot be reached fails the start with a one-line {@link
 * IndexUnavailableException}.
 */
final class BotOpener {
  private static final Logger log = LoggerFactory.getLogger(BotOpener.class);

  private BotOpener() {}

  /** Opens the index for writing (creating it if needed); {@link Corpusbot#sync} fills it. */
  static Corpusbot writable(Settings settings) {
    if (settings.solrBackend()) {
      return openArchive(settings, (s, e) -> SolrConnection.open(s, true, e.dimension()));
    }
    return open(settings, CorpusIndex::openWritable);
  }

  /**
   * Opens the index for a rebuild: a damaged index is moved aside (never deleted) and a new one
   * started in its place, to be filled by {@link Corpusbot#sync} with {@code rebuild}.
   */
  static Corpusbot forRebuild(Settings settings) {
    if (settings.solrBackend()) {
      return writable(settings); // a collection is never moved aside: Solr keeps its replicas
    }
    try {
      return writable(settings);
    } catch (IndexDamagedException e) {
      Path aside = IndexFolder.moveAside(settings.indexDir());
      log.warn(
          "Moved the damaged index to {} ({}); rebuilding from the corpus",
          aside,
          e.getCause() == null ? e.getMessage() : e.getCause().toString());
      return writable(settings);
    }
  }

  /**
   * Opens the index for answering. An existing index is opened read-only, so this works while a
   * running bot holds the writer; a missing one is built from the corpus first.
   */
  static Corpusbot forQuestions(Settings settings, IndexProgress progress) {
    if (settings.solrBackend()) {
      // A collection is filled by `corpusbot index` (perhaps on other machines), never by a
      // question: an empty one answers that the articles don't say.
      return openArchive(settings, (s, e) -> SolrConnection.open(s, false, 0));
    }
    if (indexExists(settings.indexDir())) {
      return open(settings, CorpusIndex::openReadOnly);
    }
    Corpusbot bot = writable(settings);
    boolean success = false;
    try {
      bot.sync(false, progress);
      success = true;
      return bot;
    } finally {
      if (!success) {
        bot.close();
      }
    }
  }

  /** Opens the embedder and, with {@code opener}, the index, then builds the bot on them. */
  static Corpusbot open(Settings settings, Function<Path, CorpusIndex> opener) {
    return openArchive(settings, (s, e) -> opener.apply(s.indexDir()));
  }

  /** Opens the embedder and, with {@code opener}, the archive, then builds the bot on them. */
  static Corpusbot openArchive(Settings settings, BiFunction<Settings, Embedder, Archive> opener) {
    Embedder embedder = null;
    Archive archive = null;
    boolean success = false;
    try {
      embedder = new Embedder(settings.embeddingModel());
      archive = opener.apply(settings, embedder);
      checkServedModel(archive, settings);
      Corpusbot bot = new Corpusbot(settings, embedder, archive);
      success = true;
      return bot;
    } finally {
      if (!success) {
        closeWhileHandlingException(archive, embedder);
      }
    }
  }

  /**
   * True when an index has been built in {@code dir}.
   *
   * @throws IndexUnavailableException when the folder cannot be read or the index is damaged: never
   *     taken for "no index", which would build a new one over it
   */
  static boolean indexExists(Path dir) {
    return IndexFolder.built(dir);
  }

  /**
   * Questions are embedded by the model the served index was built with (see {@link
   * HybridSearcher}); this says so when it is not the configured one, and refuses an index whose
   * model this version does not have unless it is about to be rebuilt.
   */
  private static void checkServedModel(Archive index, Settings settings) {
    String served = index.servedModelName();
    String configured = settings.embeddingModel().configName();
    if (served == null || served.equals(configured)) {
      return;
    }
    boolean known = EmbeddingModelChoice.find(served).isPresent();
    if (!known && !index.writable()) {
      throw new IndexUnavailableException(
          where(index)
              + " was built with embedding model '"
              + served
              + "', which this version does not have; run `corpusbot index --rebuild` to build it"
              + " again with "
              + configured);
    }
    log.warn(
        "{} was built with embedding model {}, the configuration says {}: {} until"
            + " the index is rebuilt{}",
        capitalized(where(index)),
        served,
        configured,
        known ? "questions are embedded with " + served : "questions are searched by words alone",
        index.writable() ? " (now)" : " (`corpusbot index`)");
  }

  /** "the index in DIR" or "Solr collection C (ZooKeeper H)", for messages. */
  private static String where(Archive archive) {
    return archive instanceof CorpusIndex ? "the index in " + archive.where() : archive.where();
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Closes each of {@code opened} that is not null; a failure is logged, not thrown. */
  private static void closeWhileHandlingException(AutoCloseable... opened) {
    for (AutoCloseable c : opened) {
      if (c != null) {
        try {
          c.close();
        } catch (Exception | Error e) {
          // The start's own failure is what is thrown; this one would otherwise go unseen.
          log.warn("Closing {} after a failed start failed", c.getClass().getSimpleName(), e);
        }
      }
    }
  }
}
