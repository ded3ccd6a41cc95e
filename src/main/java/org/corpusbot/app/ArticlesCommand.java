package org.corpusbot.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.corpusbot.answer.UnreachableParts;
import org.corpusbot.corpus.ArticleInfo;
import org.corpusbot.retrieval.ArticleCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code corpusbot articles [--json]}: the indexed articles, newest first. */
@Command(
    name = "articles",
    mixinStandardHelpOptions = true,
    description = "List the articles, newest first.")
final class ArticlesCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  boolean json;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "50",
      description = "At most N articles (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--offset",
      paramLabel = "N",
      defaultValue = "0",
      description = "Skip the N newest.")
  int offset;

  @Override
  public Integer call() {
    for (var option : new Object[][] {{"--limit", limit}, {"--offset", offset}}) {
      if ((int) option[1] < 0) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), option[0] + " must be zero or more, not " + option[1]);
      }
    }
    try (Corpusbot bot = Corpusbot.forQuestions(root.settings(), ConsoleProgress.auto())) {
      UnreachableParts.Heard<ArticleCatalog.Page> page =
          bot.unreachable().hear(() -> bot.catalog().newest(offset, limit));
      System.out.println(json ? json(page) : text(page));
      return 0;
    }
  }

  private static String text(UnreachableParts.Heard<ArticleCatalog.Page> heard) {
    ArticleCatalog.Page page = heard.value();
    StringBuilder sb = new StringBuilder();
    int n = page.offset();
    for (ArticleInfo a : page.articles()) {
      n++;
      sb.append(
          String.format("%3d. %s  %s", n, a.date() == null ? "(no date)" : a.date(), a.title()));
      sb.append("  [").append(a.id()).append("]\n");
    }
    sb.append(page.total()).append(page.total() == 1 ? " article" : " articles").append(" in all.");
    if (heard.partial()) {
      sb.append("\n(").append(UnreachableParts.NOTE).append(')');
    }
    return sb.toString();
  }

  private static String json(UnreachableParts.Heard<ArticleCatalog.Page> heard) {
    ArticleCatalog.Page page = heard.value();
    ObjectNode o = AnswerFormat.JSON.createObjectNode();
    o.put("total", page.total());
    o.put("offset", page.offset());
    ArrayNode arr = o.putArray("articles");
    for (ArticleInfo a : page.articles()) {
      ObjectNode n = arr.addObject();
      n.put("id", a.id());
      n.put("title", a.title());
      n.put("date", a.date() == null ? null : a.date().toString());
      n.put("source", a.source());
      n.put("url", a.url());
    }
    if (heard.partial()) {
      o.put("note", UnreachableParts.NOTE);
    }
    return o.toString();
  }
}
