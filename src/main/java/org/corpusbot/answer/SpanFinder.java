package org.corpusbot.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpusbot.corpus.Span;

/**
 * Finds the short answer of a wanted kind in a sentence: a name (a run of capitalised words or a
 * title in quotes), a place (such a run after "in", "at", "from" …), a date, a number with its
 * unit. A span made only of the question's own words answers nothing and is skipped; of the rest
 * the first is taken. Cheap surface rules (measured in the README's Benchmark section), no model.
 * Pure and thread-safe.
 */
final class SpanFinder {
  private static final String MONTH =
      "(?:January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
  private static final String WEEKDAY =
      "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  private static final Pattern TIME =
      Pattern.compile(
          MONTH
              + " \\d{1,2}(?:st|nd|rd|th)?(?:, \\d{4})?|"
              + MONTH
              + " \\d{4}"
              + "|(?:early |late |mid-)?"
              + MONTH
              + "|"
              + WEEKDAY
              + "|\\b(?:1[89]|20)\\d\\d\\b");

  /** A title in quotes ("“Full House”"), not a quoted remark: capitalised, six words at most. */
  private static final Pattern QUOTED =
      Pattern.compile("[“\"]([A-Z][^”\"\\s]*(?: [^”\"\\s]+){0,5}?)[,.]?[”\"]");

  private static final Pattern CAPITALISED =
      Pattern.compile(
          "\\b[A-Z][\\p{L}\\d'’.&-]*(?:(?: (?:of|the|de|da|van|von|del|bin|al|&|for))*"
              + " [A-Z][\\p{L}\\d'’.&-]*)*");
  private static final Pattern PLACE_BEFORE =
      Pattern.compile("\\b(?:in|at|from|near|to|into|across|outside|inside|of) $");
  private static final Set<String> OPENERS =
      Set.of(
          "the",
          "a",
          "an",
          "in",
          "on",
          "at",
          "but",
          "and",
          "he",
          "she",
          "it",
          "they",
          "this",
          "that",
          "these",
          "those",
          "last",
          "earlier",
          "after",
          "when",
          "while",
          "as",
          "for",
          "his",
          "her",
          "its",
          "their",
          "our",
          "we",
          "i",
          "if",
          "so",
          "then",
          "there",
          "now",
          "also",
          "still",
          "yet",
          "some",
          "many",
          "most",
          "according",
          "during",
          "since",
          "with",
          "by",
          "from",
          "to",
          "of",
          "what",
          "who",
          "which",
          "where",
          "how",
          "why");

  /**
   * What follows a name opening a sentence: an apposition ("Vellix, the chipmaker"), a ticker
   * ("Nvidia (NVDA)"), a possessive, or a reporting verb.
   */
  private static final Pattern ACTS =
      Pattern.compile(
          ",? (?:the|a|an) [a-z]|’s |'s | \\(|,? (?:said|says|announced|reported|unveiled|won"
              + "|launched|released|confirmed|agreed|will|has|had|is|was)\\b");

  /** "Which two countries …": a question asking for more than one name. */
  private static final Pattern HOW_MANY_ASKED =
      Pattern.compile("\\b(?:which|what) (two|three|four)\\b", Pattern.CASE_INSENSITIVE);

  /** Up to three words after "which": the kind asked for ("which major sports league"). */
  private static final Pattern WHICH =
      Pattern.compile("\\bwhich ((?:[\\p{L}’'-]+ ){0,2}[\\p{L}’'-]+)", Pattern.CASE_INSENSITIVE);

  /** The words after "which", up to the clause's end: where the kind asked for is named. */
  private static final Pattern WHICH_PHRASE =
      Pattern.compile("\\bwhich ((?:[^\\s]+ ){0,4}[^\\s]+)", Pattern.CASE_INSENSITIVE);

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

  private final Set<String> asked;
  private final Set<String> kinds;
  private final boolean asksForWork;

