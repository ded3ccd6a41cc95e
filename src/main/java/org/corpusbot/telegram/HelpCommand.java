package org.corpusbot.telegram;

/** {@code /help}: the commands, and how to ask in private chats and groups. */
final class HelpCommand implements Command {
  private final Commands commands;
  private final Replies replies;

  HelpCommand(Commands commands, Replies replies) {
    this.commands = commands;
    this.replies = replies;
  }

  @Override
  public String name() {
    return "help";
  }

  @Override
  public String description() {
    return "The commands";
  }

  @Override
  public boolean rateLimited() {
    return false; // no work done
  }

  @Override
  public void run(Incoming in, String args) {
    StringBuilder sb = new StringBuilder("<b>Commands</b>");
    for (Command c : commands.publicOnes()) {
      sb.append("\n/").append(c.name()).append(" — ").append(Html.escape(c.description()));
    }
    sb.append(
        "\n\nIn a private chat, just type a question. In a group, use /ask, mention me or reply to one of my messages.");
    sb.append("\nUnder each answer, press a source button to read the passage it comes from.");
    replies.send(in, sb.toString(), null);
  }
}
