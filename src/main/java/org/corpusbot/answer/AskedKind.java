package org.corpusbot.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpusbot.corpus.Span;

/**
 * What a question's wording says of the names that answer it: the kind its "which" phrase asks for
 * (a name carrying it goes first), the people it is about (never its answer), and how many answers
 * it wants. Read once per question by {@link SpanFinder}. Immutable, thread-safe.
 */
final class AskedKind {
  /** "Which two countries …": a question asking for more than one name. */
  private static final Pattern HOW_MANY_ASKED =
      Pattern.compile("\\b(?:which|what) (two|three|four)\\b", Pattern.CASE_INSENSITIVE);

  /**
   * The words after "which", or "who is the" ("who is the property manager that …", user trial 59:
   * answered by "her property manager, Tiffany Simmons"), up to the clause's end: where the kind
   * asked for is named.
   */
  private static final Pattern WHICH_PHRASE =
      Pattern.compile(
          "\\b(?:which|who (?:is|was|are|were) the) ((?:[^\\s]+ ){0,4}[^\\s]+)",
          Pattern.CASE_INSENSITIVE);

  /** Endings of nationalities and other adjectives: "Korean", "Chinese", "British", "Atlantic". */
  private static final Pattern ADJECTIVE_ENDING = Pattern.compile("(?:an|ese|ish|ch|ic|i)$");

  /**
   * A name right after a kind, ended by punctuation, a preposition or a verb's little words: the
   * name the kind introduces ("ship USS Carney on Sunday", "drug Paxlovid."), not a time or a
   * modifier of what follows ("fire Labor Day weekend", "fire CalFire crews", "parade New Year's
   * Day").
   */
  private static final Pattern NAME_NEXT =
      Pattern.compile(
          " (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
              + "|April|May|June|July|August|September|October|November|December|New Year)\\b)"
              + "(?:\\p{Lu}[\\p{L}\\d.’'-]*)(?: \\p{Lu}[\\p{L}\\d.’'-]*)*(?<!Day|Eve)"
              + "(?=[,.;:!?)\"”]|$| (?:on|in|at|to|for|from|by|with|was|is|were|are|has|had|will|said"
              + "|which|that|and|of|off|near)\\b)");

  private static final Pattern FULL_NAME =
      Pattern.compile("\\b[A-Z][\\p{L}.’'-]+(?: [A-Z][\\p{L}.’'-]+)+");

  /** Kinds of works whose titles news writes in quotes (as {@link #kinds} holds them). */
  private static final Set<String> WORKS =
      Set.of(
          "show",
          "film",
          "movie",
          "serie",
          "series",
          "sitcom",
          "drama",
          "song",
          "album",
          "single",
          "book",
          "novel",
          "memoir",
          "play",
          "musical",
          "podcast",
          "documentary",
          "game",
          "episode",
          "franchise",
          "comedy");

  private static final Set<String> IRREGULAR_PAST =
      Set.of(
          "won", "took", "made", "became", "said", "went", "got", "gave", "began", "hit", "led",
          "lost", "sold", "bought", "met", "ran", "set", "left", "held", "struck", "saw", "told",
          "found", "paid", "beat", "broke", "chose", "drew", "fell", "flew", "grew", "kept", "knew",
          "sent", "spent", "stood", "threw", "wrote", "rose", "shot", "sang", "swam");

  /** Words after "which" that are no kind of thing. */
  private static final Set<String> NOT_KINDS =
      Set.of(
          "did",
          "does",
          "do",
          "was",
          "were",
          "is",
          "are",
          "has",
          "have",
          "had",
          "will",
          "would",
          "may",
          "might",
          "must",
          "should",
          "can",
          "could",
          "recently",
          "also",
          "now",
          "just",
          "new",
          "most",
          "first",
          "last");

  private final SpanType type;
  private final Set<String> kinds;
  private final boolean asksForWork;

  /** The kind just before a name ("the carrier "), or null when the question names no kind. */
  private final Pattern introduced;

  /** The kind right after a name ("Roe v. Wade decision"), or null when the question names none. */
  private final Pattern followed;

  /** "the company" for "which company": the kind referred to, or null. */
  private final Pattern referring;

