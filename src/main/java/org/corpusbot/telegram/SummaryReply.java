package org.corpusbot.telegram;

import org.corpusbot.answer.Answer;

/** Sends a summary like an answer: HTML, source buttons, and remembered for /sources. */
final class SummaryReply {
  private final AnswerView view;
  private final ChatMemory memory;
  private final Replies replies;

  SummaryReply(AnswerView view, ChatMemory memory, Replies replies) {
    this.view = view;
    this.memory = memory;
    this.replies = replies;
  }

  void send(Incoming in, Answer a) {
    send(in.chatId(), in.group() ? in.messageId() : null, a);
  }

  void send(long chatId, Integer replyTo, Answer a) {
    memory.remember(chatId, a.citations());
    AnswerView.Rendered r = view.render(a);
    replies.send(chatId, replyTo, r.html(), r.keyboard());
  }
}
