package org.corpusbot.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.corpusbot.answer.Answer;
import org.corpusbot.answer.UnreachableParts;
import org.corpusbot.meetings.ContactEvent;
import org.corpusbot.meetings.ContactStore;
import org.corpusbot.meetings.MeetingAnswers;
import org.corpusbot.meetings.MeetingQuery;
import org.corpusbot.meetings.Participant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code corpusbot met [PERSON] [--with PERSON] [--place PLACE] [--from DATE] [--to DATE]
 * [--json]}.
 */
@Command(
    name = "met",
    mixinStandardHelpOptions = true,
    description = "Who met whom: meetings, talks, visits and calls found in the articles.")
final class MetCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Parameters(
      arity = "0..1",
      paramLabel = "PERSON",
      description = "Someone who took part (a last name is enough).")
  String person;

  @Option(names = "--with", paramLabel = "PERSON", description = "Someone else who took part.")
  String with;

  @Option(names = "--place", paramLabel = "PLACE", description = "Where it happened.")
  String place;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description = "Not before DATE.")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description = "Not after DATE.")
  LocalDate to;

  @Option(names = "--json", description = "Print {\"events\": [...]} instead of text.")
  boolean json;

  @Override
  public Integer call() {
    MeetingQuery q;
    try {
      q = new MeetingQuery(person, with, place, null, from, to);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(
          new picocli.CommandLine(this), e.getMessage());
    }
    try (Corpusbot bot = Corpusbot.forQuestions(root.settings(), ConsoleProgress.auto())) {
      UnreachableParts.Heard<List<ContactStore.Found>> found =
          bot.unreachable().hear(() -> bot.contacts().find(q));
      if (json) {
        ObjectNode o = json(found.value());
        if (found.partial()) {
          o.put("note", UnreachableParts.NOTE);
        }
        System.out.println(o);
      } else {
        Answer a =
            new MeetingAnswers()
                .render(
                    describe(q),
                    found.value(),
                    "No meetings, talks, visits or calls found"
                        + (q.equals(MeetingQuery.ALL) ? "." : " for " + describe(q) + "."));
        System.out.println(
            AnswerFormat.text(found.partial() ? a.withNote(UnreachableParts.NOTE) : a));
      }
      return 0;
    }
  }

  private static String describe(MeetingQuery q) {
    StringBuilder sb = new StringBuilder();
    if (q.person() != null) {
      sb.append(q.person());
    }
    if (q.with() != null) {
      sb.append(" with ").append(q.with());
    }
    if (q.place() != null) {
      sb.append(" in ").append(q.place());
    }
    if (q.from() != null || q.to() != null) {
      sb.append(" between ")
          .append(q.from() == null ? "the start" : q.from())
          .append(" and ")
          .append(q.to() == null ? "now" : q.to());
    }
    return sb.isEmpty() ? "anyone" : sb.toString().strip();
  }

  static ObjectNode json(List<ContactStore.Found> found) {
    ObjectNode o = AnswerFormat.JSON.createObjectNode();
    ArrayNode events = o.putArray("events");
    for (ContactStore.Found f : found) {
      ContactEvent e = f.event();
      ObjectNode n = events.addObject();
      ArrayNode names = n.putArray("participants");
      e.participants().forEach(p -> names.add(p.name()));
      ArrayNode details = n.putArray("participantDetails");
      for (Participant p : e.participants()) {
        details
            .addObject()
            .put("name", p.name())
            .put("kind", p.kind().name().toLowerCase())
            .put("title", p.title());
      }
      n.put("kind", e.kind().label());
      n.put("place", e.place());
      n.put("dateFrom", e.dateFrom() == null ? null : e.dateFrom().toString());
      n.put("dateTo", e.dateTo() == null ? null : e.dateTo().toString());
      n.put("evidence", e.evidence());
      n.put("articleId", e.articleId());
      n.put("start", e.start());
      n.put("end", e.end());
      n.put("articleTitle", f.article().title());
      n.put("articleDate", f.article().date() == null ? null : f.article().date().toString());
    }
    return o;
  }
}
