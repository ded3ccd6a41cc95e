package org.corpusbot.answer;

import java.util.ArrayList;
import java.util.List;

/**
 * For a question that wants a short answer (a name, a time, a place, a number), a sentence holding
 * one the question doesn't already name ranks a little higher than one that only repeats the
 * question ("The team’s only loss came in Game 3" against "The Avalanche won the Cup").
 * Thread-safe.
 */
final class SpanCues {
  /** Added to a sentence holding a span: enough to reorder near ties, not to lift a weak one. */
  static final double BONUS = 0.1;

  /**
   * Added again to a sentence holding a number of the very kind asked (money for "how much", the
   * counted noun for "how many hot dogs"): any number is a weak cue, the asked kind a strong one.
   */
  static final double FIT_BONUS = 0.3;

  /** Only the best dozen are looked at: an answer's sentences come from the top few. */
  private static final int CONSIDERED = 12;

  private SpanCues() {}

  static List<Candidate> rerank(String question, List<Candidate> ranked) {
    WantedSpan wanted = WantedSpan.of(question);
    if (wanted == WantedSpan.NONE) {
      return ranked;
    }
    SpanFinder finder = new SpanFinder(question);
    List<Candidate> out = new ArrayList<>(ranked);
    for (int i = 0; i < Math.min(CONSIDERED, out.size()); i++) {
      Candidate c = out.get(i);
      String context = c.hit().article().title() + "\n" + c.hit().passage().text();
      boolean holds = finder.find(wanted, c.text(), context).isPresent();
      double bonus =
          !holds
              ? 0
              : wanted == WantedSpan.NUMBER && finder.fitsNumber(c.text())
                  ? BONUS + FIT_BONUS
                  : BONUS;
      out.set(i, bonus > 0 ? c.withScore(c.score() + bonus) : c);
    }
    out.sort((a, b) -> Double.compare(b.score(), a.score()));
    return out;
  }
}
