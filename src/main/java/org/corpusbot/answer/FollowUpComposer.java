package org.corpusbot.answer;

import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a follow-up question ("When did he go there?") as the stand-alone question its
 * conversation makes of it; the answer still shows the question as asked. Thread-safe.
 */
public final class FollowUpComposer implements AnswerComposer {
  private static final Logger log = LoggerFactory.getLogger(FollowUpComposer.class);

  private final QueryRewriter rewriter;
  private final AnswerComposer next;

  public FollowUpComposer(QueryRewriter rewriter, AnswerComposer next) {
    this.rewriter = rewriter;
    this.next = next;
  }

  @Override
  public Answer answer(Question question) {
    return answer(question, null);
  }

  @Override
  public Answer answer(Question q, Consumer<String> progress) {
    if (q.history().isEmpty()) {
      return next.answer(q, progress);
    }
    String standalone = rewriter.standalone(q);
    if (standalone.equals(q.text())) {
      return next.answer(q, progress);
    }
    log.debug("Follow-up rewritten for search: {}", standalone);
    return next.answer(q.withText(standalone), progress).withQuestion(q.text());
  }
}