  /** The question's full names, as bare "first last" words. */
  private final Set<String> namesAsked;

  private final int count;

  AskedKind(String question, SpanType type) {
    this.type = type;
    this.kinds = kinds(question);
    this.asksForWork = kinds.stream().anyMatch(WORKS::contains);
    String alternation = String.join("|", kinds.stream().map(Pattern::quote).toList());
    this.introduced =
        kinds.isEmpty()
            ? null
            : Pattern.compile("\\b(?:" + alternation + ")s?,? $", Pattern.CASE_INSENSITIVE);
    this.followed = kinds.isEmpty() ? null : Pattern.compile(" (?:" + alternation + ")s?\\b");
    // lower case: "The State Department" is no "the state"
    this.referring =
        kinds.isEmpty()
            ? null
            : Pattern.compile("\\b(?:[Tt]he|[Tt]his|[Tt]hat) (?:" + alternation + ")\\b");
    this.namesAsked = namesIn(question);
    Matcher n = HOW_MANY_ASKED.matcher(question);
    this.count =
        n.find()
            ? List.of("two", "three", "four").indexOf(n.group(1).toLowerCase(Locale.ROOT)) + 2
            : 1;
  }

  /** How many answers the question asks for: two for "which two countries", else one. */
  int count() {
    return count;
  }

  /**
   * Whether {@code sentence} speaks of the kind asked for without naming it: "The company is
   * reportedly scaling back …" for "Which company …?", the story's subject named elsewhere.
   */
  boolean refersTo(String sentence) {
    return referring != null && referring.matcher(sentence).find();
  }

