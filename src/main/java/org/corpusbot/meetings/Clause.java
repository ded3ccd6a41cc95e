package org.corpusbot.meetings;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Shared views of a tagged sentence and its mentions, for the argument rules. */
final class Clause {
  static final Set<String> REPORTING =
      Set.of(
          "said",
          "says",
          "told",
          "tells",
          "reported",
          "reports",
          "writes",
          "wrote",
          "noted",
          "added",
          "according",
          "quoted",
          "announced",
          "stated",
          "disclosed",
          "confirmed");
  static final Set<String> STOPPERS =
      Set.of(
          ";", "that", "which", "who", "whom", "whose", "when", "while", "but", "if", "because",
          "whether");

  /** A president's aircraft: where talks happened ("talked with on Air Force One"), never whom. */
  private static final Set<String> AIRCRAFT = Set.of("Air Force One", "Marine One");

  static final Set<String> PLACE_PREPS = Set.of("in", "at", "to", "from", "near", "outside");

  /** Words between a speaker and its reporting verb: "A also said", "A <AAA.N> yesterday said". */
  static final Set<String> BETWEEN_SPEAKER_AND_VERB =
      Set.of(
          "earlier",
          "also",
          "yesterday",
          "today",
          "has",
          "had",
          "have",
          "previously",
          "recently",
          "last",
          "week",
          "<",
          ">");

  final List<Token> t;
  final List<Mention> mentions;

  Clause(List<Token> tokens, List<Mention> mentions) {
    this.t = tokens;
    this.mentions = mentions;
  }

  /** Where the word before {@code m} stands, past a "the": "of [the] Office of …". */
  int before(Mention m) {
    return lower(m.from() - 1).equals("the") ? m.from() - 2 : m.from() - 1;
  }

  String lower(int i) {
    return i >= 0 && i < t.size() ? t.get(i).lower() : "";
  }

  boolean isVerb(int i) {
    return i >= 0
        && i < t.size()
        && ("VERB".equals(t.get(i).tag()) || "AUX".equals(t.get(i).tag()));
  }

  /**
   * Whether a verb follows at {@code i}, past up to three words of when or how ("B also called", "B
   * this week urged", "B on Monday said"): the name before opens a clause of its own.
   */
  boolean verbAfter(int i) {
    for (int k = i; k < Math.min(t.size(), i + 4); k++) {
      String w = lower(k);
      if (isVerb(k)) {
        return !w.endsWith("ing"); // "B later joining them" is B's own participle
      }
      boolean when =
          MAIN_VERB_ADVERBS.contains(w)
              || TIMES.contains(w)
              || Calls.WHEN.contains(w)
              || w.equals("on") && Calls.WHEN.contains(lower(k + 1));
      if (!when) {
        return false;
      }
    }
    return false;
  }

  /** Adverbs that stand before a clause's main verb ("also called", not "recently elected"). */
  private static final Set<String> MAIN_VERB_ADVERBS =
      Set.of(
          "also",
          "later",
          "then",
          "again",
          "now",
          "still",
          "already",
          "too",
          "separately",
          "jointly");

