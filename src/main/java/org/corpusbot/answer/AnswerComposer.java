package org.corpusbot.answer;

import java.util.function.Consumer;

/**
 * Answers a question from the corpus.
 *
 * <p>Contract: never returns null; an unanswerable question gives {@code found = false} and no
 * citations; every {@code [n]} in the text has a matching citation. Implementations are
 * thread-safe. Failures of the index propagate: a broken index is not "nothing found".
 */
public interface AnswerComposer {
  Answer answer(Question question);

  /**
   * The same answer, telling {@code progress} (nullable) the checked text so far while it is
   * written, for composers that write gradually; others just answer. Progress text never holds
   * anything the final answer's checks would refuse.
   */
  default Answer answer(Question question, Consumer<String> progress) {
    return answer(question);
  }
}
