package org.corpusbot.answer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a "which …?" question's noun says its answer is: a country, a US state, a continent or a
 * person; ANY when the noun says nothing checkable. A short answer of a checked type must be one (a
 * country's name, a state's, a person's full name): a capitalised run of another kind in the same
 * sentence ("Santa Cruz" for "made landfall in which country?", "Colosseum" for "which singer?") is
 * what a user would read first and take for the answer. Thread-safe.
 */
enum SpanType {
  COUNTRY("countr(?:y|ies)|nations?"),
  STATE("states?"),
  CONTINENT("continents?"),
  PERSON(
      "director|singer|star|actor|actress|president|mp|member|golfer|player|athlete|celebrity"
          + "|rapper|musician|artist|author|writer|leader|politician|senator|lawmaker|governor"
          + "|candidate|republican|democrat|official|ceo|executive|billionaire|judge|justice"
          + "|minister|chancellor|premier|king|queen|prince|princess|host|comedian|quarterback"
          + "|coach|journalist|scientist|astronaut|entrepreneur|founder|tycoon|pope|monarch"),
  /**
   * A named thing that is neither a person nor a country: "which virus" is answered by "RSV", never
   * by the doctor quoted about it; "which holiday did India celebrate" never by "China".
   */
  THING(
      "(?:virus|viruses|disease|diseases|illness|infection|pathogen|variant|subvariant|holiday"
          + "|holidays|vaccine|vaccines|drug|drugs|medication|treaty)"
          // not "which drug maker", "which vaccine company": a firm has a name of its own
          + "(?! (?:makers?|compan(?:y|ies)|firms?|manufacturers?|developers?|giants?|stores?"
          + "|chains?)\\b)"),
  ANY("$^");

  private final Pattern noun;

  /** The noun just before a name: "pop star Rihanna", "the singer Adele". */
  private final Pattern introducing;

  SpanType(String nouns) {
    this.noun =
        Pattern.compile(
            "\\b(?:which|what) (?:[\\w’'-]+ ){0,2}?(?:" + nouns + ")\\b", Pattern.CASE_INSENSITIVE);
    this.introducing = Pattern.compile("\\b(?:" + nouns + "),? $", Pattern.CASE_INSENSITIVE);
  }

  /** The type the question's "which" (or "what") noun names; ANY for any other question. */
  static SpanType of(String question) {
    for (SpanType t : values()) {
      if (t.noun.matcher(question).find()) {
        return t;
      }
    }
    return ANY;
  }

  /** Whether this type is a kind of place looked up by name. */
  boolean isPlace() {
    return this == COUNTRY || this == STATE || this == CONTINENT;
  }

  /**
   * Whether {@code span}, after {@code before} in its sentence, is of this type; anything is of
   * type ANY. A person named by one word is one when the sentence's noun introduces them ("pop star
   * Rihanna").
   */
  boolean holds(String span, String before) {
    return switch (this) {
      case COUNTRY -> Gazetteer.COUNTRIES.contains(key(span));
      case STATE -> Gazetteer.STATES.contains(key(span));
      case CONTINENT -> Gazetteer.CONTINENTS.contains(key(span));
      case PERSON ->
          personShaped(span)
              || !span.strip().contains(" ")
                  && !Gazetteer.NOT_PERSON.contains(span.strip().toLowerCase(Locale.ROOT))
                  && introducing.matcher(before).find();
      case THING -> thingShaped(span);
      case ANY -> true;
    };
  }

  /** The places of this type named in {@code sentence}, wherever they stand in it. */
  List<int[]> places(String sentence) {
    Set<String> names =
        switch (this) {
          case COUNTRY -> Gazetteer.COUNTRIES;
          case STATE -> Gazetteer.STATES;
          case CONTINENT -> Gazetteer.CONTINENTS;
          default -> Set.of();
        };
    List<int[]> out = new java.util.ArrayList<>();
    Matcher m = Gazetteer.CAPITALISED_RUN.matcher(sentence);
    while (m.find()) {
      // the longest run of the run's words that is a name: "New Zealand" in "New Zealand's"
      String run = m.group();
      String[] words = run.split(" ");
      int at = m.start();
      boolean found = false;
      for (int i = 0; i < words.length && !found; i++) {
        int from = at + offset(words, i);
        for (int j = words.length; j > i; j--) {
          String cand = String.join(" ", java.util.Arrays.asList(words).subList(i, j));
          if (names.contains(key(cand))) {
            int end = from + cand.length();
            // a closing possessive or full stop is no part of the name, the dots of "U.S." are
            boolean stop = cand.endsWith(".") && cand.indexOf('.') == cand.length() - 1;
            end -= cand.endsWith("’s") || cand.endsWith("'s") ? 2 : stop ? 1 : 0;
            out.add(new int[] {from, end});
            found = true;
            break;
          }
        }
      }
    }
    return out;
  }

  private static int offset(String[] words, int i) {
    int o = 0;
    for (int k = 0; k < i; k++) {
      o += words[k].length() + 1;
    }
    return o;
  }

  /** Whether a word is a country's, a US state's or a continent's name ("india"). */
  static boolean isPlaceName(String lower) {
    String k = key(lower);
    return Gazetteer.COUNTRIES.contains(k)
        || Gazetteer.STATES.contains(k)
        || Gazetteer.CONTINENTS.contains(k);
  }

  /**
   * Whether a name of one to four capitalised words may be a person's: no place, no word of an
   * organisation or event, no possessive ("Britain's Mira Vale").
   */
  static boolean mayBePerson(String span) {
    String[] words = span.strip().split("\\s+");
    return words.length <= 4
        && Arrays.stream(words).allMatch(SpanType::personWord)
        && Arrays.stream(words)
            .noneMatch(
                w -> w.endsWith("'s") || w.endsWith("’s") || Gazetteer.CONTINENTS.contains(key(w)))
        && !countryOrState(span);
  }

  /**
   * Whether a name may be a virus's, a holiday's, a drug's: no titled person, no country or state,
   * no organisation ("Texas Children’s Hospital"), no people named by a plural ("Muslims",
   * "Americans"; "Christmas" and "Norovirus" are no plurals).
   */
  private static boolean thingShaped(String span) {
    String s = span.strip();
    boolean plural = !s.contains(" ") && PLURAL_GROUP.matcher(s).find();
    return !TITLED.matcher(s).lookingAt()
        && !s.contains("’s ") // "CNN’s Jake Tapper": someone of something
        && !s.contains("'s ")
        && !isPlaceName(s)
        && !plural
        && Arrays.stream(s.split("\\s+")).noneMatch(w -> Gazetteer.ORGANISATION.contains(key(w)));
  }

  /**
   * Whether a name is a titled person's ("President Joe Biden") or a country's or state's: never a
   * tribe, a group, a company or a website (user trial 59: "Which tribe …?" was answered "President
   * Joe Biden", "Which activist group …?" "Iran").
   */
  static boolean personOrPlace(String span) {
    String s = span.strip();
    return TITLED.matcher(s).lookingAt() || isPlaceName(s);
  }

  /**
   * Whether a name's form shows it is no single person's name: several words ("Labor Day"), a digit
   * ("Covid-19") or capitals only ("RSV").
   */
  static boolean showsAThing(String span) {
    String s = span.strip();
    boolean form =
        s.contains(" ")
            || s.chars().anyMatch(Character::isDigit)
            || s.length() > 1 && s.chars().noneMatch(Character::isLowerCase);
    // "Ana Lutz", "Yom Kippur": two capitalised words may be a person's as well
    return form && !personShaped(s);
  }

  /**
   * A people named by a plural: "Muslims", "Americans", "Democrats", "Sikhs", "Jews"; not
   * "Christmas", "Measles", "Hepatitis", "Norovirus".
   */
  private static final Pattern PLURAL_GROUP = Pattern.compile("(?:an|on|im|ist|at|ic|ew|kh|er)s$");

  /**
   * A person by a title ("Dr. Peter Hotez", "President Omar Lind"): two-word holidays ("Yom
   * Kippur") look like a person's name otherwise.
   */
  private static final Pattern TITLED =
      Pattern.compile(
          "(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen|Sir|Dame|President|Senator|Governor|Minister"
              + "|Secretary|Judge|Justice|Mayor|Chancellor|King|Queen|Prince|Princess|Pope)\\.? ");

  /**
   * Two to four capitalised words, none of them a word that names an organisation or a place
   * ("Tesla AI Day", "St. Louis Blues", "Santa Cruz" pass no other test cheaply; "Pence" and
   * "First" are too short to be a full name).
   */
  private static boolean personShaped(String span) {
    String[] words = span.strip().split("\\s+");
    return words.length >= 2
        && words.length <= 4
        && Arrays.stream(words).allMatch(SpanType::personWord)
        && !countryOrState(span);
  }

  /** A word a person's name may hold: capitalised, no organisation's word, no country or state. */
  private static boolean personWord(String w) {
    return !w.isEmpty()
        && Character.isUpperCase(w.charAt(0))
        && !Gazetteer.NOT_PERSON.contains(w.toLowerCase(Locale.ROOT))
        && !Gazetteer.COUNTRIES.contains(key(w))
        && !Gazetteer.STATES.contains(key(w));
  }

  private static boolean countryOrState(String span) {
    return Gazetteer.COUNTRIES.contains(key(span)) || Gazetteer.STATES.contains(key(span));
  }

  private static String key(String name) {
    String k = name.strip().toLowerCase(Locale.ROOT).replace(".", "").replace('’', '\'');
    k = k.endsWith("'s") ? k.substring(0, k.length() - 2) : k;
    return k.startsWith("the ") ? k.substring(4) : k;
  }

  /** The name lists, loaded once. */
  private static final class Gazetteer {
    static final Pattern CAPITALISED_RUN =
        Pattern.compile("\\b[A-Z][\\p{L}.’'-]*(?: (?:of )?[A-Z][\\p{L}.’'-]*)*");

    /** The English names of the ISO countries (the JDK's), and the other ways news writes them. */
    static final Set<String> COUNTRIES = countries();

    static final Set<String> STATES = read("/answer/us-states.txt");

    static final Set<String> CONTINENTS =
        Set.of(
            "africa",
            "antarctica",
            "asia",
            "australia",
            "europe",
            "north america",
            "south america",
            "oceania");

    /** Words that make a name an organisation's. */
    static final Set<String> ORGANISATION =
        Set.of(
            "inc",
            "corp",
            "co",
            "company",
            "group",
            "university",
            "college",
            "school",
            "hospital",
            "institute",
            "foundation",
            "council",
            "committee",
            "organization",
            "organisation",
            "party",
            "house",
            "senate",
            "congress",
            "parliament",
            "court",
            "department",
            "ministry",
            "agency",
            "association",
            "league",
            "club",
            "team",
            "center",
            "centre",
            "news",
            "times",
            "post",
            "network",
            "tv",
            // user trial 59: "Which senator …?" was answered "Federal Election Commission"; not
            // "bank", "service", "union", "office": surnames too (Robert Service; review 59)
            "commission",
            "bureau",
            "administration",
            "authority",
            "federation",
            "alliance",
            "coalition",
            "caucus",
            "assembly",
            "corporation",
            "ltd",
            "plc",
            "llc");

    /** Words of organisations, places and events, never of a person's name. */
    static final Set<String> NOT_PERSON =
        Stream.concat(
                ORGANISATION.stream(),
                Stream.of(
                    "day",
                    "week",
                    "festival",
                    "awards",
                    "show",
                    "park",
                    "city",
                    "county",
                    "state",
                    "street",
                    "square",
                    "palace",
                    "hall",
                    "stadium",
                    "arena",
                    "ai",
                    "st",
                    "north",
                    "south",
                    "east",
                    "west",
                    "new",
                    "san",
                    "santa",
                    "los",
                    "las",
                    "fort",
                    "mount",
                    "lake",
                    "river",
                    "island",
                    "islands",
                    "bay",
                    "beach",
                    "story",
                    "first"))
            .collect(Collectors.toUnmodifiableSet());

    private static Set<String> countries() {
      Set<String> out = new HashSet<>();
      for (String code : Locale.getISOCountries()) {
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        out.add(key(name.replaceAll(" \\(.*\\)$", "")));
      }
      out.addAll(
          List.of(
              "us",
              "usa",
              "america",
              "united states of america",
              "uk",
              "britain",
              "great britain",
              "england",
              "scotland",
              "wales",
              "northern ireland",
              "burma",
              "ivory coast",
              "congo",
              "democratic republic of congo",
              "democratic republic of the congo",
              "czech republic",
              "turkiye",
              "türkiye",
              "palestine",
              "vatican",
              "kosovo",
              "holland"));
      return Set.copyOf(out);
    }

    private static Set<String> read(String resource) {
      try (InputStream in = SpanType.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + resource);
        }
        Set<String> out = new HashSet<>();
        try (BufferedReader r =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
          r.lines()
              .filter(l -> !l.isBlank() && !l.startsWith("#"))
              .map(SpanType::key)
              .forEach(out::add);
        }
        return Set.copyOf(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
