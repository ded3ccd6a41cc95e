package org.corpusbot.summary;

import java.util.ArrayList;
import java.util.List;
import org.corpusbot.answer.Answer;
import org.corpusbot.answer.Citation;
import org.corpusbot.corpus.ArticleInfo;

/**
 * Writes a summary as an answer: its heading, then its sentences each followed by a citation [n]
 * quoting that very sentence, so every line can be checked like any answer.
 */
final class SummaryAnswers {
  static final String EMPTY_ARTICLE = "This article has no sentences to summarise.";

  Answer article(String id, Summary s) {
    String question = "Summary of " + id;
    if (s.isEmpty()) {
      return new Answer(question, false, s.heading() + "\n\n" + EMPTY_ARTICLE, List.of(), null, 0);
    }
    List<Citation> citations = new ArrayList<>();
    StringBuilder text = new StringBuilder(s.heading()).append("\n\n");
    for (Sentence sentence : s.sentences()) {
      if (!citations.isEmpty()) {
        text.append(' ');
      }
      text.append(cite(sentence, citations));
    }
    return new Answer(question, true, text.toString(), citations, null, 0);
  }

  Answer topic(String topic, Summary s) {
    String question = "Summary: " + topic;
    if (s.isEmpty()) {
      return new Answer(
          question,
          false,
          "The articles don't say anything about " + topic + ".",
          List.of(),
          null,
          0);
    }
    List<Citation> citations = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    text.append("What the articles say about ").append(topic).append(": ").append(span(s));
    String current = null;
    for (Sentence sentence : s.sentences()) {
      ArticleInfo a = sentence.article();
      if (!a.id().equals(current)) {
        current = a.id();
        text.append("\n\n").append(a.date() == null ? "undated" : a.date()).append(" · ");
        text.append(a.title()).append('\n');
      } else {
        text.append(' ');
      }
      text.append(cite(sentence, citations));
    }
    return new Answer(question, true, text.toString(), citations, null, 0);
  }

  private static String cite(Sentence s, List<Citation> citations) {
    int n = citations.size() + 1;
    ArticleInfo a = s.article();
    citations.add(
        new Citation(
            n, a.id(), a.title(), a.date(), a.source(), a.url(), s.text(), s.start(), s.end()));
    return s.text() + " [" + n + "]";
  }

  /** "3 articles, 2021-06-16 to 2021-10-31" or "1 article, 2021-10-31". */
  static String span(Summary s) {
    var dates =
        s.articles().stream().map(ArticleInfo::date).filter(d -> d != null).sorted().toList();
    int n = s.articles().size();
    String count = n + (n == 1 ? " article" : " articles");
    if (dates.isEmpty()) {
      return count + ", undated.";
    }
    String first = dates.get(0).toString();
    String last = dates.get(dates.size() - 1).toString();
    return count + ", " + (first.equals(last) ? first : first + " to " + last) + ".";
  }
}
