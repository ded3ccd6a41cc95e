package org.corpusbot.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.corpusbot.retrieval.Lexicon;

/**
 * For a multiple-choice question, the option the evidence supports best: the one named by the
 * highest-scoring candidate sentence, matched verbatim or by all of its terms. No option is picked
 * when no candidate names any of them; the answer then rests on the sentences alone.
 */
final class OptionPicker {
  /** Candidates considered; lower ones are too weakly related to the question to vouch for one. */
  private static final int CONSIDERED = 10;

  private final Lexicon lexicon;

  OptionPicker(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  record Pick(String option, Candidate support) {}

  Optional<Pick> pick(List<String> options, List<Candidate> ranked) {
    Pick best = null;
    for (Candidate c : ranked.subList(0, Math.min(CONSIDERED, ranked.size()))) {
      for (String option : options) {
        if (names(c, option) && (best == null || c.score() > best.support().score())) {
          best = new Pick(option, c);
        }
      }
      if (best != null) {
        return Optional.of(best);
      }
    }
    return Optional.empty();
  }

  private boolean names(Candidate c, String option) {
    if (c.text().toLowerCase(Locale.ROOT).contains(option.toLowerCase(Locale.ROOT))) {
      return true;
    }
    Set<String> terms = lexicon.terms(option);
    return !terms.isEmpty() && c.terms().containsAll(terms);
  }
}
