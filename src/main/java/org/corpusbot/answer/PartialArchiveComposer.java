package org.corpusbot.answer;

import java.util.function.Consumer;

/**
 * Adds {@link UnreachableParts#NOTE} to an answer when part of the archive did not answer its
 * searches: the answer came from the rest and may miss articles (a SolrCloud shard with every
 * replica down). The reader is told, not the reason; the log names the shards.
 */
public final class PartialArchiveComposer implements AnswerComposer {
  private final AnswerComposer inner;
  private final UnreachableParts parts;

  public PartialArchiveComposer(AnswerComposer inner, UnreachableParts parts) {
    this.inner = inner;
    this.parts = parts;
  }

  @Override
  public Answer answer(Question question) {
    return answer(question, null);
  }

  @Override
  public Answer answer(Question question, Consumer<String> progress) {
    return parts.noted(() -> inner.answer(question, progress));
  }
}
