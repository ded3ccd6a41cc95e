package org.corpusbot.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.corpusbot.retrieval.PassageHit;
import org.corpusbot.retrieval.SearchResult;

/**
 * The honest "no": when a question names a person, organisation or place that the retrieved
 * evidence never mentions ("What did Justin Trudeau say about the Russian hackers?" of articles
 * that never name him), the answer is "The articles don't mention Justin Trudeau." with no
 * citation, instead of a neighbouring fact about someone else.
 *
 * <p>The names are the question's capitalised runs ({@link QuestionNames}), split at titles
 * ("Canadian Prime Minister Justin Trudeau" is "Canadian" and "Justin Trudeau"; a title closing a
 * run is part of the name: "White House"), without a sentence's first word (which is capitalised
 * whatever it is) and without months and days. What counts as mentioned is {@link Mentions}'.
 * Thread-safe.
 */
public final class AbsentNames {
  private static final Pattern SENTENCE_START =
      Pattern.compile("(?:^|[.!?]\\s+)[\"“‘']?([\\p{L}'’-]+)");
  private static final Pattern SPLIT = Pattern.compile("\\s+");

  /** "AGs", "CEOs", "MPs": people of an office, no one's name (user trial 59: refused on "AGs"). */
  private static final Pattern PLURAL_ACRONYM = Pattern.compile("\\p{Lu}{2,}s");

  /** "I'm", "I've": the asker, capitalised as English writes "I" (user trial 56). */
  private static final Pattern FIRST_PERSON = Pattern.compile("I['’](?:m|ve|d|ll)");

  /**
   * Words that qualify a name without being it (titles, time), and small words in capitals ("AND",
   * "OR" of pasted query syntax), lower case, no dot.
   */
  private static final Set<String> NOT_DISTINCT = WordList.read("/answer/qualifiers.txt");

  /**
   * Where nearly every story of an American or British corpus happens: its articles often leave it
   * unsaid ("travellers across the US" is answered by "nationwide"), so it is never the ground of a
   * refusal.
   */
  private static final Set<String> SCOPES =
      Set.of("us", "u.s", "usa", "u.s.a", "america", "earth", "uk", "u.k");

  private AbsentNames() {}

  /**
   * The refusal when the hits (their passages and titles) don't mention a name the question has
   * (the options of a multiple-choice question are not its names).
   */
  public static Optional<Answer> check(Question asked, SearchResult result) {
    return check(asked, evidence(result));
  }

  /**
   * What the hits say: each passage, and each article's title once (a name written twice is
   * counted, by {@link Mentions} and {@link Respelling}, not a title repeated per passage).
   */
  static List<String> evidence(SearchResult result) {
    List<String> evidence = new ArrayList<>();
    Set<String> titled = new HashSet<>();
    for (PassageHit h : result.hits()) {
      evidence.add(h.passage().text());
      if (h.article().title() != null && titled.add(h.article().id())) {
        evidence.add(h.article().title());
      }
    }
    return evidence;
  }

  /** The same for {@code evidence} as texts (passages and titles, for the model's composer). */
  public static Optional<Answer> check(Question asked, Collection<String> evidence) {
    return check(QuestionParser.parse(asked).text(), evidence)
        .map(a -> a.withQuestion(asked.text()));
  }

  /**
   * The refusal when {@code evidence} doesn't mention a name of {@code question}. No evidence at
   * all is left to the composer's own "not found".
   */
  public static Optional<Answer> check(String question, Collection<String> evidence) {
    if (evidence.isEmpty()) {
      return Optional.empty();
    }
    Mentions mentions = new Mentions(String.join("\n", evidence));
    for (List<String> name : names(question)) {
      if (!adjective(name, question) && !mentioned(mentions, name, evidence)) {
        String shown = String.join(" ", name);
        return Optional.of(
            new Answer(
                question, false, "The articles don't mention " + shown + ".", List.of(), null, 0));
      }
    }
    return Optional.empty();
  }

  /**
   * For a yes/no question whose first name the hits mention: the first later name they never do,
   * which is then the claim checked, not the subject asked about ("Texas" of "Was the man arrested
   * at Trump's golf course from Texas?", user trial 58, which was refused where the story says he
   * is from Hawaii). Empty for "Did Paul Kagame meet Joe Biden?" of articles that never name
   * Kagame.
   */
  static Optional<String> unmentionedClaim(String question, SearchResult result) {
    // asked of every question on the answer path: the evidence is gathered only for yes/no ones
    // and those naming three or more
    return YesNo.asks(question) || names(question).size() >= CONTEXT_NAMES
        ? unmentionedClaim(question, evidence(result))
        : Optional.empty();
  }

  /**
   * How many names make a question's later unmentioned name a detail of its context rather than
   * what it asks about: "… Liz Truss … CNN … London and Washington …, which leader did Biden
   * invite?" (user trial 59) was refused for "Washington", which its story names outside the
   * passages found.
   */
  private static final int CONTEXT_NAMES = 3;

  /** Whether the evidence writes {@code name}, by {@link Mentions} or as an acronym spelled out. */
  private static boolean mentioned(
      Mentions mentions, List<String> name, Collection<String> evidence) {
    return mentions.mentionsOrSlip(name) || spelledOut(name, evidence);
  }

  /**
   * Whether {@code asked} is a yes/no question whose claim {@code evidence} never mentions while it
   * does the one asked about: the model's composer lets the model say what the articles hold
   * instead of refusing.
   */
  public static boolean claimUnmentioned(Question asked, List<String> evidence) {
    return unmentionedClaim(QuestionParser.parse(asked).text(), evidence).isPresent();
  }

