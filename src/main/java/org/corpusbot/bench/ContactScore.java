package org.corpusbot.bench;

import java.util.List;

/** Named-pair precision and recall, summed over articles. */
public record ContactScore(int predicted, int correct, int expected, int found, int articles) {
  public static final ContactScore ZERO = new ContactScore(0, 0, 0, 0, 0);

  /** The score of one article: {@code got} against {@code want} (both distinct). */
  public static ContactScore of(List<NamePairs.Pair> want, List<NamePairs.Pair> got) {
    int correct =
        (int)
            got.stream().filter(g -> want.stream().anyMatch(w -> NamePairs.matches(w, g))).count();
    int found =
        (int)
            want.stream().filter(w -> got.stream().anyMatch(g -> NamePairs.matches(w, g))).count();
    return new ContactScore(got.size(), correct, want.size(), found, 1);
  }

  public ContactScore plus(ContactScore o) {
    return new ContactScore(
        predicted + o.predicted,
        correct + o.correct,
        expected + o.expected,
        found + o.found,
        articles + o.articles);
  }

  /** Correct among predicted; 1 when nothing was predicted (nothing wrong was said). */
  public double precision() {
    return predicted == 0 ? 1 : (double) correct / predicted;
  }

  public double recall() {
    return expected == 0 ? 1 : (double) found / expected;
  }
}
