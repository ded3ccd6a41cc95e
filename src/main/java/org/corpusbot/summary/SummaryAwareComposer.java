package org.corpusbot.summary;

import java.util.List;
import java.util.Optional;
import org.corpusbot.answer.Answer;
import org.corpusbot.answer.AnswerComposer;
import org.corpusbot.answer.Question;

/**
 * Answers requests for a summary ("Summarize the article about …", "Give me a summary of …") with
 * one, and every other question with the next composer. Thread-safe.
 */
public final class SummaryAwareComposer implements AnswerComposer {
  static final String EMPTY_CORPUS = "There are no articles to summarise yet.";

  private final SummaryRequests requests = new SummaryRequests();
  private final Summaries summaries;
  private final AnswerComposer next;

  public SummaryAwareComposer(Summaries summaries, AnswerComposer next) {
    this.summaries = summaries;
    this.next = next;
  }

  @Override
  public Answer answer(Question question) {
    return answer(question, null);
  }

  @Override
  public Answer answer(Question question, java.util.function.Consumer<String> progress) {
    Optional<SummaryRequest> r = requests.parse(question.text());
    if (r.isEmpty()) {
      return next.answer(question, progress);
    }
    String text = r.get().text();
    return switch (r.get().kind()) {
      case LATEST ->
          summaries
              .latest()
              .orElseGet(
                  () -> new Answer(question.text(), false, EMPTY_CORPUS, List.of(), null, 0));
      case ARTICLE_ABOUT ->
          summaries
              .about(text, question.asOf())
              .orElseGet(() -> summaries.topic(text, question.asOf()));
      case TOPIC -> summaries.topic(text, question.asOf());
    };
  }
}
