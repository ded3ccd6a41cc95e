package org.corpusbot.telegram;

import java.util.Optional;
import org.corpusbot.answer.UnreachableParts;
import org.corpusbot.summary.SummaryArguments;

/**
 * {@code /summary}: the newest article, or (as a reply to one of the bot's answers) the article
 * that answer cites first; {@code /summary N} the N-th article of /articles; {@code /summary ID} an
 * article by id; {@code /summary TOPIC} what the articles say on a topic.
 */
final class SummaryCommand implements Command {
  static final String HINT = "/articles lists them with their numbers.";

  private final SummaryArguments arguments;
  private final SummaryReply reply;
  private final CallbackData callbacks;
  private final Replies replies;
  private final UnreachableParts unreachable;

  SummaryCommand(
      SummaryArguments arguments,
      SummaryReply reply,
      CallbackData callbacks,
      Replies replies,
      UnreachableParts unreachable) {
    this.arguments = arguments;
    this.reply = reply;
    this.callbacks = callbacks;
    this.replies = replies;
    this.unreachable = unreachable;
  }

  @Override
  public String name() {
    return "summary";
  }

  @Override
  public String description() {
    return "Summary of the newest article; /summary N, /summary TOPIC";
  }

  @Override
  public void run(Incoming in, String args) {
    replies.api().typing(in.chatId());
    UnreachableParts.Heard<SummaryArguments.Outcome> heard =
        unreachable.hear(() -> arguments.resolve(args, in.asOf(), repliedArticle(in)));
    SummaryArguments.Outcome o = heard.value();
    String note = heard.partial() ? UnreachableParts.NOTE : null;
    if (o.answer() != null) {
      reply.send(in, note == null ? o.answer() : o.answer().withNote(note));
    } else {
      replies.text(in, o.problem() + " " + HINT + (note == null ? "" : "\n" + note));
    }
  }

  /** The article the answer being replied to cites first. */
  private Optional<String> repliedArticle(Incoming in) {
    return callbacks
        .decode(in.replyButton())
        .filter(CallbackData.Source.class::isInstance)
        .map(x -> ((CallbackData.Source) x).articleId());
  }
}
