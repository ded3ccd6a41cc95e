package org.corpusbot.telegram;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.corpusbot.answer.Answer;
import org.corpusbot.answer.AnswerComposer;
import org.corpusbot.answer.Conversations;
import org.corpusbot.answer.Question;
import org.corpusbot.answer.Turn;

/**
 * Answers a question in a chat: typing indicator, compose (on a composer thread, while this chat's
 * worker shows the progress), reply with sources and buttons, remember the sources for /sources,
 * count.
 */
final class QuestionFlow {
  /** Telegram allows about one edit a second per chat; more gets a 429. */
  static final long EDIT_GAP_MS = 1000;

  static final String USAGE =
      "Ask me about the articles, for example:\n/ask Where did Putin and Biden meet?";

  private final AnswerComposer composer;
  private final AnswerView view;
  private final Replies replies;
  private final ChatMemory memory;
  private final BotStats stats;
  private final Conversations conversations;
  private final Executor composing;

  /**
   * @param composing runs the composer, so that the chat's worker is free to show its progress
   */
  QuestionFlow(
      AnswerComposer composer,
      AnswerView view,
      Replies replies,
      ChatMemory memory,
      BotStats stats,
      Conversations conversations,
      Executor composing) {
    this.conversations = conversations;
    this.composer = composer;
    this.view = view;
    this.replies = replies;
    this.memory = memory;
    this.stats = stats;
    this.composing = composing;
  }

  /** Answers a question (the caller has charged the user for it, see {@link WorkLimit}). */
  void ask(Incoming in) {
    String question = in.text().strip();
    if (question.isEmpty()) {
      replies.text(in, USAGE);
      return;
    }
    stats.questions.increment();
    long t0 = System.nanoTime();
    replies.api().typing(in.chatId());
    Question q = Question.of(question, in.asOf()).withHistory(conversations.recent(in.chatId()));
    StreamedReply stream = new StreamedReply(replies, in, EDIT_GAP_MS);
    Answer a =
        stream.await(
            CompletableFuture.supplyAsync(() -> composer.answer(q, stream::record), composing));
    (a.found() ? stats.found : stats.notFound).increment();
    memory.remember(in.chatId(), a.citations());
    conversations.remember(in.chatId(), new Turn(question, a.found() ? a.text() : ""));
    stream.finish(view.render(a));
    stats.streamEdits.add(stream.edits());
    stats.latency((System.nanoTime() - t0) / 1_000_000);
  }
}
