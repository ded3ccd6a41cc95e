package org.corpusbot.answer;

import java.util.function.Consumer;
import org.corpusbot.retrieval.Foreground;

/** Marks every answer as foreground work, which background indexing yields to. */
public final class ForegroundComposer implements AnswerComposer {
  private final AnswerComposer inner;
  private final Foreground foreground;

  public ForegroundComposer(AnswerComposer inner, Foreground foreground) {
    this.inner = inner;
    this.foreground = foreground;
  }

  @Override
  public Answer answer(Question question) {
    try (Foreground.Work w = foreground.enter()) {
      return inner.answer(question);
    }
  }

  @Override
  public Answer answer(Question question, Consumer<String> progress) {
    try (Foreground.Work w = foreground.enter()) {
      return inner.answer(question, progress);
    }
  }
}
