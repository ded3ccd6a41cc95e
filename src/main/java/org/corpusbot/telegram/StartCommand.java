package org.corpusbot.telegram;

import java.util.ArrayList;
import java.util.List;
import org.corpusbot.corpus.ArticleInfo;
import org.corpusbot.retrieval.ArticleCatalog;

/**
 * {@code /start}: what the corpus holds and three questions that work on it. The examples are the
 * configured ones, else questions about the newest articles ({@link Suggestions}), so they always
 * match the corpus.
 */
final class StartCommand implements Command {
  private final ArticleCatalog catalog;
  private final Replies replies;
  private final List<String> examples;

  StartCommand(ArticleCatalog catalog, Replies replies, List<String> examples) {
    this.catalog = catalog;
    this.replies = replies;
    this.examples = List.copyOf(examples);
  }

  @Override
  public String name() {
    return "start";
  }

  @Override
  public String description() {
    return "What I know and how to ask";
  }

  @Override
  public void run(Incoming in, String args) {
    ArticleCatalog.Overview o = catalog.overview();
    StringBuilder sb = new StringBuilder("Hello! I answer questions about ");
    sb.append(o.articles()).append(o.articles() == 1 ? " news article" : " news articles");
    if (o.first() != null) {
      sb.append(
          o.first().equals(o.last())
              ? " from " + o.first()
              : " from " + o.first() + " to " + o.last());
    }
    sb.append(", and I cite the passages my answers come from.\n\nTry:");
    for (String q : examples.isEmpty() ? fromTitles() : examples) {
      sb.append("\n• ").append(Html.escape(q));
    }
    sb.append(
        "\n\n/summary gives the gist of the newest article (or /summary TOPIC),"
            + " /met shows who met whom, /help lists the commands.");
    replies.send(in, sb.toString(), null);
  }

  private List<String> fromTitles() {
    List<String> out = new ArrayList<>();
    for (ArticleInfo a : catalog.newest(0, 3).articles()) {
      String q = Suggestions.of(a.title(), catalog.get(a.id()).map(x -> x.text()).orElse(null));
      if (!out.contains(q)) {
        out.add(q);
      }
    }
    return out;
  }

  /** The first words of a title, enough to find its article. */
  static String topic(String title) {
    String t = title.replaceAll("[.…:!?]+$", "").replaceAll("\\s*[|–—-]\\s*[^|–—-]*$", "").strip();
    String[] words = t.split("\\s+");
    return words.length <= 9 ? t : String.join(" ", java.util.Arrays.copyOf(words, 9));
  }
}
