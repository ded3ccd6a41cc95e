package org.corpusbot.answer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.corpusbot.corpus.BoilerplateSentences;
import org.corpusbot.corpus.Passage;
import org.corpusbot.corpus.SentenceSplitter;
import org.corpusbot.corpus.Span;

/**
 * The sentences around a candidate within its passage, as shown ({@link ShownSentences}): context
 * for a short answer ("The company announced …" names the company one sentence earlier) or the list
 * a sentence announces ("… on a number of issues. Among other things, he mentioned …").
 * Thread-safe.
 */
final class Neighbours {
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  private Neighbours() {}

  /** The sentence before {@code c} in its passage; empty at the passage's start. */
  static Optional<Candidate> previous(Candidate c) {
    Span prev = null;
    for (Span s : sentences(c)) {
      if (c.hit().passage().start() + s.end() <= c.start()) {
        prev = s;
      }
    }
    return of(c, prev);
  }

  /** The sentence after {@code c} in its passage; empty at the passage's end. */
  static Optional<Candidate> next(Candidate c) {
    for (Span s : sentences(c)) {
      if (c.hit().passage().start() + s.start() >= c.end()) {
        return of(c, s);
      }
    }
    return Optional.empty();
  }

  private static List<Span> sentences(Candidate c) {
    return SPLITTER.split(c.hit().passage().text());
  }

  // NOTE: a neighbour carries no terms or scores: it joins an answer for context, never competes.
  private static Optional<Candidate> of(Candidate c, Span s) {
    Passage p = c.hit().passage();
    if (s == null || BoilerplateSentences.isBoilerplate(s.of(p.text()))) {
      return Optional.empty();
    }
    int start = p.start() + s.start();
    return ShownSentences.shown(
        new Candidate(c.hit(), s.of(p.text()), start, start + s.length(), Set.of(), 0, 0, 0, 0));
  }
}
