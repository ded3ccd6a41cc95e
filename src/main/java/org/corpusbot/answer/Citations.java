package org.corpusbot.answer;

import java.util.List;
import org.corpusbot.corpus.ArticleInfo;
import org.corpusbot.corpus.Passage;

/** Builds citations from passage data only, so that a quote is always verbatim article text. */
final class Citations {
  private Citations() {}

  /** Citation {@code n} quoting the span of one passage that covers all of {@code sentences}. */
  static Citation of(int n, List<Candidate> sentences) {
    Passage p = sentences.get(0).hit().passage();
    ArticleInfo a = sentences.get(0).hit().article();
    int start = sentences.stream().mapToInt(Candidate::start).min().orElseThrow();
    int end = sentences.stream().mapToInt(Candidate::end).max().orElseThrow();
    String quote = p.text().substring(start - p.start(), end - p.start());
    return new Citation(n, a.id(), a.title(), a.date(), a.source(), a.url(), quote, start, end);
  }
}
