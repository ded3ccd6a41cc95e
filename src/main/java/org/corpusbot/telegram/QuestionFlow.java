package org.corpusbot.telegram;

import java.time.Duration;
import org.corpusbot.answer.Answer;
import org.corpusbot.answer.AnswerComposer;
import org.corpusbot.answer.Conversations;
import org.corpusbot.answer.Question;
import org.corpusbot.answer.Turn;

/**
 * Answers a question in a chat: rate limit, typing indicator, compose, reply with sources and
 * buttons, remember the sources for /sources, count.
 */
final class QuestionFlow {
  /** Telegram allows about one edit a second per chat; more gets a 429. */
  static final long EDIT_GAP_MS = 1000;

  static final String USAGE =
      "Ask me about the articles, for example:\n/ask Where did Putin and Biden meet?";

  private final AnswerComposer composer;
  private final AnswerView view;
  private final Replies replies;
  private final RateLimiter limiter;
  private final ChatMemory memory;
  private final BotStats stats;
  private final Conversations conversations;

  QuestionFlow(
      AnswerComposer composer,
      AnswerView view,
      Replies replies,
      RateLimiter limiter,
      ChatMemory memory,
      BotStats stats,
      Conversations conversations) {
    this.conversations = conversations;
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
    Question q = Question.of(question, in.asOf()).withHistory(conversations.recent(in.chatId()));
    StreamedReply stream = new StreamedReply(replies, in, System::currentTimeMillis, EDIT_GAP_MS);
    Answer a = composer.answer(q, stream::progress);
    (a.found() ? stats.found : stats.notFound).increment();
    memory.remember(in.chatId(), a.citations());
    conversations.remember(in.chatId(), new Turn(question, a.found() ? a.text() : ""));
    stream.finish(view.render(a));
    stats.streamEdits.add(stream.edits());
    stats.latency((System.nanoTime() - t0) / 1_000_000);
  }
}
