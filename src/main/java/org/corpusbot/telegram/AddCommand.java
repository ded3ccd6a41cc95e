package org.corpusbot.telegram;

import org.corpusbot.corpus.Urls;

/**
 * {@code /add URL} (admins): fetches the page, adds its article and says so once it is answerable.
 * A message that is only a URL does the same (see {@link MessageRouter}).
 */
final class AddCommand implements Command {
  static final String ONLY_ADMINS =
      "Only the bot's admins can add articles. Ask me about the ones I have: /articles lists them.";

  private final Additions additions;
  private final Replies replies;

  AddCommand(Additions additions, Replies replies) {
    this.additions = additions;
    this.replies = replies;
  }

  @Override
  public String name() {
    return "add";
  }

  @Override
  public String description() {
    return "Add the article at a web address: /add URL (admins; or send a document)";
  }

  @Override
  public boolean admin() {
    return true;
  }

  @Override
  public void run(Incoming in, String args) {
    String url = args.strip();
    if (!Urls.isWebUrl(url) || url.contains(" ")) {
      replies.text(
          in,
          "Send /add with the page's address, e.g. /add https://example.com/news/story, or send"
              + " the article as a document ("
              + String.join(" ", Additions.TYPES)
              + ").");
      return;
    }
    additions.link(in, url);
  }
}
