package org.corpusbot.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpusbot.corpus.Span;

/**
 * The short answer to lead with, found in the answer's sentences: a name carrying the kind asked
 * for in any of those from the best one's article ("Pacific Ocean" for "which ocean"), else the
 * first span in the best one, else in the sentence just before it (the best says "The company
 * announced …", the one before names the company), else in the headline of the best one's article
 * when that sentence speaks of "the company" ({@link #inHeadline}), else in the other chosen ones.
 * Thread-safe.
 */
final class DirectAnswers {
  /** A name of a list: capitalised words, no dots (a list may end the sentence), not "The …". */
  private static final String NAME = "(?!The )\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)*";

  /** A middle item of a list: ", Bo Li" before another item. */
  private static final Pattern MIDDLE = Pattern.compile(", " + NAME + "(?=,? and |, )");

  /** The last item: " and Qing Bao" … */
  private static final Pattern LAST = Pattern.compile(" and " + NAME);

  /** … or, after a middle one, ", and Qing Bao" too. */
  private static final Pattern LAST_AFTER_MIDDLE = Pattern.compile(",? and " + NAME);

  /** A headline's trailing site name: " - CNN", " | CNN Business", " | CNN Politics". */
  private static final Pattern SITE =
      Pattern.compile(
          "\\s+[-|–—]\\s+(?:CNN(?: [A-Z][a-z]+)?|USA TODAY|USA Today|The Week|Reuters|AP News"
              + "|NPR|BBC News|Fox News|NBC News|ABC News|CBS News)\\s*$");

  /**
   * A short answer and the sentence holding it; {@code before} is true when that sentence is the
   * one before the best, which then joins the answer.
   */
  record Lead(String span, Candidate in, boolean before) {}

  /**
   * "Which states' attorneys general …", "which countries": a plural asked for, answered by every
   * name a list gives (user trial 59: "California" of "California, Illinois and New Jersey"). Not
   * the nouns singular in -s ("which news site").
   */
  private static final Pattern PLURAL_WHICH =
      // the first word after "which" in lower case, past "other" and capitalised modifiers
      // ("which European leaders"): a verb after a singular ("which country hosts") is no plural
      // (review 59)
      Pattern.compile(
          "\\b(?i:which) (?:(?i:other) )?(?:\\p{Lu}[\\p{L}-]* )*([a-z]+(?:ies|[^su'’]s))(?:['’]|\\b)");

  private static final java.util.Set<String> SINGULAR_IN_S =
      java.util.Set.of("news", "series", "species", "means", "politics", "headquarters", "process");

  Optional<Lead> find(String question, List<Candidate> chosen) {
    Optional<Lead> lead = first(question, chosen);
    return SpanFinder.NAMES_OF.matcher(question).find() || asksPlural(question)
        ? lead.map(DirectAnswers::withListed)
        : lead;
  }