  Optional<Mention> startingAt(int i) {
    for (Mention m : mentions) {
      if (m.from() == i) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  Optional<Mention> endingAt(int end) {
    for (Mention m : mentions) {
      if (m.to() == end) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /**
   * Who speaks through the reporting verb at {@code verbAt}: the mention ending just before it,
   * past adverbs and a stock ticker ("Montedison Spa <MONI.MI> said"); empty when there is none.
   */
  Optional<Mention> speakerOf(int verbAt) {
    int k = verbAt - 1;
    while (k >= 0
        && endingAt(k + 1).isEmpty() // a company's mention may hold its ticker: "Acme <ACME> said"
        && (BETWEEN_SPEAKER_AND_VERB.contains(lower(k))
            || lower(k - 1).equals("<") && t.get(k).allCaps())) {
      k--;
    }
    return endingAt(k + 1);
  }

  /** A source being quoted: "A said", "told A", "as A writes", "according to A". */
  boolean reported(Mention m) {
    String after = lower(m.to());
    String before = lower(m.from() - 1);
    String before2 = lower(m.from() - 2);
    return REPORTING.contains(after)
        || before.equals("told")
        || before.equals("to") && before2.equals("according")
        || (before.equals("as") || before2.equals("as") && before.equals("the"))
            && REPORTING.contains(after);
  }

  private static final Set<String> TIMES =
      Set.of(
          "yesterday",
          "today",
          "tonight",
          "morning",
          "afternoon",
          "evening",
          "night",
          "week",
          "last",
          "next",
          "this",
          "earlier",
          "later");

  /**
   * Words after a surname that tell how or when they met, not what the surname qualifies: "met
   * Trump several times", "visited Putin weeks before", "spoke with Biden late Tuesday"; against
   * "met with Trump attorneys".
   */
  private static final Set<String> NOT_QUALIFIED =
      Set.of(
          "face",
          "face-to-face",
          "one-on-one",
          "alone",
          "several",
          "many",
          "multiple",
          "numerous",
          "late",
          "early",
          "privately",
          "personally",
          "again",
          "hours",
          "days",
          "weeks",
          "months",
          "years",
          "decades",
          "minutes",
          "times");

  /** Words of news outlets' names: speaking to one is an interview, not a contact. */
  private static final Set<String> MEDIA =
      Set.of(
          "cnn",
          "fox",
          "msnbc",
          "nbc",
          "abc",
          "cbs",
          "bbc",
          "npr",
          "pbs",
          "reuters",
          "ap",
          "afp",
          "bloomberg",
          "politico",
          "axios",
          "magazine",
          "newspaper",
          "television",
          "radio",
          "tv",
          "nyt",
          "wsj",
          "cnbc");

  /**
   * Where people post, named by words no outlet list holds: "he said on Truth Social, describing
   * his call with …" had made the platform a person of two capitalised words.
   */
  private static final Set<String> PLATFORMS =
      Set.of("truth social", "tiktok", "youtube", "twitter", "facebook", "instagram");

  static boolean platform(String name) {
    return PLATFORMS.contains(name.toLowerCase(java.util.Locale.ROOT));
  }

  /** Bodies whose names hold an outlet's word: "Guardian Council", "Post Office". */
  private static final Set<String> NOT_OUTLETS =
      Set.of(
          "council",
          "office",
          "offices",
          "secretary",
          "service",
          "department",
          "committee",
          "commission",
          "corps",
          "guard",
          "party",
          "ministry",
          "agency");

  /**
   * Common words of outlets' names ("Fox News", "The Miami Herald", "Milwaukee Journal Sentinel").
   */
  private static final Set<String> MEDIA_ENDINGS =
      Set.of(
          "times",
          "journal",
          "post",
          "news",
          "press",
          "tribune",
          "guardian",
          "telegraph",
          "herald",
          "today");

  boolean media(Mention m) {
    // "state broadcaster IRIB", "the newspaper Le Monde": an outlet named by what it is
    return mediaName(m.participant().name()) || MEDIA_NOUNS.contains(lower(m.from() - 1));
  }

  /** What an outlet is called before its name. */
  private static final Set<String> MEDIA_NOUNS =
      Set.of(
          "broadcaster",
          "newspaper",
          "daily",
          "tabloid",
          "network",
          "channel",
          "outlet",
          "magazine",
          "station",
          "podcast",
          "newsletter");

  /**
   * Whether a name holds a word of a news outlet's ("NBC News", "The Washington Post"). A common
   * word of outlets' names does not before a body's word: "Guardian Council", "Post Office", "Press
   * Secretary" are no outlets.
   */
  static boolean mediaName(String name) {
    if (platform(name)) {
      return true;
    }
    String[] words = name.toLowerCase(java.util.Locale.ROOT).split("\\s+");
    // "American Telephone and Telegraph Co": a company named by its trades, which holds talks like
    // any other; not "the Harlan Herald and Tribune Co", a newspaper's firm named by its papers
    boolean trades = false;
    for (int k = 1; k + 1 < words.length; k++) {
      trades |=
          words[k].equals("and")
              && NameRuns.trade(words[k - 1])
              && NameRuns.trade(words[k + 1])
              && NameParts.companySuffix(words[words.length - 1]);
    }
    for (int k = 0; k < words.length; k++) {
      String w = words[k];
      boolean body = trades || k < words.length - 1 && NOT_OUTLETS.contains(words[k + 1]);
      if (MEDIA.contains(w) || MEDIA_ENDINGS.contains(w) && !body) {
        return true;
      }
    }
    return false;
  }

  /**
   * A group or place that only qualifies the noun after it ("his Florida agenda", "GOP state
   * lawmakers"): not a participant itself.
   */
  boolean modifier(Mention m) {
    return m.participant().kind() == Participant.Kind.GROUP && qualifies(m.to());
  }

  /**
   * A surname alone that only qualifies the noun after it ("met with Trump attorneys", "former
   * Trump national security official Kash Patel"), unless that word tells how or when ("met Trump
   * several times"). NOTE: for objects only; as a subject the tagger often reads the verb after a
   * surname as a noun ("Trump meets …"), and asking there lost right pairs.
   */
  boolean qualifyingSurname(Mention m) {
    return m.participant().kind() == Participant.Kind.PERSON
        && m.to() - m.from() == 1
        && !NOT_QUALIFIED.contains(lower(m.to()))
        && (qualifies(m.to()) || GOVERNMENTS.contains(lower(m.to())));
  }

  /**
   * A person's name right before "administration" or "campaign" as nouns ("the Biden administration
   * negotiated with Tehran"): the body acted, not the person. Asked of subjects too, unlike {@link
   * #qualifyingSurname}, which a verb the tagger reads as a noun after a surname would mislead.
   */
  boolean bodyUnder(Mention m) {
    return m.participant().kind() == Participant.Kind.PERSON
        && !t.get(m.to() - 1).possessive()
        && GOVERNMENTS.contains(lower(m.to()))
        && "NOUN".equals(t.get(m.to()).tag()); // not "A and B campaign in Harlow", a verb
  }

  /** "the Trump administration", "the Biden campaign": a body under a surname, not the person. */
  private static final Set<String> GOVERNMENTS = Set.of("administration", "campaign");

  /**
   * Whether a lower-case noun or adjective follows the mention, which it then only qualifies ("the
   * Netanyahu government", "the Zelensky administration"); not a time or a preposition.
   */
  boolean nounAfter(Mention m) {
    int next = m.to();
    return next < t.size()
        && ("NOUN".equals(t.get(next).tag()) || "ADJ".equals(t.get(next).tag()))
        && !t.get(next).capitalized()
        && !TIMES.contains(lower(next))
        && !PREPOSITIONS.contains(lower(next));
  }

  private boolean qualifies(int next) {
    return next < t.size()
        && !t.get(next - 1).possessive()
        && ("NOUN".equals(t.get(next).tag()) || "ADJ".equals(t.get(next).tag()))
        && !t.get(next).capitalized()
        && !TIMES.contains(lower(next))
        && !PREPOSITIONS.contains(lower(next)) // "officials about/ADJ press reports", as tagged
        && !Lexicons.get().orgWords.contains(lower(next)); // "the United Auto Workers union"
  }

  /**
   * The body the people named by the noun at {@code k} were sent by ("leaders from Jamaica",
   * "representatives of Acme Corp"): see {@link CountryMentions#sentBy}; empty when none.
   */
  Optional<Mention> sentByAt(int k) {
    return startingAt(CountryMentions.pastSentBy(t, k))
        .filter(b -> CountryMentions.sentBy(t, k, b));
  }

  /** Words the tagger sometimes calls adjectives that never qualify a noun after a name. */
  private static final Set<String> PREPOSITIONS =
      Set.of("about", "over", "regarding", "concerning", "after", "before", "during", "since");

  /**
   * A place named as a location ("in Geneva"), not as an actor ("Washington transferred"), nor as
   * who sent someone ("leaders from Jamaica"); a building, street or site ("Windsor Castle") is
   * never an actor.
   */
  boolean locative(Mention m) {
    String before = lower(m.from() - 1);
    int prep = before.equals("the") ? m.from() - 2 : m.from() - 1;
    if (prep >= 1 && CountryMentions.sentBy(t, prep - 1, m)) {
      return false; // "met with leaders from Jamaica": who sent them, not where they met
    }
    return m.place()
        && (PLACE_PREPS.contains(before)
            || before.equals("the") && PLACE_PREPS.contains(lower(m.from() - 2))
            || NameParts.isSite(m.participant().name(), Lexicons.get())
            || AIRCRAFT.contains(m.participant().name()));
  }
}
