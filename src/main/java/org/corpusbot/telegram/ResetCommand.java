package org.corpusbot.telegram;

import org.corpusbot.answer.Conversations;

/** {@code /reset}: forget this chat's conversation, so the next question starts afresh. */
final class ResetCommand implements Command {
  private final Conversations conversations;
  private final Replies replies;

  ResetCommand(Conversations conversations, Replies replies) {
    this.conversations = conversations;
    this.replies = replies;
  }

  @Override
  public String name() {
    return "reset";
  }

  @Override
  public String description() {
    return "Forget our conversation (follow-up questions start afresh)";
  }

  @Override
  public boolean rateLimited() {
    return false; // no work done
  }

  @Override
  public void run(Incoming in, String args) {
    conversations.reset(in.chatId());
    replies.text(in, "Done: I've forgotten our conversation. Ask anything.");
  }
}
