package org.corpusbot.app;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.corpusbot.answer.AnswerComposer;
import org.corpusbot.answer.Conversations;
import org.corpusbot.answer.ExtractiveComposer;
import org.corpusbot.answer.FollowUpComposer;
import org.corpusbot.answer.ForegroundComposer;
import org.corpusbot.answer.LanguageGate;
import org.corpusbot.answer.NameCarryOver;
import org.corpusbot.answer.PartialArchiveComposer;
import org.corpusbot.answer.QueryRewriter;
import org.corpusbot.answer.QuestionGuard;
import org.corpusbot.answer.Translator;
import org.corpusbot.answer.UnreachableParts;
import org.corpusbot.answer.llm.GroundedWriter;
import org.corpusbot.answer.llm.LlmClient;
import org.corpusbot.answer.llm.LlmComposer;
import org.corpusbot.answer.llm.LlmQueryRewriter;
import org.corpusbot.answer.llm.LlmStats;
import org.corpusbot.answer.llm.LlmTranslator;
import org.corpusbot.answer.llm.ModelCall;
import org.corpusbot.config.Secrets;
import org.corpusbot.config.Settings;
import org.corpusbot.corpus.CorpusLoader;
import org.corpusbot.feeds.Feeds;
import org.corpusbot.follows.FollowMatcher;
import org.corpusbot.follows.FollowService;
import org.corpusbot.follows.MatchTuning;
import org.corpusbot.follows.Matching;
import org.corpusbot.follows.TermWeights;
import org.corpusbot.ingest.Inbox;
import org.corpusbot.ingest.Ingest;
import org.corpusbot.ingest.LiveCorpus;
import org.corpusbot.meetings.ContactAnnotator;
import org.corpusbot.meetings.ContactStore;
import org.corpusbot.meetings.LlmContactExtractor;
import org.corpusbot.meetings.MeetingAwareComposer;
import org.corpusbot.meetings.MeetingExtractor;
import org.corpusbot.ops.BotMetrics;
import org.corpusbot.retrieval.Archive;
import org.corpusbot.retrieval.ArticleAnnotator;
import org.corpusbot.retrieval.ArticleCatalog;
import org.corpusbot.retrieval.CorpusIndex;
import org.corpusbot.retrieval.Embedder;
import org.corpusbot.retrieval.HybridSearcher;
import org.corpusbot.retrieval.IndexProgress;
import org.corpusbot.retrieval.IndexReport;
import org.corpusbot.retrieval.Lexicon;
import org.corpusbot.retrieval.SyncOptions;
import org.corpusbot.summary.Summaries;
import org.corpusbot.summary.SummaryAwareComposer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where the parts are built and wired: settings in, a ready corpus bot out. Every
 * other class receives what it needs through its constructor.
 */