  static boolean asksPlural(String question) {
    Matcher m = PLURAL_WHICH.matcher(question);
    return m.find() && !SINGULAR_IN_S.contains(m.group(1).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * "Bao Li and Qing Bao" for "What are the names of the pandas?": the names listed right after the
   * one found, in the same sentence (user trial 57 gave the first alone).
   */
  private static Lead withListed(Lead lead) {
    String text = lead.in().text();
    int at = text.indexOf(lead.span());
    if (at < 0) {
      return lead;
    }
    int end = at + lead.span().length();
    boolean middle = false;
    Matcher m = MIDDLE.matcher(text);
    while (m.region(end, text.length()).lookingAt()) {
      end = m.end();
      middle = true;
    }
    Matcher last = (middle ? LAST_AFTER_MIDDLE : LAST).matcher(text).region(end, text.length());
    boolean closed = last.lookingAt();
    if (closed) {
      end = last.end();
    } else if (middle) {
      return lead; // ", Bo Li" with no last item is no list
    }
    // the items before the one found, when it is not the first ("New Jersey" of "California,
    // Illinois and New Jersey", found by the question's verb); only a list with its "and", so
    // "Paris, France" stays "France"
    Matcher before = LIST_BEFORE.matcher(text.substring(0, at));
    if (before.find()
        && (closed || before.group().contains(" and"))
        && !ASIDE.matcher(text.substring(0, before.start())).find()
        && Arrays.stream(before.group().split(",? and |, "))
            .noneMatch(item -> Describing.listed(item) || Describing.placeAdjective(item))) {
      at = before.start(); // not "a Democrat, and", "joined by Florida, and" (review 59)
    }
    return new Lead(text.substring(at, end), lead.in(), lead.before());
  }

  /**
   * What opens an aside, not a list: "Joe Manchin, a Democrat, and …", "joined by Florida, and".
   */
  private static final Pattern ASIDE = Pattern.compile("\\b(?:a|an|by)\\s*$");

  /** The items of a list before one: "California, Illinois and ", "California, ". */
  private static final Pattern LIST_BEFORE =
      Pattern.compile("(?<![\\p{L}'’-])(?:" + NAME + ", )*" + NAME + "(?:,? and |, )$");

  private Optional<Lead> first(String question, List<Candidate> chosen) {
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
    if (inPassing(finder, wanted, best)) {
      // the best sentence names someone only in passing ("… block certification of now-President
      // Joe Biden's 2020 victory"); a name the question's verb acts on in another chosen one
      // answers ("Former President Donald Trump, …, announced Tuesday night …")
      for (Candidate c : chosen.subList(1, chosen.size())) {
        if (!sameSubject(question, best, c)) {
          continue; // another story's name answers another story's question (review, session 34)
        }
        Optional<Span> sure = finder.findSure(wanted, c.text(), context(c));
        if (sure.isPresent()) {
          return Optional.of(new Lead(sure.get().of(c.text()), c, false));
        }
      }
    }
    if (wanted == WantedSpan.NUMBER && finder.numberElsewhere(best.text())) {
      // "How much could the company be fined?": "$1.61 million in fines" in another sentence,
      // not the "15" of the best one's "15-year scheme" (user trial 58)
      for (Candidate c : chosen.subList(1, chosen.size())) {
        if (sameSubject(question, best, c) && finder.fitsNumber(c.text())) {
          Optional<Lead> fitting = in(finder, wanted, c, false);
          if (fitting.isPresent()) {
            return fitting;
          }
        }
      }
    }
    Optional<Lead> lead = in(finder, wanted, best, false);
    if (lead.isEmpty()) {
      lead = Neighbours.previous(best).flatMap(p -> in(finder, wanted, p, true));
    }
    if (lead.isEmpty() && finder.refersToKind(best.text())) {
      // "Adele is returning to Las Vegas. After postponing …, the singer announced …": the one the
      // sentence before opens with, else the headline's
      lead =
          Neighbours.previous(best)
              .flatMap(ShownSentences::shown) // "CNN — Adele is …": the dateline cut
              .flatMap(
                  p ->
                      finder
                          .openingSubject(p.text(), context(p))
                          .map(s -> new Lead(s.of(p.text()), p, true)))
              .or(() -> inHeadline(finder, wanted, best));
    }
    for (int i = 1; lead.isEmpty() && i < chosen.size(); i++) {
      lead = in(finder, wanted, chosen.get(i), false);
    }
    return lead;
  }

  /**
   * Whether the best sentence names people only in passing: none of its names is what the
   * question's verb acts on or of the kind asked, and it does not speak of the action at all ("…
   * certification of now-President Joe Biden's 2020 victory" for "who announced a bid"). Only then
   * may another sentence's name lead: a lead that says "The Herons beat the Otters to win the
   * title" answers "which team won" better than a later "The Gulls won the title in 2019".
   */
  private static boolean inPassing(SpanFinder finder, WantedSpan wanted, Candidate best) {
    return finder.findSure(wanted, best.text(), context(best)).isEmpty()
        && !finder.speaksOfTheAction(best.text());
  }

  /**
   * Whether {@code other} speaks of what {@code best} does: the same story, or another that names
   * every one of two or more names the question holds ("Jen Kiggans defeated Rep. Elaine Luria" and
   * "Virginia" in another story for "Who defeated Elaine Luria in Virginia?", user trial 58). One
   * name shared is not enough: another story's "Trump picked JD Vance" answers no "Who did Trump
   * pick as defense secretary?" (review 58).
   */
  private static boolean sameSubject(String question, Candidate best, Candidate other) {
    if (other.hit().article().id().equals(best.hit().article().id())) {
      return true;
    }
    Set<String> names = QuestionNames.in(question);
    if (names.size() < 2) {
      return false;
    }
    Mentions mentions = new Mentions(other.text());
    return names.stream().allMatch(n -> mentions.mentions(List.of(n.split("\\s+"))));
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
   * of …" over "The company is reportedly scaling back …"). Only a name the question's verb acts on
   * in the headline ("accuse" for "is being accused") or that carries the kind asked for, so a
   * headline's other names ("Heat wave hits shoppers across the Midwest") are never taken; a
   * capitalised first word counts as a name only by how the passage writes it. The headline is the
   * cited source's title. Not from a headline in title case, where every word looks like a name. A
   * headline's opening subject counts too ("Adele is returning to Las Vegas" over "… the singer
   * announced …"), as the sentence before's does.
   */
  private static Optional<Lead> inHeadline(SpanFinder finder, WantedSpan wanted, Candidate c) {
    String title = SITE.matcher(c.hit().article().title()).replaceFirst("");
    if (title.isBlank() || titleCase(title)) {
      return Optional.empty();
    }
    String passage = c.hit().passage().text();
    return finder
        .findSure(wanted, title, passage)
        .or(() -> finder.openingSubject(title, passage)) // "Adele is returning to Las Vegas"
        .map(s -> new Lead(s.of(title), c, false));
  }

  /**
   * A headline in title case: no lower-case word of five letters or more ("Colorado Avalanche Win
   * First Stanley Cup Title"; title case leaves only short words such as "of", "with" in lower
   * case), where a sentence-case one has its verbs and nouns in lower case ("Analysts accuse Bed
   * Bath & Beyond of cutting AC").
   */
  static boolean titleCase(String title) {
    int capitalised = 0;
    for (String w : title.split("\\s+")) {
      if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
        continue;
      }
      if (Character.isUpperCase(w.charAt(0))) {
        capitalised++;
      } else if (w.replaceAll("[^\\p{L}]", "").length() >= 5) {
        return false;
      }
    }
    return capitalised >= 3;
  }

  private static Optional<Lead> in(
      SpanFinder finder, WantedSpan wanted, Candidate c, boolean before) {
    return finder.find(wanted, c.text(), context(c)).map(s -> new Lead(s.of(c.text()), c, before));
  }

  private static String context(Candidate c) {
    return c.hit().article().title() + "\n" + c.hit().passage().text();
  }
}
