package org.corpusbot.summary;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.corpusbot.answer.Answer;
import org.corpusbot.answer.llm.GroundedWriter;
import org.corpusbot.answer.llm.LlmComposer;
import org.corpusbot.answer.llm.LlmFailure;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.ArticleInfo;
import org.corpusbot.retrieval.ArticleCatalog;
import org.corpusbot.retrieval.Embedder;
import org.corpusbot.retrieval.HybridSearcher;
import org.corpusbot.retrieval.Lexicon;
import org.corpusbot.retrieval.SearchRequest;
import org.corpusbot.retrieval.SearchResult;

/**
 * Summaries as answers: of an article (by id, by its number among the newest, the newest, or the
 * one a description best matches) and of a topic across articles, each sentence cited. Thread-safe.
 */
public final class Summaries {
  /** Sentences the model may write a topic summary from. */
  static final int WRITER_SOURCES = 12;

  /** Cosine of description and best passage below which no article is "the one about" it. */
  static final double MIN_ABOUT_SIMILARITY = 0.25;

  private final ArticleCatalog catalog;
  private final HybridSearcher searcher;
  private final ArticleSummarizer articles;
  private final TopicSummarizer topics;
  private final SummaryAnswers answers = new SummaryAnswers();
  private final SummaryTuning tuning;
  private final WrittenSummaries written;

  /** Offline summaries only. */
  public Summaries(
      ArticleCatalog catalog,
      HybridSearcher searcher,
      Lexicon lexicon,
      Embedder embedder,
      SummaryTuning tuning) {
    this(catalog, searcher, lexicon, embedder, tuning, null);
  }

  /** Summaries written by the model behind {@code writer} (nullable: offline only). */
  public Summaries(
      ArticleCatalog catalog,
      HybridSearcher searcher,
      Lexicon lexicon,
      Embedder embedder,
      SummaryTuning tuning,
      GroundedWriter writer) {
    this(
        catalog,
        searcher,
        new ArticleSummarizer(embedder, SummaryWeights.DEFAULT),
        new TopicSummarizer(searcher, lexicon, embedder, SummaryWeights.DEFAULT),
        tuning,
        writer == null ? null : new WrittenSummaries(writer));
  }

  private Summaries(
      ArticleCatalog catalog,
      HybridSearcher searcher,
      ArticleSummarizer articles,
      TopicSummarizer topics,
      SummaryTuning tuning,
      WrittenSummaries written) {
    this.catalog = catalog;
    this.searcher = searcher;
    this.articles = articles;
    this.topics = topics;
    this.tuning = tuning;
    this.written = written;
  }

  /** The same summaries with {@code n} sentences. */
  public Summaries withSentences(int n) {
    return new Summaries(catalog, searcher, articles, topics, tuning.withSentences(n), written);
  }

  /** The summary of the article with this id, if there is one. */
  public Optional<Answer> article(String id) {
    return catalog.get(id).map(this::of);
  }

  /** The summary of the {@code n}-th newest article (1 is the newest), if there are that many. */
  public Optional<Answer> numbered(int n) {
    if (n < 1) {
      return Optional.empty();
    }
    List<ArticleInfo> page = catalog.newest(n - 1, 1).articles();
    return page.isEmpty() ? Optional.empty() : article(page.get(0).id());
  }

  /** The summary of the newest article, if there is one. */
  public Optional<Answer> latest() {
    return numbered(1);
  }

  /**
   * The summary of the article a description best matches ("the article about the cyber talks");
   * none when no passage is even loosely like the description.
   */
  public Optional<Answer> about(String description, LocalDate asOf) {
    SearchResult r = searcher.search(SearchRequest.of(description, asOf, 1));
    if (r.hits().isEmpty() || r.hits().get(0).similarity() < MIN_ABOUT_SIMILARITY) {
      return Optional.empty();
    }
    return article(r.hits().get(0).article().id());
  }

  /** What the articles published by {@code asOf} (null: all) say about {@code topic}. */
  public Answer topic(String topic, LocalDate asOf) {
    long t0 = System.nanoTime();
    TopicSummarizer.Scored scored =
        topics.score(topic, asOf, tuning.topicPassages(), tuning.minEvidence());
    if (written != null && !scored.isEmpty()) {
      try {
        // The model writes from more sentences than an offline summary shows.
        Optional<Answer> a =
            written.topic(
                topic, topics.select(scored, topic, WRITER_SOURCES), tuning.topicSentences());
        if (a.isPresent()) {
          return a.get().withTook(millisSince(t0));
        }
      } catch (LlmFailure e) {
        return topicOffline(scored, topic)
            .withNote(LlmComposer.OFFLINE_NOTE)
            .withTook(millisSince(t0));
      }
    }
    return topicOffline(scored, topic).withTook(millisSince(t0));
  }

  private Answer topicOffline(TopicSummarizer.Scored scored, String topic) {
    return answers.topic(topic, topics.select(scored, topic, tuning.topicSentences()));
  }

  /** The number of articles, for messages that point to /articles. */
  public int size() {
    return catalog.overview().articles();
  }

  private Answer of(Article a) {
    long t0 = System.nanoTime();
    if (written != null) {
      try {
        Optional<Answer> w =
            written.article(
                a.id(),
                ArticleSummarizer.heading(a),
                articles.candidates(a),
                tuning.sentences(),
                tuning.maxWords());
        if (w.isPresent()) {
          return w.get().withTook(millisSince(t0));
        }
      } catch (LlmFailure e) {
        return articleOffline(a).withNote(LlmComposer.OFFLINE_NOTE).withTook(millisSince(t0));
      }
    }
    return articleOffline(a).withTook(millisSince(t0));
  }

  private Answer articleOffline(Article a) {
    return answers.article(a.id(), articles.summarize(a, tuning.sentences(), tuning.maxWords()));
  }

  private static long millisSince(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }
}
