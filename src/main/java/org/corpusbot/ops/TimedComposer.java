package org.corpusbot.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.corpusbot.answer.Answer;
import org.corpusbot.answer.AnswerComposer;
import org.corpusbot.answer.Question;

/**
 * Counts the questions a composer is asked and how they end (found, not found, failed), and times
 * each answer: the "composing" stage, which includes its searches and any language model call.
 */
final class TimedComposer implements AnswerComposer {
  private final AnswerComposer next;
  private final Counter questions;
  private final Counter found;
  private final Counter notFound;
  private final Counter failed;
  private final Timer time;

  TimedComposer(AnswerComposer next, MeterRegistry registry) {
    this.next = next;
    this.questions =
        Counter.builder("corpusbot.questions")
            .description("Questions asked (free text and /ask)")
            .register(registry);
    this.found = answers("found", registry);
    this.notFound = answers("not_found", registry);
    this.failed = answers("failed", registry);
    this.time =
        Meters.latency("corpusbot.compose", "Answers composed, searches and model included")
            .register(registry);
  }

  private static Counter answers(String result, MeterRegistry registry) {
    return Counter.builder("corpusbot.answers")
        .description("Answers by result: found in the articles, not found, or failed")
        .tag("result", result)
        .register(registry);
  }

  @Override
  public Answer answer(Question question) {
    return answer(question, null);
  }

  @Override
  public Answer answer(Question question, Consumer<String> progress) {
    questions.increment();
    long t0 = System.nanoTime();
    try {
      Answer a = next.answer(question, progress);
      (a.found() ? found : notFound).increment();
      return a;
    } catch (RuntimeException e) {
      failed.increment();
      throw e;
    } finally {
      time.record(System.nanoTime() - t0, TimeUnit.NANOSECONDS);
    }
  }
}
