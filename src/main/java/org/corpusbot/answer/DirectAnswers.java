package org.corpusbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corpusbot.corpus.Span;

/**
 * The short answer to lead with, found in the answer's sentences: a name carrying the kind asked
 * for in any of those from the best one's article ("Pacific Ocean" for "which ocean"), else the
 * first span in the best one, else in the sentence just before it (the best says "The company
 * announced …", the one before names the company), else in the other chosen ones. Thread-safe.
 */
final class DirectAnswers {
  /**
   * A short answer and the sentence holding it; {@code before} is true when that sentence is the
   * one before the best, which then joins the answer.
   */
  record Lead(String span, Candidate in, boolean before) {}

  Optional<Lead> find(String question, List<Candidate> chosen) {
    WantedSpan wanted = WantedSpan.of(question);
    if (wanted == WantedSpan.NONE || chosen.isEmpty()) {
      return Optional.empty();
    }
    SpanFinder finder = new SpanFinder(question);
    if (finder.count() > 1) {
      Optional<Lead> several = several(finder, wanted, chosen);
      if (several.isPresent()) {
        return several;
      }
    }
    // a name carrying the kind asked for ("Pacific Ocean" for "which ocean") wins from any sentence
    // of the best one's article: another story's "Walt Disney Company" is not the company asked for
    String story = chosen.get(0).hit().article().id();
    for (Candidate c : chosen) {
      if (!c.hit().article().id().equals(story)) {
        continue;
      }
      Optional<Span> s = finder.findOfKind(wanted, c.text(), context(c));
      if (s.isPresent()) {
        return Optional.of(new Lead(s.get().of(c.text()), c, false));
      }
    }
    Optional<Lead> lead = in(finder, wanted, chosen.get(0), false);
    if (lead.isEmpty()) {
      lead = Neighbours.previous(chosen.get(0)).flatMap(p -> in(finder, wanted, p, true));
    }
    for (int i = 1; lead.isEmpty() && i < chosen.size(); i++) {
      lead = in(finder, wanted, chosen.get(i), false);
    }
    return lead;
  }

  /**
   * "Russia and China" for "which two countries": the first sentence naming as many different ones
   * as asked.
   */
  private static Optional<Lead> several(
      SpanFinder finder, WantedSpan wanted, List<Candidate> chosen) {
    for (Candidate c : chosen) {
      List<String> names = new ArrayList<>();
      for (Span s : finder.all(wanted, c.text(), context(c))) {
        String name = s.of(c.text());
        if (names.stream().noneMatch(n -> n.equalsIgnoreCase(name))) {
          names.add(name);
        }
      }
      if (names.size() >= finder.count()) {
        List<String> asked = names.subList(0, finder.count());
        String last = asked.get(asked.size() - 1);
        String joined = String.join(", ", asked.subList(0, asked.size() - 1)) + " and " + last;
        return Optional.of(new Lead(joined, c, false));
      }
    }
    return Optional.empty();
  }

  private static Optional<Lead> in(
      SpanFinder finder, WantedSpan wanted, Candidate c, boolean before) {
    return finder.find(wanted, c.text(), context(c)).map(s -> new Lead(s.of(c.text()), c, before));
  }

  private static String context(Candidate c) {
    return c.hit().article().title() + "\n" + c.hit().passage().text();
  }
}
