package org.corpusbot.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.corpusbot.answer.Answer;
import org.corpusbot.answer.Citation;
import org.corpusbot.answer.UnreachableParts;
import org.corpusbot.summary.Summaries;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code corpusbot summary [--json] [ARTICLE_ID | --latest | --topic TEXT] [--sentences N]}: the
 * summary of one article, or of what the articles say on a topic.
 */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    description =
        "Summarise an article (by id, or the newest) or what the articles say on a topic.")
final class SummaryCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Target target;

  static final class Target {
    @Parameters(paramLabel = "ARTICLE_ID", description = "The article (ids as in `articles`).")
    String id;

    @Option(names = "--latest", description = "The newest article (the default).")
    boolean latest;

    @Option(names = "--topic", paramLabel = "TEXT", description = "What the articles say on TEXT.")
    String topic;
  }

  @Option(
      names = "--sentences",
      paramLabel = "N",
      description = "Sentences in the summary (default: summary.sentences, 4).")
  Integer sentences;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description = "For --topic: only articles published by DATE (default: today).")
  LocalDate asOf;

  @Option(names = "--json", description = "Print {summary, articles, citations} as JSON.")
  boolean json;

  @Override
  public Integer call() {
    if (sentences != null && (sentences < 1 || sentences > 10)) {
      throw new CommandLine.ParameterException(
          new CommandLine(this), "--sentences must be between 1 and 10");
    }
    if (target != null && target.topic != null && target.topic.isBlank()) {
      throw new CommandLine.ParameterException(
          new CommandLine(this), "--topic is empty: say what the summary should be about");
    }
    try (Corpusbot bot = Corpusbot.forQuestions(root.settings(), ConsoleProgress.auto())) {
      Summaries s = sentences == null ? bot.summaries() : bot.summaries().withSentences(sentences);
      UnreachableParts.Heard<Optional<Answer>> heard = bot.unreachable().hear(() -> summary(s));
      String note = heard.partial() ? UnreachableParts.NOTE : null;
      if (heard.value().isEmpty()) {
        throw new CommandFailure(missing() + (note == null ? "" : " (" + note + ")"));
      }
      Answer a = note == null ? heard.value().get() : heard.value().get().withNote(note);
      System.out.println(json ? json(a).toString() : AnswerFormat.text(a));
      return 0;
    }
  }

  /** The summary asked for; empty when there is no such article. */
  private Optional<Answer> summary(Summaries s) {
    if (target != null && target.topic != null) {
      return Optional.of(s.topic(target.topic.strip(), asOf != null ? asOf : LocalDate.now()));
    }
    return target != null && target.id != null ? s.article(target.id.strip()) : s.latest();
  }

  private String missing() {
    return target != null && target.id != null
        ? "no article with id '" + target.id.strip() + "' (`corpusbot articles` lists them)"
        : "the corpus is empty: there is nothing to summarise";
  }

  static ObjectNode json(Answer a) {
    ObjectNode o = AnswerFormat.JSON.createObjectNode();
    o.put("summary", a.text());
    o.put("found", a.found());
    Set<String> ids = new LinkedHashSet<>();
    a.citations().stream().map(Citation::articleId).forEach(ids::add);
    ArrayNode articles = o.putArray("articles");
    ids.forEach(articles::add);
    o.set("citations", AnswerFormat.citations(a.citations()));
    if (a.note() != null) {
      o.put("note", a.note());
    }
    o.put("tookMs", a.tookMs());
    return o;
  }
}
