package org.corpusbot.telegram;

import java.util.List;
import org.corpusbot.answer.Citation;

/** {@code /sources}: the sources of this chat's last answer again, with their buttons. */
final class SourcesCommand implements Command {
  private final ChatMemory memory;
  private final AnswerView view;
  private final Replies replies;

  SourcesCommand(ChatMemory memory, AnswerView view, Replies replies) {
    this.memory = memory;
    this.view = view;
    this.replies = replies;
  }

  @Override
  public String name() {
    return "sources";
  }

  @Override
  public String description() {
    return "The sources of my last answer";
  }

  @Override
  public void run(Incoming in, String args) {
    List<Citation> last = memory.sources(in.chatId());
    if (last.isEmpty()) {
      replies.text(
          in, "No sources yet: my last answer cited nothing, or you haven't asked anything.");
      return;
    }
    replies.send(in, AnswerView.sources(last), view.buttons(last));
  }
}
