package org.corpusbot.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import org.corpusbot.answer.Answer;
import org.corpusbot.answer.Citation;

/** Renders answers for the console: as text for people, as one JSON object for scripts. */
final class AnswerFormat {
  static final ObjectMapper JSON = new ObjectMapper();

  private AnswerFormat() {}

  static String text(Answer a) {
    StringBuilder sb = new StringBuilder(a.text());
    if (a.note() != null) {
      sb.append("\n(").append(a.note()).append(')');
    }
    if (!a.citations().isEmpty()) {
      sb.append("\n\nSources:\n").append(sources(a.citations()));
    }
    return sb.toString();
  }

  static String sources(List<Citation> citations) {
    StringBuilder sb = new StringBuilder();
    for (Citation c : citations) {
      StringJoiner line = new StringJoiner(" · ");
      line.add(c.title());
      if (c.date() != null) {
        line.add(c.date().toString());
      }
      String where = c.source() != null ? c.source() : c.url();
      if (where != null) {
        line.add(where);
      }
      sb.append('[').append(c.n()).append("] ").append(line).append('\n');
      if (c.url() != null && !Objects.equals(where, c.url())) {
        sb.append("    ").append(c.url()).append('\n');
      }
      sb.append("    “").append(c.quote()).append("”\n");
    }
    return sb.toString().stripTrailing();
  }

  static ObjectNode json(Answer a) {
    ObjectNode o = JSON.createObjectNode();
    o.put("question", a.question());
    o.put("found", a.found());
    o.put("answer", a.text());
    o.put("short", a.shortAnswer() == null ? null : a.shortAnswer().text());
    ArrayNode rests = o.putArray("shortCitations");
    if (a.shortAnswer() != null) {
      a.shortAnswer().citations().forEach(rests::add);
    }
    o.set("citations", citations(a.citations()));
    if (a.note() != null) {
      o.put("note", a.note());
    }
    o.put("tookMs", a.tookMs());
    return o;
  }

  static ArrayNode citations(List<Citation> citations) {
    ArrayNode arr = JSON.createArrayNode();
    for (Citation c : citations) {
      ObjectNode n = arr.addObject();
      n.put("n", c.n());
      n.put("articleId", c.articleId());
      n.put("title", c.title());
      n.put("date", c.date() == null ? null : c.date().toString());
      n.put("source", c.source());
      n.put("url", c.url());
      n.put("quote", c.quote());
      n.put("start", c.start());
      n.put("end", c.end());
    }
    return arr;
  }
}