  /**
   * Whether a name carries the kind asked for, which makes it the answer before any name ahead of
   * it: "Pacific Ocean" for "into which ocean", "Major League Pickleball" for "which major sports
   * league", a quoted title for "which show", "Delta" after "the carrier" for "which carrier".
   */
  boolean carries(String sentence, Span span) {
    if (type == SpanType.PERSON) {
      // a person's descriptor introduces whoever is mentioned ("finishing ahead of American golfer
      // Mina Harigae"); the one asked for is the sentence's subject, often named without it
      return false;
    }
    if (asksForWork && quoted(sentence, span)) {
      return true; // news marks the title of a show, a film or a book by quotes: "“Squid Game”"
    }
    if (introduced != null && introduced.matcher(sentence.substring(0, span.start())).find()) {
      return true; // introduced by the kind: "the rapper Drake", "Tory MP Chris Pincher"
    }
    Matcher after = followed == null ? null : followed.matcher(sentence.substring(span.end()));
    if (after != null
        && after.lookingAt()
        && !ADJECTIVE_ENDING.matcher(span.of(sentence)).find()
        && !NAME_NEXT.matcher(sentence.substring(span.end() + after.end())).lookingAt()) {
      // the kind after it: "the 1973 Roe v. Wade decision", "the Caldor fire"; not a nationality
      // qualifying it ("the wildly popular South Korean show" names no show), nor the owner of a
      // kind that introduces the name after it ("the US Navy ship USS Carney", "the Pfizer drug
      // Paxlovid": the ship and the drug are the names after)
      return true;
    }
    String name = span.of(sentence);
    for (String w : name.split("[\\s-]+")) {
      String k = w.toLowerCase(Locale.ROOT).replaceAll("(?:’s|'s|s)$", "");
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && kinds.contains(k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean quoted(String sentence, Span s) {
    return s.start() > 0
        && "“\"".indexOf(sentence.charAt(s.start() - 1)) >= 0
        && s.end() < sentence.length()
        && "”\",.".indexOf(sentence.charAt(s.end())) >= 0;
  }

  /**
   * Whether a person's name matches a full name of the question (the surname, and a first name one
   * shortens the other): who the question is about, not the answer ("Ashton Carter" for "Ash Carter
   * died … Which president did he serve under?"). A relative is an answer ("Jill Biden" to a
   * question about Joe Biden), and so is a name whose surname the question holds alone ("the Biden
   * administration").
   */
  boolean namesTheAsker(String name) {
    String[] words = name.strip().split("\\s+");
    if (words.length < 2) {
      return false;
    }
    String last = bare(words[words.length - 1]);
    String first = bare(words[words.length - 2]);
    for (String asked : namesAsked) {
      String[] fl = asked.split(" ");
      // the same surname and a first name one shortens the other: "Ash" and "Ashton", not a
      // relative ("Jill Biden" answers a question about "Joe Biden")
      if (fl[1].equals(last) && sharePrefix(fl[0], first)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sharePrefix(String a, String b) {
    return a.length() >= 3 && b.length() >= 3 && a.regionMatches(0, b, 0, 3);
  }

  /**
   * The head noun of the "which" phrase: its last lower-case word before an auxiliary ("did",
   * "was"), a function word, a capitalised word or the end of the clause ("which football team?",
   * "into which ocean did …"). A modifier is no kind: "which football team" is not answered by
   * "National Football League", nor "which social media platform" by "Truth Social".
   */
  private static Set<String> kinds(String question) {
    Matcher m = WHICH_PHRASE.matcher(question);
    if (!m.find()) {
      return Set.of();
    }
    String head = null;
    for (String w : m.group(1).split(" ")) {
      String bare = w.replaceAll("[^\\p{L}’'-]+$", "");
      // an acronym is a kind too ("which MP"), or a modifier of one ("which WNBA team")
      boolean acronym = bare.matches("[A-Z]{2,4}");
      if (!bare.isEmpty()
          && !acronym
          && Character.isUpperCase(bare.charAt(0))
          && bare.equals(w)
          && !NOT_KINDS.contains(bare.toLowerCase(Locale.ROOT))) {
        continue; // a name modifying the kind: "which historic Supreme Court decision"
      }
      if (bare.isEmpty()
          || !acronym && !bare.equals(bare.toLowerCase(Locale.ROOT))
          || NOT_KINDS.contains(bare)
          || SpanFinder.OPENERS.contains(bare)
          || pastTense(bare)) {
        break; // "which company announced …": the verb closes the phrase
      }
      head = bare.toLowerCase(Locale.ROOT);
      if (!bare.equals(w)) {
        break; // punctuation closes the phrase
      }
    }
    return head == null || head.length() < 2
        ? Set.of()
        : Set.of(head.replaceAll("(?:’s|'s|(?<=..)s)$", ""));
  }

  /** "won", "took", "met": a past tense without "-ed". */
  static boolean isIrregularPast(String w) {
    return IRREGULAR_PAST.contains(w);
  }

  /** "did", "was", "will": words after "which" that are no kind, nor an action of their own. */
  static boolean isAuxiliary(String w) {
    return NOT_KINDS.contains(w);
  }

  /** A verb in the past tense: "announced", "won", "took" (not "breed" or "need"). */
  private static boolean pastTense(String w) {
    return w.length() > 4 && w.endsWith("ed") && !w.endsWith("eed") || IRREGULAR_PAST.contains(w);
  }

  /**
   * The question's full names (two or more capitalised words in a row, past an opening function
   * word) as their last two bare lower-case words; not those ending in a word of its "which"
   * phrase, which names the kind ("which Kardashian sister" is answered by "Kim Kardashian").
   */
  private static Set<String> namesIn(String question) {
    Set<String> kindWords = new HashSet<>();
    Matcher which = WHICH_PHRASE.matcher(question);
    if (which.find()) {
      for (String w : which.group(1).split(" ")) {
        kindWords.add(bare(w));
      }
    }
    Set<String> out = new HashSet<>();
    Matcher m = FULL_NAME.matcher(question);
    while (m.find()) {
      String[] words = m.group().split(" ");
      // the question's capitalised first word is a name's only when it is no function word
      boolean opener = m.start() == 0 && SpanFinder.OPENERS.contains(bare(words[0]));
      if (opener && words.length < 3) {
        continue;
      }
      String last = bare(words[words.length - 1]);
      String first = bare(words[words.length - 2]);
      if (last.length() > 2 && !kindWords.contains(last)) {
        out.add(first + " " + last);
      }
    }
    return out;
  }

  private static String bare(String word) {
    return word.toLowerCase(Locale.ROOT)
        .replaceAll("(?:’s|'s)$", "")
        .replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
  }
}
