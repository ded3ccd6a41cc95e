package org.corpusbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A chosen sentence that announces a list ("the countries can work together on a number of issues")
 * is followed in the answer by the next sentence when that one gives the list ("Among other things,
 * he mentioned the issues of armaments, …"): without it the answer names no issue.
 */
final class ListFollowers {
  private static final Pattern ANNOUNCES =
      Pattern.compile(
          "\\b(?:a (?:number|range|series|host|list) of|several|various|some|many|a few|these"
              + "|the following)\\s+\\w+$|:$");
  private static final Pattern GIVES =
      Pattern.compile(
          "^(?:Among (?:other things|them|those|others)|These (?:include|are)|They (?:include|are)"
              + "|Those (?:include|are)|This includes|Including|For example|For instance)\\b");

  private ListFollowers() {}

  /**
   * {@code chosen}, at most {@code max}, led by the sentences that announce a list, each followed
   * by the sentence giving it: a list given is a fuller answer than a further related sentence.
   */
  static List<Candidate> expand(List<Candidate> chosen, int max) {
    List<Candidate> pairs = new ArrayList<>();
    List<Candidate> rest = new ArrayList<>();
    for (Candidate c : chosen) {
      Optional<Candidate> next = announces(c) ? Neighbours.next(c) : Optional.empty();
      if (next.isPresent() && GIVES.matcher(next.get().text()).find()) {
        pairs.add(c);
        pairs.add(next.get());
      } else {
        rest.add(c);
      }
    }
    rest.removeIf(c -> pairs.stream().anyMatch(p -> p.start() == c.start() && same(p, c)));
    pairs.addAll(rest);
    return pairs.subList(0, Math.min(max, pairs.size()));
  }

  private static boolean announces(Candidate c) {
    String s = c.text().strip();
    return ANNOUNCES.matcher(s.endsWith(".") ? s.substring(0, s.length() - 1) : s).find();
  }

  private static boolean same(Candidate a, Candidate b) {
    return a.hit().article().id().equals(b.hit().article().id());
  }
}