public final class Corpusbot implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Corpusbot.class);

  private final Settings settings;
  private final Embedder embedder;
  private final Archive archive;
  private final UnreachableParts unreachable = new UnreachableParts();
  private final HybridSearcher searcher;
  private final ArticleCatalog catalog;
  private final AnswerComposer composer;
  private final ContactStore contacts;
  private final Summaries summaries;
  private final LlmStats llmStats = new LlmStats();
  private final Conversations conversations = new Conversations();
  private final BotMetrics metrics;
  private final CorpusSync indexing;
  private volatile LiveCorpus live;
  private volatile Feeds feeds;
  private volatile FollowService follows;

  /**
   * Builds the bot on an opened archive (the local index or a SolrCloud collection); see {@link
   * BotOpener} for opening one. A remote archive is guarded: its searches report unreachable shards
   * for the note on an answer, its writes are retried ({@link GuardedArchive}).
   */
  Corpusbot(Settings settings, Embedder embedder, Archive opened) {
    this.settings = settings;
    this.embedder = embedder;
    this.archive =
        opened instanceof CorpusIndex
            ? opened
            : new GuardedArchive(opened, unreachable, RetryingWriter.DEFAULT);
    this.metrics = BotMetrics.of(settings.metrics());
    this.searcher =
        new HybridSearcher(archive, embedder, settings.retrieval(), metrics.retrieval());
    this.catalog = archive.catalog();
    metrics.bind(catalog);
    metrics.bind(llmStats);
    this.indexing = new CorpusSync(settings, archive, embedder, metrics, contacts(settings));
    this.contacts = new ContactStore(archive.annotations());
    Lexicon lexicon = new Lexicon(archive);
    GroundedWriter writer = writer(settings, llmStats);
    AnswerComposer offline = new ExtractiveComposer(searcher, lexicon, embedder, settings.answer());
    AnswerComposer answers =
        writer == null
            ? offline
            : new LlmComposer(searcher, writer, offline, settings.answer().passages());
    this.summaries =
        new Summaries(catalog, searcher, lexicon, embedder, settings.summary(), writer);
    QueryRewriter rewriter =
        writer == null ? new NameCarryOver() : new LlmQueryRewriter(writer, new NameCarryOver());
    this.composer =
        metrics.timed(
            new PartialArchiveComposer(
                new ForegroundComposer(
                    new QuestionGuard(
                        new LanguageGate(
                            translator(settings),
                            new FollowUpComposer(
                                rewriter,
                                new SummaryAwareComposer(
                                    summaries, new MeetingAwareComposer(contacts, answers))))),
                    embedder.foreground()),
                unreachable));
  }

  /**
   * The contact annotator of an indexing run, given its stop: the offline rules, or with {@code
   * meetings.llm-extraction} the model with the rules as the fallback.
   */
  private static Function<BooleanSupplier, ArticleAnnotator> contacts(Settings settings) {
    if (!settings.llmContacts()) {
      return stop -> new ContactAnnotator(new MeetingExtractor());
    }
    ModelCall model =
        ModelCall.create(
            settings.llm(), settings.secrets().llmApiKey(), LlmContactExtractor.REPLY_TOKENS);
    log.info(
        "Contacts are found by {} as well, checked against each article; the rules' contacts when"
            + " it fails",
        model.model());
    return stop ->
        new ContactAnnotator(new LlmContactExtractor(new MeetingExtractor(), model, stop));
  }

  /** The language model's translator of foreign questions, or null when none is configured. */
  private static Translator translator(Settings settings) {
    return settings.llm().enabled()
        ? new LlmTranslator(
            ModelCall.create(
                settings.llm(), settings.secrets().llmApiKey(), LlmTranslator.REPLY_TOKENS))
        : null;
  }

  /** The language model's writer, or null when none is configured (answers are offline). */
  private static GroundedWriter writer(Settings settings, LlmStats stats) {
    if (!settings.llm().enabled()) {
      return null;
    }
    Secrets s = settings.secrets();
    log.info(
        "Answers and summaries are written by {} model {} at {}; offline answers when it fails",
        settings.llm().provider().name().toLowerCase(Locale.ROOT),
        settings.llm().effectiveModel(),
        // A URL may carry credentials (http://user:secret@host); the log shows where, not who.
        settings.llm().effectiveBaseUrl().replaceFirst("//[^/@]*@", "//"));
    List<String> secrets = new ArrayList<>();
    if (s.telegramToken() != null) {
      secrets.add(s.telegramToken());
    }
    if (s.llmApiKey() != null) {
      secrets.add(s.llmApiKey());
    }
    if (s.solrPassword() != null) {
      secrets.add(s.solrPassword());
    }
    return new GroundedWriter(
        LlmClient.create(settings.llm(), s.llmApiKey()),
        settings.llm(),
        stats,
        new HashSet<>(secrets));
  }

  /**
   * Every metric (questions, stages, indexing, language model, Telegram once bound); off unless
   * metrics.port is set.
   */
  public BotMetrics metrics() {
    return metrics;
  }

  /**
   * Which shards did not answer the reads made on a thread that listens; commands that read the
   * archive outside the composer ({@code met}, {@code summary}, {@code articles}) add the note with
   * it.
   */
  public UnreachableParts unreachable() {
    return unreachable;
  }

  public LlmStats llmStats() {
    return llmStats;
  }

  /** The recent turns of each conversation (a chat, or the console), for follow-up questions. */
  public Conversations conversations() {
    return conversations;
  }

  /** Opens the index for writing (creating it if needed); call {@link #sync} to fill it. */
  public static Corpusbot writable(Settings settings) {
    return BotOpener.writable(settings);
  }

  /** See {@link BotOpener#forRebuild}. */
  public static Corpusbot forRebuild(Settings settings) {
    return BotOpener.forRebuild(settings);
  }

  /** See {@link BotOpener#forQuestions}. */
  public static Corpusbot forQuestions(Settings settings, IndexProgress progress) {
    return BotOpener.forQuestions(settings, progress);
  }

  /** Loads the corpus and brings the index in line with it (only changed articles are embedded). */
  public IndexReport sync(boolean rebuild, IndexProgress progress) {
    return indexing.sync(rebuild ? SyncOptions.REBUILD : SyncOptions.UPDATE, progress);
  }

  /** See {@link CorpusSync#sync}. */
  public IndexReport sync(SyncOptions options, IndexProgress progress) {
    return indexing.sync(options, progress);
  }

  /**
   * Brings the index in line with the corpus, in the background when an index already exists (see
   * {@link CorpusSync#startInBackground}); a first start indexes in the foreground.
   */
  public void startSync(IndexProgress firstStartProgress) {
    startSync(firstStartProgress, IndexProgress.NONE);
  }

  /** As {@link #startSync(IndexProgress)}, telling {@code background} how the check goes. */
  void startSync(IndexProgress firstStartProgress, IndexProgress background) {
    boolean local = !settings.solrBackend();
    if ((local && !BotOpener.indexExists(settings.indexDir()))
        || catalog.overview().articles() == 0) {
      sync(false, firstStartProgress);
      return;
    }
    indexing.startInBackground(background);
  }

  /**
   * Starts the live corpus (the bot and the chat; one-shot commands never do): the inbox's {@link
   * Ingest}, and the watch of the corpus folder and the inbox when {@code watch.enabled}. Call it
   * before {@link #startSync}, so that no change made during the start-up check is missed. Closed
   * with the bot.
   */
  public synchronized LiveCorpus startLive() {
    if (live == null) {
      live =
          LiveCorpus.start(
              new Inbox(settings.inbox()),
              settings.corpus(),
              settings.dataDir(),
              indexing,
              settings.watch());
    }
    return live;
  }

  /**
   * The one way in for feeds, links and uploads (see {@link #startLive}).
   *
   * @throws IllegalStateException when the live corpus was not started
   */
  public Ingest ingest() {
    LiveCorpus l = live;
    if (l == null) {
      throw new IllegalStateException("the live corpus runs in the bot and the chat only");
    }
    return l;
  }

  /**
   * Starts polling the feeds ({@code feeds.urls} and those admins added) into {@code ingest}, and
   * returns them: the {@code FeedAdmin} of {@code /feeds}, {@code /addfeed}, {@code /removefeed}
   * and the {@code Links} of {@code /add}. The bot and the chat only; closed with the bot.
   */
  public synchronized Feeds startFeeds(Ingest ingest) {
    if (feeds == null) {
      feeds = new Feeds(settings.feeds(), settings.dataDir(), ingest);
      feeds.start();
    }
    return feeds;
  }

  /**
   * Starts the follows (the bot only): what chats follow and their alerts, kept in the data
   * folder's {@code follows/}; new articles are matched after every indexing run, and once now for
   * those indexed while the bot was down. {@code clock} says when digests are due. Closed with the
   * bot.
   */
  public synchronized FollowService startFollows(Clock clock) {
    if (follows == null) {
      Matching matching =
          new FollowMatcher(embedder, TermWeights.of(new Lexicon(archive)), MatchTuning.defaults());
      follows =
          FollowService.open(settings.dataDir(), matching, archive.fresh(), contacts::knows, clock);
      indexing.afterEachRun(follows::indexChanged);
      metrics.bindFollows(follows::stats);
    }
    return follows;
  }

  /** The follows once {@link #startFollows} ran, else null. */
  public FollowService follows() {
    return follows;
  }

  /** The feeds and links once {@link #startFeeds} ran, else null (one-shot commands). */
  public Feeds feeds() {
    return feeds;
  }

  /** What {@code /reindex} is told while an index update is running, or empty when none is. */
  public Optional<String> indexingBusy() {
    return indexing.busy();
  }

  /** See {@link CorpusSync#reindex}. */
  public String reindex() {
    return indexing.reindex();
  }

  /**
   * No more indexing, without waiting (a shutdown hook's call): the run going stops at its next
   * batch boundary, committing what it did (a rebuild is abandoned), and no run starts after.
   */
  public void requestIndexingStop() {
    indexing.shutdown();
  }

  /** Stops indexing (see {@link #requestIndexingStop}) and waits up to {@code wait} for it. */
  public boolean stopIndexing(Duration wait) {
    return indexing.stop(wait);
  }

  public CorpusLoader loader() {
    return indexing.loader();
  }

  public Settings settings() {
    return settings;
  }

  public AnswerComposer composer() {
    return composer;
  }

  public Summaries summaries() {
    return summaries;
  }

  public ContactStore contacts() {
    return contacts;
  }

  public HybridSearcher searcher() {
    return searcher;
  }

  public ArticleCatalog catalog() {
    return catalog;
  }

  public Embedder embedder() {
    return embedder;
  }

  /** Where articles, passages and contacts are kept: the local index or a SolrCloud collection. */
  public Archive archive() {
    return archive;
  }

  /**
   * The local index.
   *
   * @throws IllegalStateException with {@code retrieval.backend = solr}
   */
  public CorpusIndex index() {
    if (archive instanceof CorpusIndex index) {
      return index;
    }
    throw new IllegalStateException("the archive is " + archive.where() + ", not a local index");
  }

  /**
   * Stops the live corpus and indexing at a batch boundary (what is done is committed), then closes
   * the index and the embedder: all of them, the first failure thrown with the others added to it
   * as suppressed.
   */
  @Override
  public void close() {
    // try-with-resources closes in reverse order (follows, feeds, live corpus, indexing, index,
    // embedder):
    // every one, and keeps the first failure with the rest suppressed: Lucene's IOUtils.close.
    try (Embedder e = embedder;
        Archive i = archive;
        IndexingStop s = this::stopIndexingBeforeClosing;
        IndexingStop l = this::closeLive;
        IndexingStop f = this::closeFeeds;
        IndexingStop fo = this::closeFollows) {
      // closing is all there is to do
    }
  }

  /** A step of {@link #close} that throws no checked exception. */
  private interface IndexingStop extends AutoCloseable {
    @Override
    void close();
  }

  private void closeFollows() {
    FollowService f = follows;
    if (f != null) {
      f.close();
    }
  }

  private void closeFeeds() {
    Feeds f = feeds;
    if (f != null) {
      f.close();
    }
  }

  private void closeLive() {
    LiveCorpus l = live;
    if (l != null) {
      l.close();
    }
  }

  private void stopIndexingBeforeClosing() {
    if (!indexing.stop(StopOnShutdown.INDEXING)) {
      log.warn(
          "Indexing did not stop within {} s; closing the index under it",
          StopOnShutdown.INDEXING.toSeconds());
    }
  }
}
