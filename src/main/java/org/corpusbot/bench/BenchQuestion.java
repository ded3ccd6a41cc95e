package org.corpusbot.bench;

import java.time.LocalDate;
import java.util.List;

/** A quiz question with its gold article and answer, as in the RealTime QA dev set. */
public record BenchQuestion(
    String id,
    LocalDate asked,
    String sentence,
    List<String> choices,
    int answer,
    List<String> goldArticles,
    String evidence) {
  public BenchQuestion {
    choices = List.copyOf(choices);
    goldArticles = List.copyOf(goldArticles);
  }

  /** The question as the bench asks it: the sentence followed by {@code Options: a; b; c; d.} */
  public String withOptions() {
    return sentence + " Options: " + String.join("; ", choices) + ".";
  }
}
