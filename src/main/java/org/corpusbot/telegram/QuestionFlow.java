package org.corpusbot.telegram;

import java.time.Duration;
import org.corpusbot.answer.Answer;
import org.corpusbot.answer.AnswerComposer;
import org.corpusbot.answer.Question;

/**
 * Answers a question in a chat: rate limit, typing indicator, compose, reply with sources and
 * buttons, remember the sources for /sources, count.
 */
final class QuestionFlow {
  static final String USAGE =
      "Ask me about the articles, for example:\n/ask Where did Putin and Biden meet?";

  private final AnswerComposer composer;
  private final AnswerView view;
  private final Replies replies;
  private final RateLimiter limiter;
  private final ChatMemory memory;
  private final BotStats stats;

  QuestionFlow(
      AnswerComposer composer,
      AnswerView view,
      Replies replies,
      RateLimiter limiter,
      ChatMemory memory,
      BotStats stats) {
    this.composer = composer;
    this.view = view;
    this.replies = replies;
    this.limiter = limiter;
    this.memory = memory;
    this.stats = stats;
  }

  void ask(Incoming in) {
    String question = in.text().strip();
    if (question.isEmpty()) {
      replies.text(in, USAGE);
      return;
    }
    Duration wait = limiter.acquire(in.userId());
    if (!wait.isZero()) {
      stats.rateLimited.increment();
      long s = Math.max(1, (wait.toMillis() + 999) / 1000);
      replies.text(
          in,
          "You're asking faster than I can keep up. Please try again in "
              + s
              + (s == 1 ? " second." : " seconds."));
      return;
    }
    stats.questions.increment();
    long t0 = System.nanoTime();
    replies.api().typing(in.chatId());
    Answer a = composer.answer(Question.of(question, in.asOf()));
    (a.found() ? stats.found : stats.notFound).increment();
    memory.remember(in.chatId(), a.citations());
    AnswerView.Rendered r = view.render(a);
    replies.send(in, r.html(), r.keyboard());
    stats.latency((System.nanoTime() - t0) / 1_000_000);
  }
}
