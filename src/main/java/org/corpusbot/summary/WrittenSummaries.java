package org.corpusbot.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corpusbot.answer.Answer;
import org.corpusbot.answer.Citation;
import org.corpusbot.answer.llm.GroundedWriter;
import org.corpusbot.answer.llm.LlmFailure;
import org.corpusbot.answer.llm.Prompts;
import org.corpusbot.corpus.ArticleInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Summaries written by the language model from numbered sentences of the articles, checked like
 * answers; each citation quotes the very sentence it numbers. Empty when nothing the model wrote
 * survives the checks; {@link LlmFailure} when the model fails (the caller then summarises
 * offline). Thread-safe.
 */
final class WrittenSummaries {
  private static final Logger log = LoggerFactory.getLogger(WrittenSummaries.class);

  private final GroundedWriter writer;

  WrittenSummaries(GroundedWriter writer) {
    this.writer = writer;
  }

  Optional<Answer> article(String id, String heading, List<Sentence> sentences, int n, int words) {
    return write(
            "Summary of " + id,
            Prompts.summary(n, words),
            "Summarise this article: " + heading,
            sentences)
        .map(w -> answer("Summary of " + id, heading + "\n\n" + w.checked().text(), w, sentences));
  }

  Optional<Answer> topic(String topic, Summary offline, int n) {
    String question = "Summary: " + topic;
    return write(question, Prompts.topic(n), "Topic: " + topic, offline.sentences())
        .map(
            w ->
                answer(
                    question,
                    "What the articles say about "
                        + topic
                        + ": "
                        + SummaryAnswers.span(offline)
                        + "\n\n"
                        + w.checked().text(),
                    w,
                    offline.sentences()));
  }

  private Optional<GroundedWriter.Written> write(
      String what, String rules, String request, List<Sentence> sentences) {
    List<GroundedWriter.Source> sources = new ArrayList<>();
    for (Sentence s : sentences) {
      ArticleInfo a = s.article();
      sources.add(
          new GroundedWriter.Source(
              a.title(), a.date() == null ? null : a.date().toString(), s.text()));
    }
    try {
      GroundedWriter.Written w = writer.write(rules, request, sources, null);
      return w.checked().notFound() ? Optional.empty() : Optional.of(w);
    } catch (LlmFailure e) {
      log.warn("Language model failed writing {} ({}); summarising offline", what, e.getMessage());
      throw e;
    }
  }

  private static Answer answer(
      String question, String text, GroundedWriter.Written w, List<Sentence> sentences) {
    List<Citation> citations = new ArrayList<>();
    for (int i : w.checked().sources()) {
      Sentence s = sentences.get(i);
      ArticleInfo a = s.article();
      citations.add(
          new Citation(
              citations.size() + 1,
              a.id(),
              a.title(),
              a.date(),
              a.source(),
              a.url(),
              s.text(),
              s.start(),
              s.end()));
    }
    return new Answer(question, true, text, citations, null, 0);
  }
}
