package org.corpusbot.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.corpusbot.answer.Answer;
import org.corpusbot.answer.Citation;
import org.corpusbot.answer.Question;
import org.corpusbot.answer.Turn;
import org.corpusbot.corpus.ArticleInfo;
import org.corpusbot.corpus.Dates;
import org.corpusbot.meetings.MeetingAnswers;
import org.corpusbot.meetings.MeetingQuery;
import org.corpusbot.retrieval.ArticleCatalog;
import org.corpusbot.retrieval.IndexUnavailableException;
import org.corpusbot.summary.SummaryArguments;

/**
 * The console conversation: one question a line, a few slash commands, Ctrl-D or /quit to leave.
 */
final class ConsoleChat {
  static final String HELP =
      """
      Type a question, or:
        /articles [N]   the newest articles (N to skip)
        /summary [N | ID | TOPIC]  the newest article's summary, the N-th of /articles, or a topic's
        /met [WHO] [in PLACE]  who met whom: /met Biden Putin, /met in Geneva
        /sources        the sources of the last answer again
        /reset          forget the conversation (follow-up questions start afresh)
        /as-of DATE     ask as if it were DATE ("this week" is relative to it); /as-of now resets
        /help           this help
        /quit           leave (or Ctrl-D)""";

  /** The console is one conversation. */
  static final long CONSOLE = 0;

  private final Corpusbot bot;
  private final SummaryArguments summaryArguments;
  private final PrintStream out;
  private final boolean interactive;
  private LocalDate asOf;
  private List<Citation> lastSources = List.of();

  ConsoleChat(Corpusbot bot, PrintStream out, boolean interactive) {
    this.bot = bot;
    this.summaryArguments = new SummaryArguments(bot.summaries());
    this.out = out;
    this.interactive = interactive;
  }

  void run(BufferedReader in) throws IOException {
    greet();
    while (true) {
      if (interactive) {
        out.print("> ");
        out.flush();
      }
      String line = in.readLine();
      if (line == null) {
        return;
      }
      line = line.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("/")) {
        if (!command(line)) {
          return;
        }
        continue;
      }
      Question q =
          Question.of(line, asOf != null ? asOf : LocalDate.now())
              .withHistory(bot.conversations().recent(CONSOLE));
      Answer a;
      try {
        a = bot.composer().answer(q);
      } catch (IndexUnavailableException e) {
        // The archive is away (Solr down): say why and keep the chat; the next question tries
        // again.
        out.println("corpusbot: " + e.getMessage());
        out.println();
        continue;
      }
      bot.conversations().remember(CONSOLE, new Turn(line, a.found() ? a.text() : ""));
      lastSources = a.citations();
      out.println(AnswerFormat.text(a));
      out.println();
    }
  }

  private void greet() {
    ArticleCatalog.Overview o = bot.catalog().overview();
    String span =
        o.first() == null
            ? ""
            : o.first().equals(o.last())
                ? " (" + o.first() + ")"
                : " (" + o.first() + " to " + o.last() + ")";
    out.println(
        "corpusbot: "
            + o.articles()
            + (o.articles() == 1 ? " article" : " articles")
            + span
            + ". Ask a question, or /help.");
  }

  /** Runs a slash command; false means leave. */
  private boolean command(String line) {
    String[] parts = line.split("\\s+", 2);
    String arg = parts.length > 1 ? parts[1].strip() : "";
    switch (parts[0].toLowerCase(Locale.ROOT)) {
      case "/quit", "/exit", "/q" -> {
        return false;
      }
      case "/help", "/start" -> out.println(HELP);
      case "/sources" ->
          out.println(
              lastSources.isEmpty()
                  ? "No sources yet: ask a question first."
                  : AnswerFormat.sources(lastSources));
      case "/articles" -> articles(arg);
      case "/reset" -> {
        bot.conversations().reset(CONSOLE);
        out.println("Conversation forgotten.");
      }
      case "/met" -> met(arg);
      case "/summary" -> summary(arg);
      case "/as-of" -> asOf(arg);
      default -> out.println("Unknown command " + parts[0] + ".\n" + HELP);
    }
    return true;
  }

  private void summary(String arg) {
    SummaryArguments.Outcome o =
        summaryArguments.resolve(
            arg, asOf != null ? asOf : LocalDate.now(), java.util.Optional.empty());
    if (o.answer() == null) {
      out.println(o.problem() + " /articles lists them.");
      return;
    }
    lastSources = o.answer().citations();
    out.println(AnswerFormat.text(o.answer()));
  }

  private void met(String arg) {
    Answer a =
        new MeetingAnswers()
            .render(
                "/met " + arg,
                bot.contacts().find(MeetingQuery.parse(arg)),
                "No meetings, talks, visits or calls found"
                    + (arg.isEmpty() ? "." : " for " + arg + "."));
    lastSources = a.citations();
    out.println(AnswerFormat.text(a));
  }

  private void articles(String arg) {
    int skip;
    try {
      skip = arg.isEmpty() ? 0 : Integer.parseInt(arg);
    } catch (NumberFormatException e) {
      out.println("Usage: /articles [N]  (N: how many of the newest to skip)");
      return;
    }
    ArticleCatalog.Page page = bot.catalog().newest(Math.max(0, skip), 10);
    int n = page.offset();
    for (ArticleInfo a : page.articles()) {
      out.printf("%3d. %s  %s%n", ++n, a.date() == null ? "(no date)" : a.date(), a.title());
    }
    out.println(
        page.total() + " in all" + (n < page.total() ? "; /articles " + n + " for more." : "."));
  }

  private void asOf(String arg) {
    if (arg.equalsIgnoreCase("now") || arg.isEmpty()) {
      asOf = null;
      out.println("Asking as of today.");
      return;
    }
    Dates.parse(arg)
        .ifPresentOrElse(
            d -> {
              asOf = d;
              out.println("Asking as of " + d + ".");
            },
            () -> out.println("Usage: /as-of YYYY-MM-DD, or /as-of now"));
  }
}