  /** The same for {@code evidence} as texts. */
  static Optional<String> unmentionedClaim(String question, List<String> evidence) {
    boolean yesNo = YesNo.asks(question);
    if (evidence.isEmpty()) {
      return Optional.empty();
    }
    Mentions mentions = new Mentions(String.join("\n", evidence));
    List<List<String>> names =
        names(question).stream().filter(n -> !adjective(n, question)).toList();
    if (names.size() < (yesNo ? 2 : CONTEXT_NAMES)
        || !mentioned(mentions, names.get(0), evidence)) {
      return Optional.empty();
    }
    List<String> unmentioned = new ArrayList<>();
    for (List<String> name : names.subList(1, names.size())) {
      if (!mentioned(mentions, name, evidence)) {
        unmentioned.add(String.join(" ", name));
      }
    }
    // any other question: only when most of its names are mentioned, the one asked about first,
    // and every unmentioned one is where something happens ("the chaos in London and
    // Washington"), not whom it is about ("tell Macron", "about Navalny": review 59)
    boolean context =
        yesNo
            || 2 * unmentioned.size() < names.size()
                && unmentioned.stream().allMatch(u -> placed(question, u));
    return unmentioned.isEmpty() || !context ? Optional.empty() : Optional.of(unmentioned.get(0));
  }

  /**
   * Whether {@code name} stands after "in", "at", "from" … in {@code question} ("in London and").
   */
  private static boolean placed(String question, String name) {
    int at = question.indexOf(name);
    return at > 0 && PLACED.matcher(question.substring(0, at)).find();
  }

  private static final Pattern PLACED =
      Pattern.compile(
          "\\b(?:in|at|from|across|near|outside|inside)\\s+(?:the\\s+)?"
              + "(?:\\p{Lu}[\\p{L}.'’-]*\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+)*and\\s+)?$");

  /**
   * The names of {@code question} (or of any sentence), each as its distinctive words: without
   * titles, a sentence's opening word, months and days.
   */
  public static List<List<String>> names(String question) {
    Set<String> starts = sentenceStarts(question);
    List<List<String>> out = new ArrayList<>();
    for (String run : QuestionNames.in(question)) {
      List<String> name = new ArrayList<>();
      String[] words = SPLIT.split(run);
      for (int i = 0; i < words.length; i++) {
        String w = words[i].replaceAll("^[\"“‘(]+|[\"”’),;:.-]+$", "");
        // A lone capitalised word opening a sentence ("Comedian and actor …") names nothing sure;
        // a run of them does ("Harrison Ford has …").
        boolean opener = i == 0 && words.length == 1 && starts.contains(w);
        if (!name.isEmpty() && titlesFrom(words, i)) {
          // "White House", "Jordan River": a title closing a name is part of it.
          name.addAll(Arrays.asList(words).subList(i, words.length));
          break;
        }
        if (opener
            || w.length() < 2
            || PLURAL_ACRONYM.matcher(w).matches()
            || FIRST_PERSON.matcher(w).matches()
            || NOT_DISTINCT.contains(key(w))
            || SCOPES.contains(key(w))) {
          add(out, name);
          name = new ArrayList<>();
        } else {
          name.add(w);
        }
      }
      add(out, name);
    }
    return out;
  }

  /**
   * "FDA" asked of passages that only write "the Food and Drug Administration": mentioned (review
   * 55; the acronym's own letters are what {@link Mentions} looks for).
   */
  private static boolean spelledOut(List<String> name, Collection<String> evidence) {
    if (name.size() != 1 || !Acronyms.is(name.get(0))) {
      return false;
    }
    return evidence.stream().anyMatch(text -> Acronyms.spelledOut(name.get(0), text));
  }

  /**
   * "Canadian", "Chinese": a place's adjective alone is no ground for a refusal ("don't mention
   * Canadian" reads as nonsense, and "Which Canadian city" may be answered by a city's name); nor
   * is "Black" or "Catholic" before a noun ("two young Black lawmakers"), though "What did White
   * say?" names someone.
   */
  private static boolean adjective(List<String> name, String question) {
    return name.size() == 1
        && (Describing.placeAdjective(name.get(0)) || Describing.describes(name.get(0), question));
  }

  /** True when the words from {@code i} on are all titles (or times). */
  private static boolean titlesFrom(String[] words, int i) {
    for (int j = i; j < words.length; j++) {
      if (!NOT_DISTINCT.contains(key(words[j]))) {
        return false;
      }
    }
    return true;
  }

  private static void add(List<List<String>> out, List<String> name) {
    if (name.isEmpty()) {
      return;
    }
    // "Florida’s Governor Ron DeSantis": the possessive closing a name is not part of it.
    List<String> n = new ArrayList<>(name);
    n.set(n.size() - 1, n.get(n.size() - 1).replaceAll("['’]s$", ""));
    String closing = n.get(n.size() - 1);
    if (n.size() > 1 && closing.endsWith("s") && Describing.listed(closing)) {
      // "South Carolina Republicans", "Senate Democrats": the place or body is the name, its
      // party's people a group of it that stories write apart (user trial 57: refused); only a
      // plural, so "Gordon Brown" and "Jack White" stay whole (review 57)
      n.remove(n.size() - 1);
    }
    if (!out.contains(n)) {
      out.add(List.copyOf(n));
    }
  }

  private static String key(String w) {
    return w.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
  }

  /** The first word of each sentence: capitalised because it opens one, not because it names. */
  private static Set<String> sentenceStarts(String question) {
    Set<String> out = new HashSet<>();
    var m = SENTENCE_START.matcher(question.strip());
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
