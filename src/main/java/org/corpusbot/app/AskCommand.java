package org.corpusbot.app;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.corpusbot.answer.Answer;
import org.corpusbot.answer.Question;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code corpusbot ask [--json] [--as-of DATE] QUESTION}: one answer, with its sources. */
@Command(
    name = "ask",
    mixinStandardHelpOptions = true,
    description = "Answer one question and exit.")
final class AskCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  boolean json;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description = "When the question is asked (default: today); 'this week' is relative to it.")
  LocalDate asOf;

  @Parameters(
      arity = "1..*",
      paramLabel = "QUESTION",
      description = "The question (quotes optional).")
  List<String> words;

  @Override
  public Integer call() {
    String question = String.join(" ", words).strip();
    if (question.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(
          new picocli.CommandLine(this), "QUESTION is empty: say what you want to know");
    }
    try (Corpusbot bot = Corpusbot.forQuestions(root.settings(), ConsoleProgress.auto())) {
      Answer a =
          bot.composer().answer(Question.of(question, asOf != null ? asOf : LocalDate.now()));
      System.out.println(json ? AnswerFormat.json(a).toString() : AnswerFormat.text(a));
      return 0;
    }
  }
}
