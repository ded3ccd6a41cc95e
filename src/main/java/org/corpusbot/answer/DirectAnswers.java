package org.corpusbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.corpusbot.corpus.Span;

/**
 * The short answer to lead with, found in the answer's sentences: a name carrying the kind asked
 * for in any of those from the best one's article ("Pacific Ocean" for "which ocean"), else the
 * first span in the best one, else in the sentence just before it (the best says "The company
 * announced …", the one before names the company), else in the other chosen ones. Thread-safe.
 */
final class DirectAnswers {
  /** A headline's trailing site name: " - CNN", " | CNN Business", " - USA Today". */
  private static final Pattern SITE = Pattern.compile("\\s+[-|–—]\\s+[^-|–—]{1,30}$");

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
    Candidate best = chosen.get(0);
    Optional<Lead> lead = in(finder, wanted, best, false);
    if (lead.isEmpty()) {
      lead = Neighbours.previous(best).flatMap(p -> in(finder, wanted, p, true));
    }
    if (lead.isEmpty() && finder.refersToKind(best.text())) {
      lead = inHeadline(finder, wanted, best);
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

  /**
   * The name the headline gives to what the best sentence calls "the company": a story names its
   * subject in its headline and refers to it by its kind after ("Analysts accuse Bed Bath & Beyond
   * of …" over "The company is reportedly scaling back …"). The headline is the cited source's
   * title. Not from a headline in title case, where every word looks like a name.
   */
  private static Optional<Lead> inHeadline(SpanFinder finder, WantedSpan wanted, Candidate c) {
    String full = c.hit().article().title();
    if (full == null || full.isBlank() || titleCase(full)) {
      return Optional.empty();
    }
    String title =
        SITE.matcher(full).replaceFirst(""); // the site's name is not the story's subject
    return finder.find(wanted, title, context(c)).map(s -> new Lead(s.of(title), c, false));
  }

  /** Most words of four letters or more capitalised: "Colorado Avalanche Win First Title". */
  static boolean titleCase(String title) {
    int long_ = 0;
    int capitalised = 0;
    for (String w : title.split("[\\s]+")) {
      if (w.length() >= 4 && Character.isLetter(w.charAt(0))) {
        long_++;
        capitalised += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
      }
    }
    return long_ > 0 && capitalised * 2 > long_ + 1;
  }

  private static Optional<Lead> in(
      SpanFinder finder, WantedSpan wanted, Candidate c, boolean before) {
    return finder.find(wanted, c.text(), context(c)).map(s -> new Lead(s.of(c.text()), c, before));
  }

  private static String context(Candidate c) {
    return c.hit().article().title() + "\n" + c.hit().passage().text();
  }
}
