package org.corpusbot.telegram;

/** {@code /articles}: the articles, newest first, in pages with buttons. */
final class ArticlesCommand implements Command {
  private final ArticlesView view;
  private final Replies replies;

  ArticlesCommand(ArticlesView view, Replies replies) {
    this.view = view;
    this.replies = replies;
  }

  @Override
  public String name() {
    return "articles";
  }

  @Override
  public String description() {
    return "The articles, newest first";
  }

  @Override
  public void run(Incoming in, String args) {
    AnswerView.Rendered page = view.page(0);
    replies.send(in, page.html(), page.keyboard());
  }
}