  /** The kind just before a name ("the rapper "), or null when the question names no kind. */
  private final Pattern introduced;

  /** The question's full names, as bare "first last" words. */
  private final Set<String> namesAsked;

  private final NumberSpans numbers;
  private final SpanType type;
  private final int count;

  /**
   * A finder for answers to {@code question}: spans of its own words are never answers, and a name
   * or place must be of the type its "which" noun asks for ({@link SpanType}).
   */
  SpanFinder(String question) {
    this.asked = words(question);
    this.kinds = kinds(question);
    this.asksForWork = kinds.stream().anyMatch(WORKS::contains);
    this.introduced =
        kinds.isEmpty()
            ? null
            : Pattern.compile(
                "\\b(?:"
                    + String.join("|", kinds.stream().map(Pattern::quote).toList())
                    + ")s?,? $",
                Pattern.CASE_INSENSITIVE);
    this.namesAsked = namesIn(question);
    this.numbers = new NumberSpans(question);
    this.type = SpanType.of(question);
    Matcher n = HOW_MANY_ASKED.matcher(question);
    this.count =
        n.find()
            ? List.of("two", "three", "four").indexOf(n.group(1).toLowerCase(Locale.ROOT)) + 2
            : 1;
  }

  /**
   * The first span of kind {@code wanted} in {@code sentence} that the question doesn't hold;
   * {@code context} (the article's title, a line break, the sentence's passage) tells a name from a
   * capitalised first word.
   */
  Optional<Span> find(WantedSpan wanted, String sentence, String context) {
    List<Span> all = all(wanted, sentence, context);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** Every answer span of {@code sentence} in the order {@link #find} ranks them. */
  List<Span> all(WantedSpan wanted, String sentence, String context) {
    boolean typed = wanted == WantedSpan.NAME || wanted == WantedSpan.PLACE;
    List<Span> ofKind = new ArrayList<>();
    List<Span> rest = new ArrayList<>();
    for (Span s : spans(wanted, sentence, context)) {
      String text = s.of(sentence);
      if (asked.containsAll(words(text))
          || typed && !type.holds(text, sentence.substring(0, s.start()))
          || typed && (isCredit(sentence, s) || namesTheAsker(text))) {
        continue;
      }
      (typed && carriesKind(sentence, s) ? ofKind : rest).add(s);
    }
    ofKind.addAll(rest);
    return ofKind;
  }

  /** How many answers the question asks for: two for "which two countries", else one. */
  int count() {
    return count;
  }

  /**
   * Only a name carrying the kind asked for ({@link #carriesKind}): looked for in every sentence of
   * an answer before the first span of its best one.
   */
  Optional<Span> findOfKind(WantedSpan wanted, String sentence, String context) {
    return find(wanted, sentence, context).filter(s -> carriesKind(sentence, s));
  }

  /**
   * A name that carries the kind asked for is the answer before any name ahead of it: "Pacific
   * Ocean" for "into which ocean", "Major League Pickleball" for "which major sports league".
   */
  private boolean carriesKind(String sentence, Span span) {
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
   * A person's name whose surname ends a full name the question holds is who the question is about,
   * not the answer: "Ashton Carter" for "Ash Carter died … Which president did he serve under?". A
   * surname alone in the question qualifies ("the Biden administration": "Jill Biden").
   */
  private boolean namesTheAsker(String name) {
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

  /** "Pratham Gokhale/Hindustan Times/Reuters": a photo credit, not news. */
  private static boolean isCredit(String sentence, Span s) {
    return s.end() < sentence.length() && sentence.charAt(s.end()) == '/'
        || s.start() > 0 && sentence.charAt(s.start() - 1) == '/';
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
      if (bare.isEmpty()
          || !acronym && !bare.equals(bare.toLowerCase(Locale.ROOT))
          || NOT_KINDS.contains(bare)
          || OPENERS.contains(bare)
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
    Matcher which = WHICH.matcher(question);
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
      boolean opener = m.start() == 0 && OPENERS.contains(bare(words[0]));
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

  private List<Span> spans(WantedSpan wanted, String sentence, String context) {
    if ((wanted == WantedSpan.NAME || wanted == WantedSpan.PLACE) && type.isPlace()) {
      // a country or state is looked up wherever it stands: "Since then, Russia has sought …"
      return type.places(sentence).stream().map(p -> new Span(p[0], p[1])).toList();
    }
    return switch (wanted) {
      case TIME -> matches(TIME, sentence);
      case NUMBER -> numbers.in(sentence);
      case PLACE -> names(sentence, context, true);
      case NAME -> {
        List<Span> out = matches(QUOTED, sentence);
        out.addAll(names(sentence, context, false));
        yield out;
      }
      case NONE -> List.of();
    };
  }

  private static List<Span> names(String sentence, String context, boolean placesOnly) {
    List<Span> out = new ArrayList<>();
    Matcher m = CAPITALISED.matcher(sentence);
    while (m.find()) {
      Span s = trim(sentence, m.start(), m.end());
      if (s == null
          || TIME.matcher(s.of(sentence)).matches()
          || !nameAtStart(sentence, s, context)) {
        continue;
      }
      if (!placesOnly || PLACE_BEFORE.matcher(sentence.substring(0, s.start())).find()) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * A single capitalised word opening a sentence ("Every", "Among", "Nvidia") is a name only when
   * what follows acts like a name's ({@link #ACTS}), the title names it, or its passage writes it
   * capitalised after a lower-case word, or it has capitals inside ("NASA", "eBay").
   */
  private static boolean nameAtStart(String sentence, Span s, String context) {
    String word = s.of(sentence);
    boolean opens = sentence.substring(0, s.start()).chars().noneMatch(Character::isLetter);
    if (!opens
        || word.contains(" ")
        || word.substring(1).chars().anyMatch(Character::isUpperCase)) {
      return true;
    }
    if (ACTS.matcher(sentence.substring(s.end())).lookingAt()) {
      return true;
    }
    String title = context.lines().findFirst().orElse("");
    // a title derived from the article's first sentence (one came without) is that sentence again,
    // and says nothing of how its first word is written elsewhere
    String head = title.substring(0, Math.min(title.length(), 40));
    boolean derived = sentence.strip().startsWith(head);
    Pattern named = Pattern.compile("(?:^|[\\p{Ll},:;] )" + Pattern.quote(word) + "\\b");
    return !derived && named.matcher(title).find()
        || Pattern.compile("[\\p{Ll},:;] " + Pattern.quote(word) + "\\b").matcher(context).find();
  }

  /** The run without opening function words ("The", "In") and a closing possessive or dot. */
  private static Span trim(String sentence, int start, int end) {
    String run = sentence.substring(start, end);
    int space;
    while ((space = run.indexOf(' ')) > 0
        && OPENERS.contains(run.substring(0, space).toLowerCase(Locale.ROOT))) {
      start += space + 1;
      run = run.substring(space + 1);
    }
    if (OPENERS.contains(run.toLowerCase(Locale.ROOT))) {
      return null;
    }
    for (String tail : List.of("’s", "'s", ".", "’", "'")) {
      if (run.endsWith(tail) && run.length() > tail.length() + 1) {
        end -= tail.length();
        run = run.substring(0, run.length() - tail.length());
      }
    }
    return new Span(start, end);
  }

  private static List<Span> matches(Pattern p, String sentence) {
    List<Span> out = new ArrayList<>();
    Matcher m = p.matcher(sentence);
    while (m.find()) {
      int g = m.groupCount() > 0 && m.group(1) != null ? 1 : 0;
      out.add(new Span(m.start(g), m.end(g)));
    }
    return out;
  }

  private static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty() && !OPENERS.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }
}
