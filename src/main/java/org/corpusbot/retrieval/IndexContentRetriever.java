package org.corpusbot.retrieval;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Hybrid search as a LangChain4j {@link ContentRetriever}, so that LangChain4j's RAG pieces can use
 * the index. Each {@link Content} is one passage; its segment metadata carries what a citation
 * needs ({@code article_id}, {@code title}, {@code date}, {@code source}, {@code url}, {@code
 * start}, {@code end}, {@code ordinal}) and its content metadata the fused score.
 *
 * <p>Contract: best first; an empty list only when the index has no passage at all; index failures
 * propagate. Thread-safe.
 */
public final class IndexContentRetriever implements ContentRetriever {
  public static final String ARTICLE_ID = "article_id";
  public static final String TITLE = "title";
  public static final String DATE = "date";
  public static final String SOURCE = "source";
  public static final String URL = "url";
  public static final String START = "start";
  public static final String END = "end";
  public static final String ORDINAL = "ordinal";

  private final HybridSearcher searcher;
  private final Supplier<LocalDate> asOf;
  private final int maxResults;

  /** {@code asOf} says when a query is asked (the time of asking, for "this week"). */
  public IndexContentRetriever(HybridSearcher searcher, Supplier<LocalDate> asOf, int maxResults) {
    this.searcher = searcher;
    this.asOf = asOf;
    this.maxResults = maxResults;
  }

  @Override
  public List<Content> retrieve(Query query) {
    SearchResult result = searcher.search(SearchRequest.of(query.text(), asOf.get(), maxResults));
    List<Content> out = new ArrayList<>();
    for (PassageHit h : result.hits()) {
      out.add(Content.from(segment(h), Map.of(ContentMetadata.SCORE, h.score())));
    }
    return out;
  }

  static TextSegment segment(PassageHit h) {
    Metadata m = new Metadata();
    m.put(ARTICLE_ID, h.article().id());
    m.put(TITLE, h.article().title());
    if (h.article().date() != null) {
      m.put(DATE, h.article().date().toString());
    }
    if (h.article().source() != null) {
      m.put(SOURCE, h.article().source());
    }
    if (h.article().url() != null) {
      m.put(URL, h.article().url());
    }
    m.put(START, h.passage().start());
    m.put(END, h.passage().end());
    m.put(ORDINAL, h.passage().ordinal());
    return TextSegment.from(h.passage().text(), m);
  }
}
