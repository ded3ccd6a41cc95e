package org.corpusbot.answer;

import java.util.ArrayList;
import java.util.Arrays;
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

  /**
   * A title in quotes ("“Full House”"), not a quoted remark: capitalised, six words at most; the
   * comma or full stop American style puts inside the quotes is no part of it.
   */
  private static final Pattern QUOTED =
      Pattern.compile("[“\"]([A-Z][^”\"\\s]*(?: [^”\"\\s]+){0,5}?)(?<!,)(?<!\\p{Ll}\\.)[,.]?[”\"]");

  /** Words a title leaves in lower case: "Feast of Sacrifice", "Gone with the Wind". */
  private static final Set<String> TITLE_JOINERS =
      Set.of(
          "a", "an", "the", "of", "and", "or", "but", "in", "on", "at", "to", "for", "with", "by",
          "from", "as", "is", "vs", "vs.", "de", "la", "le", "del", "du", "des", "von", "van");

  /** A run of capitalised words, with the particles names hold ("Eid al-Adha", "Bank of Japan"). */
  /** A run closing with an abbreviation whose dot is its own: "U.S.", "D.C.", "Jr.", "Inc.". */
  private static final Pattern ABBREVIATION_END =
      Pattern.compile("(?:\\b\\p{Lu}\\.\\p{Lu}\\.|\\b(?:Jr|Sr|Inc|Co|Corp|Ltd|St)\\.)$");

  /**
   * A party and state after a lawmaker's name ("D-Michigan", "R-S.D."): no one's name (user trial
   * 59: "Who did Levin beat?" was answered "D-Michigan").
   */
  private static final Pattern PARTY_LABEL =
      Pattern.compile("^[DRI]-(?!Day\\b)\\p{Lu}[\\p{L}. ]*$"); // "D-Day" is a day (review 59)

  private static final Pattern CAPITALISED =
      Pattern.compile(
          // a name may open with digits glued to it: "1500Tasvir" (user trial 59)
          "\\b(?:\\d+(?=\\p{Lu}\\p{Ll}{2}))?[A-Z][\\p{L}\\d'’.&-]*(?:(?: (?:of|the|de|da|van|von|del|bin|al|&|for|v\\.|vs\\.))*"
              + " (?:(?:al|el|ad|an|ar|as|ash|at|az|ud|ul)-)?[A-Z][\\p{L}\\d'’.&-]*)*");

  /**
   * What stands before a place: "in Geneva", "off the South Carolina coast", "over the Atlantic"
   * (user trial 56: "off the … coast" was passed over for "North America" in another sentence). Not
   * "in the": "in the Swiss city of Geneva" is in Geneva.
   */
  private static final Pattern PLACE_BEFORE =
      Pattern.compile(
          "\\b(?:(?:in|at|from|near|to|into|across|outside|inside|of)"
              + "|(?:off|over|along|above)(?: the)?) $");

  /** Function words that open a sentence or a question, never a name. */
  static final Set<String> OPENERS =
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
          "why",
          "although",
          "though",
          "because",
          "unless",
          "whether",
          "despite",
          "however",
          "meanwhile",
          "instead");

  /**
   * "Kapilla said": whoever speaks is no virus or holiday; "Omicron, said Dr. Lee, spreads" puts
   * the speaker after the comma.
   */
  private static final Pattern SPEAKER =
      Pattern.compile(" (?:said|says|told|tells|added|wrote|explained|argued|noted)\\b");

  /**
   * What follows a name opening a sentence: an apposition ("Vellix, the chipmaker"), a ticker
   * ("Nvidia (NVDA)"), a possessive, or a reporting verb.
   */
  private static final Pattern ACTS =
      Pattern.compile(
          ",? (?:the|a|an) [a-z]|’s |'s | \\(|,? (?:said|says|announced|reported|unveiled|won"
              + "|launched|released|confirmed|agreed|will|has|had|is|was)\\b");

  /**
   * Endings of abstract nouns that names seldom have (not "-ence", "-ity", "-ment": Florence,
   * Trinity, Clement): "Speculation has intensified" opens with no name (user trial 57: the answer
   * to "who is seen as the favorite"), unless the story writes it capitalised mid-sentence.
   */
  private static final Pattern ABSTRACT = Pattern.compile("\\p{Ll}(?:tion|sion|ness|ism)s?$");

  /**
   * "Speculation has intensified in Washington": what stands after "in" or "near" is a place, which
   * answers no "who" (user trial 57); "lashed out at Trump" is aimed at someone.
   */
  private static final Pattern IN_PLACE = Pattern.compile("\\b(?:in|near|inside|outside) $");

  /**
   * "Who …", "When the war began, who …", "with whom": the question's own "who", not the World
   * Health Organization, nor a relative "who" after a noun ("Where did the man who fled go?",
   * review 57).
   */
  private static final Pattern WHO =
      Pattern.compile(
          "(?:^|[.?!,;:]\\s*|\\b(?:to|with|by|for|from|of|and|or|but|then|so|me|us|know|wonder"
              + "|guess|tell|ask|asked|see|out|remember|idea)\\s+)[Ww]ho(?:m|se)?\\b");

  /** A question asking for names, more than one: "What are the names of …". */
  static final Pattern NAMES_OF = Pattern.compile("(?i)\\bnames of\\b");

  /** "the Republican nominee": a describing word after an article describes. */
  private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?i)\\b(?:the|a|an) $");

  private final Set<String> asked;
  private final AskedKind kind;
  private final VerbAnchor anchor;
  private final NumberSpans numbers;
  private final SpanType type;

  /** "Who …": a person is asked for, whom "Republican" alone does not name. */
  private final boolean who;

  /** "which tribe", "which activist group", "which news site": a body asked for, no one's name. */
  private static final Pattern BODY_ASKED =
      Pattern.compile(
          "(?i)\\bwhich (?:[\\w-]+ ){0,2}?(?:tribe|group|organi[sz]ation|agency|company|firm"
              + "|website|site|outlet|newspaper|network|union|charity|nonprofit)s?\\b"
              // "which group of islands" asks for the islands (quiz dev: "Tonga")
              + "(?! of\\b)");

  private final boolean body;

  /**
   * "What are the names of the pandas coming to the National Zoo?": names the question does not
   * hold at all, never "Smithsonian National Zoo" (user trial 57).
   */
  private final boolean namesAsked;

  /**
   * A finder for answers to {@code question}: spans of its own words are never answers, and a name
   * or place must be of the type its "which" noun asks for ({@link SpanType}).
   */
  SpanFinder(String question) {
    this.asked = words(question);
    this.type = SpanType.of(question);
    this.kind = new AskedKind(question, type);
    this.anchor = new VerbAnchor(question);
    this.numbers = new NumberSpans(question);
    this.who = WHO.matcher(question).find();
    this.body = BODY_ASKED.matcher(question).find();
    this.namesAsked = NAMES_OF.matcher(question).find();
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

  /** Whether {@code sentence} holds a number of the very kind a "how much / many" asks for. */
  boolean fitsNumber(String sentence) {
    return numbers.fitting(sentence);
  }

  /**
   * Whether another sentence's number may lead over {@code best}'s: a sum of money asked and none
   * in the best sentence ("$1.61 million in fines" over the "15" of a "15-year scheme"), or no
   * number there at all. A bare number of the best sentence ("The suspect, 20, …", "rose to 12")
   * may be the answer though it names no unit (review 58).
   */
  boolean numberElsewhere(String best) {
    return numbers.elsewhere(best);
  }

  /** Every answer span of {@code sentence} in the order {@link #find} ranks them. */
  List<Span> all(WantedSpan wanted, String sentence, String context) {
    boolean typed = wanted == WantedSpan.NAME || wanted == WantedSpan.PLACE;
    List<Span> ofKind = new ArrayList<>();
    List<Span> anchored = new ArrayList<>();
    List<Span> passives = new ArrayList<>();
    List<Span> rest = new ArrayList<>();
    for (Span s : spans(wanted, sentence, context)) {
      String text = s.of(sentence);
      if (onlyAsked(text)
          || PARTY_LABEL.matcher(text).matches()
          || Describing.describesOnly(sentence, s)
          || body && SpanType.personOrPlace(text)
          || typed && !type.holds(text, sentence.substring(0, s.start()))
          || typed && (isCredit(sentence, s) || kind.namesTheAsker(text))
          || who
              && Describing.describes(text, sentence)
              && ARTICLE_BEFORE.matcher(sentence.substring(0, s.start())).find()
          || type == SpanType.THING && SPEAKER.matcher(sentence.substring(s.end())).lookingAt()
          || namesAsked && sharesAsked(text)
          || who && IN_PLACE.matcher(sentence.substring(0, s.start())).find()) {
        continue;
      }
      if (typed && kind.carries(sentence, s)) {
        ofKind.add(s);
      } else if (typed && anchor.anchors(sentence, s)) {
        anchored.add(s);
      } else if (typed && anchor.anchorsByPassive(sentence, s)) {
        passives.add(s);
      } else if (type != SpanType.THING || SpanType.showsAThing(text)) {
        // a lone capitalised word may be anyone's name ("Modi", "Kapilla"): as a virus or a
        // holiday it must be tied to the kind or the question's verb
        rest.add(s);
      }
    }
    ofKind.addAll(anchored);
    ofKind.addAll(passives);
    ofKind.addAll(rest);
    return ofKind;
  }

  /** How many answers the question asks for: two for "which two countries", else one. */
  int count() {
    return kind.count();
  }

  /**
   * The first span of {@code sentence} that the question's verb acts on or that carries the kind
   * asked for: a name that is surely the one asked about, not merely the first.
   */
  Optional<Span> findSure(WantedSpan wanted, String sentence, String context) {
    return all(wanted, sentence, context).stream()
        .filter(
            s ->
                kind.carries(sentence, s)
                    || anchor.anchors(sentence, s)
                    || anchor.anchorsByPassive(sentence, s))
        .findFirst();
  }

  /** Whether {@code sentence} speaks of the question's action ("to win the title" for "won"). */
  boolean speaksOfTheAction(String sentence) {
    return anchor.mentionedIn(sentence);
  }

  /** Whether {@code sentence} speaks of the kind asked for without naming it ("the company"). */
  boolean refersToKind(String sentence) {
    return kind.refersTo(sentence);
  }

  /**
   * Only a name carrying the kind asked for ({@link AskedKind#carries}), or a number stating the
   * change asked for: looked for in every sentence of an answer before the first span of its best
   * one.
   */
  Optional<Span> findOfKind(WantedSpan wanted, String sentence, String context) {
    if (wanted == WantedSpan.NUMBER) {
      // "how much have prices increased": "up nearly 60%" in any of them before "$5 a gallon"
      return find(wanted, sentence, context).filter(s -> numbers.isChange(sentence, s));
    }
    return find(wanted, sentence, context).filter(s -> kind.carries(sentence, s));
  }

  /**
   * The name {@code sentence} opens with as the subject of its verb ("Adele is returning to Las
   * Vegas."): what the next sentence's "the singer" refers back to. A name the question holds, one
   * of another type than asked ("Nevada", "Caesars Palace" for "which singer"), or the subject of a
   * sentence that itself speaks of "the singer", is none.
   */
  Optional<Span> openingSubject(String sentence, String context) {
    List<Span> names = names(sentence, context, false);
    if (names.isEmpty()) {
      return Optional.empty();
    }
    Span s = names.get(0);
    String text = s.of(sentence);
    boolean opens = sentence.substring(0, s.start()).chars().noneMatch(Character::isLetter);
    boolean acts = ACTS.matcher(sentence.substring(s.end())).lookingAt();
    if (!opens
        || !acts
        || onlyAsked(text)
        || kind.namesTheAsker(text)
        || kind.refersTo(sentence) // "Netflix has signed the singer": the singer is someone else
        || type.isPlace() && !type.holds(text, "")
        || type == SpanType.PERSON && !SpanType.mayBePerson(text)) {
      return Optional.empty();
    }
    return Optional.of(s);
  }

  /** "Pratham Gokhale/Hindustan Times/Reuters": a photo credit, not news. */
  private static boolean isCredit(String sentence, Span s) {
    return s.end() < sentence.length() && sentence.charAt(s.end()) == '/'
        || s.start() > 0 && sentence.charAt(s.start() - 1) == '/';
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
        List<Span> out = titles(sentence);
        out.addAll(names(sentence, context, false));
        yield out;
      }
      case NONE -> List.of();
    };
  }

  /**
   * The quoted titles of {@code sentence}: words capitalised but for short joining ones ("Feast of
   * Sacrifice", "Don't Look Up"); "“It is no mild virus,” she said" quotes a remark.
   */
  private static List<Span> titles(String sentence) {
    List<Span> out = new ArrayList<>();
    for (Span s : matches(QUOTED, sentence)) {
      boolean titleCase =
          Arrays.stream(s.of(sentence).split(" "))
              .allMatch(w -> !Character.isLowerCase(w.charAt(0)) || TITLE_JOINERS.contains(w));
      if (titleCase) {
        out.add(s);
      }
    }
    return out;
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
    if (ACTS.matcher(sentence.substring(s.end())).lookingAt() && !ABSTRACT.matcher(word).find()) {
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
      if (tail.equals(".") && ABBREVIATION_END.matcher(run).find()) {
        continue; // "U.S.", "D.C.", "Jr.": the dot is the name's (user trial 59: "U.S")
      }
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

  /**
   * Whether a span says only what the question says: its own words, or a demonym of a country,
   * state or continent it names ("Indian" for "Which holiday did India celebrate?").
   */
  private boolean onlyAsked(String text) {
    for (String w : words(text)) {
      if (!asked.contains(w) && asked.stream().noneMatch(q -> formOf(w, q))) {
        return namedAsked(text);
      }
    }
    return true;
  }

  /**
   * "Democratic Rep. Elaine Luria" for "who beat elaine luria": the person asked about, whose full
   * name ends the span after a title the question leaves out (user trial 58).
   */
  private boolean namedAsked(String text) {
    String[] w = text.split("[^\\p{L}\\p{N}]+");
    int n = w.length;
    return n >= 3
        && w[n - 1].length() > 1
        && w[n - 2].length() > 1
        && Character.isUpperCase(w[n - 1].charAt(0))
        && Character.isUpperCase(w[n - 2].charAt(0))
        && asked.contains(w[n - 1].toLowerCase(Locale.ROOT))
        && asked.contains(w[n - 2].toLowerCase(Locale.ROOT));
  }

  /**
   * Whether more than half a span's words are the question's own: "Smithsonian National Zoo" for
   * the pandas "coming to the National Zoo", not "Naomi Biden" for "Joe Biden's grandchildren".
   */
  private boolean sharesAsked(String text) {
    Set<String> w = words(text);
    return 2 * w.stream().filter(asked::contains).count() > w.size();
  }

  private static boolean formOf(String w, String q) {
    // "Indian" for "India", "Russians" for "Russia": a demonym of a place the question names, never
    // a name one letter from another ("Williams" for Prince William, "Paula" for Paul)
    return q.length() >= 4
        && w.length() > q.length()
        && w.length() - q.length() <= 3
        && w.startsWith(q.substring(0, q.length() - 1))
        && SpanType.isPlaceName(q);
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
