package org.corpusbot.answer;

/**
 * Answers a question from the corpus.
 *
 * <p>Contract: never returns null; an unanswerable question gives {@code found = false} and no
 * citations; every {@code [n]} in the text has a matching citation. Implementations are
 * thread-safe. Failures of the index propagate: a broken index is not "nothing found".
 */
public interface AnswerComposer {
  Answer answer(Question question);
}
