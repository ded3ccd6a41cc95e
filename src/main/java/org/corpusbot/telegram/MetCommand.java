package org.corpusbot.telegram;

import java.util.List;
import org.corpusbot.answer.Answer;
import org.corpusbot.answer.UnreachableParts;
import org.corpusbot.meetings.ContactStore;
import org.corpusbot.meetings.MeetingAnswers;
import org.corpusbot.meetings.MeetingQuery;

/**
 * {@code /met}, {@code /met Biden}, {@code /met Biden Putin}, {@code /met in Geneva}: who met whom,
 * with the evidence of each contact behind a source button.
 */
final class MetCommand implements Command {
  private final ContactStore contacts;
  private final UnreachableParts unreachable;
  private final AnswerView view;
  private final ChatMemory memory;
  private final Replies replies;

  MetCommand(
      ContactStore contacts,
      UnreachableParts unreachable,
      AnswerView view,
      ChatMemory memory,
      Replies replies) {
    this.contacts = contacts;
    this.unreachable = unreachable;
    this.view = view;
    this.memory = memory;
    this.replies = replies;
  }

  @Override
  public String name() {
    return "met";
  }

  @Override
  public String description() {
    return "Who met whom: /met, /met Biden, /met Biden Putin, /met in Geneva";
  }

  @Override
  public void run(Incoming in, String args) {
    MeetingQuery q = MeetingQuery.parse(args);
    replies.api().typing(in.chatId());
    Answer a =
        unreachable.noted(
            () -> {
              List<ContactStore.Found> found = contacts.find(q);
              return new MeetingAnswers()
                  .render(
                      "/met " + args,
                      found.size() > 30 ? found.subList(0, 30) : found,
                      "I found no meetings, talks, visits or calls"
                          + (args.isBlank() ? "." : " for " + args.strip() + "."));
            });
    memory.remember(in.chatId(), a.citations());
    AnswerView.Rendered r = view.render(a);
    replies.send(in, r.html(), r.keyboard());
  }
}
