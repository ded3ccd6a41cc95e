package org.corpusbot.telegram;

/** {@code /ask QUESTION}: works in every chat, groups included. */
final class AskCommand implements Command {
  private final QuestionFlow flow;

  AskCommand(QuestionFlow flow) {
    this.flow = flow;
  }

  @Override
  public String name() {
    return "ask";
  }

  @Override
  public String description() {
    return "Ask a question about the articles";
  }

  @Override
  public void run(Incoming in, String args) {
    flow.ask(in.withText(args));
  }
}
