package org.corpusbot.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.corpusbot.answer.AnswerTuning;
import org.corpusbot.answer.llm.LlmSettings;
import org.corpusbot.corpus.CorpusLimits;
import org.corpusbot.feeds.FeedSettings;
import org.corpusbot.ingest.WatchSettings;
import org.corpusbot.ops.MetricsSettings;
import org.corpusbot.retrieval.EmbeddingModelChoice;
import org.corpusbot.retrieval.IndexPolicy;
import org.corpusbot.retrieval.RetrievalTuning;
import org.corpusbot.summary.SummaryTuning;
import org.corpusbot.telegram.TelegramSettings;

/**
 * Every setting, validated. Built once at start by {@link SettingsLoader}; immutable.
 *
 * @param jsonlFields JSON Lines field overrides by part name (title, text, date, …)
 * @param examples example questions for the bot's greeting (empty: made from the corpus)
 * @param llmContacts contacts are found by the language model too, the rules as the fallback
 *     (meetings.llm-extraction; needs llm.provider)
 * @param watch how the bot and the chat watch the corpus folder and the inbox (watch.*)
 * @param feeds the feeds polled and the limits of every fetch (feeds.*)
 * @param backend where the archive is kept (retrieval.backend)
 * @param solr where the SolrCloud collection is (solr.*), read when {@code backend} is solr
 */
public record Settings(
    Path corpus,
    Path dataDir,
    EmbeddingModelChoice embeddingModel,
    int chunkChars,
    Map<String, String> jsonlFields,
    RetrievalTuning retrieval,
    AnswerTuning answer,
    SummaryTuning summary,
    LlmSettings llm,
    TelegramSettings telegram,
    List<String> examples,
    MetricsSettings metrics,
    Secrets secrets,
    CorpusLimits corpusLimits,
    IndexPolicy indexPolicy,
    boolean llmContacts,
    WatchSettings watch,
    FeedSettings feeds,
    Backend backend,
    SolrSettings solr) {

  public Settings {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(embeddingModel, "embeddingModel");
    Objects.requireNonNull(retrieval, "retrieval");
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(llm, "llm");
    Objects.requireNonNull(telegram, "telegram");
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(secrets, "secrets");
    Objects.requireNonNull(corpusLimits, "corpusLimits");
    Objects.requireNonNull(indexPolicy, "indexPolicy");
    Objects.requireNonNull(watch, "watch");
    Objects.requireNonNull(feeds, "feeds");
    Objects.requireNonNull(backend, "backend");
    Objects.requireNonNull(solr, "solr");
    examples = List.copyOf(examples);
    jsonlFields = Map.copyOf(jsonlFields);
    if (llmContacts && !llm.enabled()) {
      throw new SettingsException(
          "meetings.llm-extraction = true needs a language model: set llm.provider"
              + " (CORPUSBOT_LLM_PROVIDER), or leave it false for the offline rules");
    }
  }

  /**
   * The inbox inside the data folder: what arrived by feeds, links and uploads, read with the
   * corpus.
   */
  public Path inbox() {
    return dataDir.resolve("inbox");
  }

  /** Whether the archive is a SolrCloud collection rather than the local index. */
  public boolean solrBackend() {
    return backend == Backend.SOLR;
  }

  /** The Lucene index folder inside the data folder. */
  public Path indexDir() {
    return dataDir.resolve("index");
  }
}
