package org.corpusbot.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corpusbot.answer.Answer;
import org.corpusbot.answer.AnswerComposer;
import org.corpusbot.answer.Question;

/**
 * What the answers do when the articles can't answer: each question is asked as a person writes it
 * (no options), and each reply is a refusal naming what the articles don't mention, another "not
 * found", an answer holding the gold choice's text, or an answer citing articles that don't answer
 * it (holding no gold choice). Over a corpus without the questions' gold articles the last is the
 * honest-"no" failure; over the full corpus a refusal is a false one.
 */
public final class NotFoundBenchmark {
  public enum Outcome {
    REFUSED_NAME,
    NOT_FOUND,
    ANSWERED,
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
      out.add(new Reply(q.sentence(), outcome(a, q.choices().get(q.answer())), a.text()));
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

  static Outcome outcome(Answer a, String gold) {
    if (!a.found()) {
      return a.text().startsWith("The articles don't mention")
          ? Outcome.REFUSED_NAME
          : Outcome.NOT_FOUND;
    }
    boolean holds = gold != null && !gold.isBlank() && plain(a.text()).contains(plain(gold));
    return holds ? Outcome.ANSWERED : Outcome.CITES_NON_ANSWERING;
  }

  private static String plain(String s) {
    return s.strip().toLowerCase(Locale.ROOT).replaceAll("[‘’]", "'").replaceAll("[“”]", "\"");
  }

  /** The share of {@code replies} with one of {@code outcomes}. */
  public static double share(List<Reply> replies, Outcome... outcomes) {
    if (replies.isEmpty()) {
      return 0;
    }
    long n = replies.stream().filter(r -> List.of(outcomes).contains(r.outcome())).count();
    return (double) n / replies.size();
  }

  /**
   * True when the question is in the dev half: the first byte of sha256("split:" + id) is even (the
   * rule of the contact labels), else it is held out.
   */
  public static boolean dev(String questionId) {
    try {
      byte[] h =
          MessageDigest.getInstance("SHA-256")
              .digest(("split:" + questionId).getBytes(StandardCharsets.UTF_8));
      return (h[0] & 1) == 0;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
