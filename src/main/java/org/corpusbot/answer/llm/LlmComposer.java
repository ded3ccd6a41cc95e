package org.corpusbot.answer.llm;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.query.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.corpusbot.answer.AbsentNames;
import org.corpusbot.answer.Answer;
import org.corpusbot.answer.AnswerComposer;
import org.corpusbot.answer.Citation;
import org.corpusbot.answer.ExtractiveComposer;
import org.corpusbot.answer.Question;
import org.corpusbot.retrieval.HybridSearcher;
import org.corpusbot.retrieval.IndexContentRetriever;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers with the language model from the passages hybrid search finds (LangChain4j's RAG pieces:
 * the index as a {@code ContentRetriever}, {@link NumberedPassageInjector} as the {@code
 * ContentInjector}), checked by {@link CitationCheck}; sources come from the passage data only, and
 * only those cited. When the model fails (down, slow, an HTTP error, garbage) the offline composer
 * answers, with a short note for the user and one log line for the operator. Thread-safe.
 */
public final class LlmComposer implements AnswerComposer {
  private static final Logger log = LoggerFactory.getLogger(LlmComposer.class);
  public static final String OFFLINE_NOTE =
      "The language model is unavailable; this answer is from the offline composer.";

  private final HybridSearcher searcher;
  private final GroundedWriter writer;
  private final AnswerComposer offline;
  private final int passages;

  public LlmComposer(
      HybridSearcher searcher, GroundedWriter writer, AnswerComposer offline, int passages) {
    this.searcher = searcher;
    this.writer = writer;
    this.offline = offline;
    this.passages = passages;
  }

  @Override
  public Answer answer(Question question) {
    return answer(question, null);
  }

  @Override
  public Answer answer(Question q, Consumer<String> progress) {
    long t0 = System.nanoTime();
    List<Content> found =
        new IndexContentRetriever(searcher, q::asOf, passages).retrieve(Query.from(q.text()));
    if (found.isEmpty()) {
      return offline.answer(q);
    }
    List<String> evidence = evidence(found);
    // "Was he from Texas?" of passages that name him and never Texas: the model says what they
    // hold,
    // as the offline composer does, rather than a refusal
    Optional<Answer> absent =
        AbsentNames.claimUnmentioned(q, evidence)
            ? Optional.empty()
            : AbsentNames.check(q, evidence);
    if (absent.isPresent()) {
      return absent.get().withTook(millis(t0));
    }
    GroundedWriter.Written w;
    try {
      w = writer.writeFrom(Prompts.ANSWER, q.text(), found, progress);
    } catch (LlmFailure e) {
      log.warn("Language model failed ({}); answering offline", e.getMessage());
      return offline.answer(q).withNote(OFFLINE_NOTE);
    }
    if (w.checked().notFound()) {
      return new Answer(q.text(), false, ExtractiveComposer.NOT_FOUND, List.of(), null, 0)
          .withTook(millis(t0));
    }
    List<Citation> citations = new ArrayList<>();
    for (int i : w.checked().sources()) {
      citations.add(
          citation(citations.size() + 1, found.get(i).textSegment().metadata(), found.get(i)));
    }
    return new Answer(q.text(), true, w.checked().text(), citations, null, 0).withTook(millis(t0));
  }

  /** What the model would be given: each passage and its article's title. */
  private static List<String> evidence(List<Content> found) {
    List<String> out = new ArrayList<>();
    for (Content c : found) {
      out.add(c.textSegment().text());
      String title = c.textSegment().metadata().getString(IndexContentRetriever.TITLE);
      out.add(title == null ? "" : title);
    }
    return out;
  }

  private static Citation citation(int n, Metadata m, Content c) {
    String date = m.getString(IndexContentRetriever.DATE);
    return new Citation(
        n,
        m.getString(IndexContentRetriever.ARTICLE_ID),
        m.getString(IndexContentRetriever.TITLE),
        date == null ? null : LocalDate.parse(date),
        m.getString(IndexContentRetriever.SOURCE),
        m.getString(IndexContentRetriever.URL),
        c.textSegment().text(),
        m.getInteger(IndexContentRetriever.START),
        m.getInteger(IndexContentRetriever.END));
  }

  private static long millis(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }
}
