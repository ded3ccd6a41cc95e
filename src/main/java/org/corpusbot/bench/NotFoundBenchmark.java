package org.corpusbot.bench;

import java.util.ArrayList;
import java.util.List;
import org.corpusbot.answer.Answer;
import org.corpusbot.answer.AnswerComposer;
import org.corpusbot.answer.ExtractiveComposer;
import org.corpusbot.answer.Question;

/**
 * What the answers do when the articles can't answer: each question is asked as a person writes it
 * (no options), and each reply is a refusal naming what the articles don't mention, another "not
 * found", an answer holding the gold choice (by the free-form rule of {@link FreeformScore}), or an
 * answer citing articles that don't answer it (holding no gold choice). Over a corpus without the
 * questions' gold articles the last is the honest-"no" failure; over the full corpus a refusal is a
 * false one.
 */
public final class NotFoundBenchmark {
  public enum Outcome {
    REFUSED_NAME,
    NOT_FOUND,
    ANSWERED,
    /** Says the articles don't state it outright, then shows the closest sentences, no gold. */
    HEDGED,
    CITES_NON_ANSWERING
  }

  /** One question and what its reply was. */
  public record Reply(String question, Outcome outcome, String text) {}

  private final AnswerComposer composer;

  public NotFoundBenchmark(AnswerComposer composer) {
    this.composer = composer;
  }

  /** Quiz questions, each judged by its gold choice. */
  public List<Reply> quiz(List<BenchQuestion> questions) {
    List<Reply> out = new ArrayList<>();
    for (BenchQuestion q : questions) {
      Answer a = composer.answer(Question.of(q.sentence(), q.asked()));
      out.add(new Reply(q.sentence(), outcome(a, q), a.text()));
    }
    return out;
  }

  /** Questions no article answers: any answer cites articles that don't answer. */
  public List<Reply> unanswerable(List<String> questions) {
    List<Reply> out = new ArrayList<>();
    for (String q : questions) {
      Answer a = composer.answer(Question.of(q, null));
      out.add(new Reply(q, outcome(a, null), a.text()));
    }
    return out;
  }

  /** What {@code a} is, judged by {@code q}'s gold choice with the free-form rule (null: none). */
  static Outcome outcome(Answer a, BenchQuestion q) {
    if (!a.found()) {
      return a.text().startsWith("The articles don't mention")
          ? Outcome.REFUSED_NAME
          : Outcome.NOT_FOUND;
    }
    boolean holds = q != null && FreeformScore.right(a.text(), q.choices(), q.answer());
    if (holds) {
      return Outcome.ANSWERED;
    }
    return a.text().startsWith(ExtractiveComposer.NOT_OUTRIGHT)
        ? Outcome.HEDGED
        : Outcome.CITES_NON_ANSWERING;
  }

  /** The share of {@code replies} with one of {@code outcomes}. */
  public static double share(List<Reply> replies, Outcome... outcomes) {
    if (replies.isEmpty()) {
      return 0;
    }
    long n = replies.stream().filter(r -> List.of(outcomes).contains(r.outcome())).count();
    return (double) n / replies.size();
  }
}
