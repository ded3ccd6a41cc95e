package org.corpusbot.meetings;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Rules about the words of a name: titles, nationalities, places, organisations, fillers. */
final class NameParts {
  /**
   * Capitalised words that open sentences or name times, never people ("Although", "Monday"), from
   * {@code resources/meetings/notnames.txt}.
   */
  /**
   * The article of an Arabic family name, alone or with the hyphen that glues it to the name ("al",
   * "al-" in "al-Assad", "el-" in "el-Sisi").
   */
  static final java.util.regex.Pattern ARABIC_ARTICLE =
      java.util.regex.Pattern.compile("(?:al|el|ad|ar|as|an|at|az)-?");

  static final Set<String> NOT_NAMES = Lexicons.get().notNames;

  /** Whether a lower-case word is a company suffix, its point aside ("corp.", "inc"). */
  static boolean companySuffix(String lower) {
    return COMPANY_SUFFIXES.contains(lower.replace(".", ""));
  }

  /** Last words that make a name a company's ("Orlen Mining Ltd", "Halvor Pumps AG"). */
  static final Set<String> COMPANY_SUFFIXES =
      Set.of(
          "corp",
          "corporation",
          "inc",
          "co",
          "ltd",
          "plc",
          "ag",
          "sa",
          "nv",
          "spa",
          "gmbh",
          "llc",
          "lp",
          "bhd",
          "ab", // Swedish; "a/s", "asa" Danish and Norwegian, "oy" Finnish, "bv" Dutch
          "a/s",
          "asa",
          "oy",
          "oyj",
          "bv",
          "pty",
          "kk",
          "srl",
          "cie",
          "group",
          "holdings",
          "industries",
          "cos",
          "companies");

  private static final Set<String> PARTICLE_WORDS = Set.of("de", "la", "van", "von", "da", "di");

  /** First words of regions and districts, never of people's names. */
  private static final Set<String> COMPASS =
      Set.of(
          "north",
          "south",
          "east",
          "west",
          "northern",
          "southern",
          "eastern",
          "western",
          "central",
          "upper",
          "lower",
          "greater",
          "new");

  /** Party members: "a Nevada Republican" describes a person, it is no name. */
  private static final Set<String> PARTISANS =
      Set.of("republican", "republicans", "democrat", "democrats", "independent", "independents");

  /** Last words of plans, laws and formats: capitalised like names, never people. */
  private static final Set<String> THINGS =
      Set.of(
          "plan",
          "act",
          "program",
          "programme",
          "policy",
          "report",
          "agreement",
          "treaty",
          "accord",
          "accords", // "the Camp David Accords"
          "agreements",
          "initiative",
          "format",
          "strategy",
          "doctrine",
          "deal",
          "law",
          "bill",
          "day",
          "week",
          "month",
          "year",
          "war",
          "crisis",
          "summit",
          "conference",
          "games",
          "cup",
          "award",
          "prize",
          "medal",
          "index",
          "tower",
          "network",
          "media",
          "images",
          "photo");

  /** Last words of a generic group under a capitalised qualifier ("Committee Chairmen"). */
  /**
   * Words that put a title's holder out of office ("former President …", "then-", "ousted"): one
   * list for every rule that asks who holds an office now. Not "late" or "then" alone, which mostly
   * mean a time ("in late May", "first …, then Foreign Minister Wang Yi"): those count only as "the
   * late" and "the then" before a name ({@link #notInOfficeBefore}).
   */
  static final Set<String> NOT_IN_OFFICE =
      Set.of("former", "ex", "ex-", "then-", "one-time", "onetime", "ousted", "toppled", "deposed");

  /** The same words as they stand in text before a name: "former ", "then-", "the late ". */
  private static final Pattern NOT_IN_OFFICE_BEFORE =
      Pattern.compile(
          "(?i)(?:\\b(?:former|one-?time|ousted|toppled|deposed)\\s+|\\b(?:ex|then)-|\\bthe"
              + " (?:late|then)\\s+)$");

  /** Whether a word of {@link #NOT_IN_OFFICE} stands right before {@code at} in {@code text}. */
  static boolean notInOfficeBefore(String text, int at) {
    return NOT_IN_OFFICE_BEFORE.matcher(text).region(Math.max(0, at - 14), at).find();
  }

  static final Set<String> GENERIC_GROUPS =
      Set.of("members", "chairmen", "leaders", "officials", "staff", "aides", "lawmakers");

  /**
   * Last words of a short capitalised run that describe people sent by a body ("U.N. Diplomats");
   * in a longer name they end the body's own ("Association of Retired Diplomats").
   */
  static final Set<String> SENT_PEOPLE = Set.of("diplomats", "envoys", "negotiators");

  /**
   * Words that name a kind of body, not one: alone (capitalised at a sentence's start, or as an
   * institution's style) they say nothing of whose ("Congress", "Kremlin", "Pentagon" do).
   */
  static final Set<String> KIND_ONLY =
      Set.of(
          "administration",
          "department",
          "committee",
          "commission",
          "union",
          "party",
          "council",
          "ministry",
          "agency",
          "board",
          "office",
          "company",
          "group",
          "association",
          "federation",
          "organization",
          "organisation",
          "government");

  /** A qualifier glued to a place: "Calgary-based", "state-owned". */
  private static final Pattern DESCRIPTOR =
      Pattern.compile(".+-(?:based|owned|controlled|born|led|backed)", Pattern.CASE_INSENSITIVE);

  /**
   * A capitalised compound whose second part is lower case ("Mega-podcaster", "Self-described",
   * "Co-founder"): a sentence's first word describing the person, never part of a name, which
   * capitalises each part ("Ocasio-Cortez").
   */
  private static final Pattern COMPOUND = Pattern.compile("\\p{Lu}\\p{Ll}*-\\p{Ll}{3,}");

  /**
   * What a person does, capitalised only because it opens the sentence ("Investor Martin T. Sosnoff
   * said …", "Financier Carl Icahn"): no part of the name that follows. Only before a full name of
   * two words or more, so no one-word company ("Investor AB") loses its name; not titles, since "a
   * businessman called Tom Lind" must stay a description, not someone's call.
   */
  private static final Set<String> DESCRIPTIONS =
      Set.of(
          "investor",
          "financier",
          "raider",
          "speculator",
          "shareholder",
          "billionaire",
          "millionaire",
          "tycoon",
          "magnate",
          "businessman",
          "businesswoman",
          "entrepreneur",
          "banker",
          "analyst",
          "economist",
          "lawyer",
          "attorney",
          "activist",
          "campaigner",
          "actor",
          "actress",
          "singer",
          "rapper",
          "comedian",
          "author",
          "novelist",
          "columnist",
          "filmmaker",
          "photographer",
          "broadcaster");

  /** A regnal number after a monarch's name. */
  private static final Pattern REGNAL = Pattern.compile("(?:X{0,3})(?:IX|IV|V?I{0,3})|X");

  private NameParts() {}

  /** The words without leading nationalities and titles ("Brazilian Finance Minister …"). */
  static List<String> withoutTitle(List<String> words, Lexicons lex) {
    return words.subList(nameStart(words, lex), words.size());
  }

  /**
   * Where the name starts: after leading nationalities and titles, or after a title inside the run
   * ("International Monetary Fund Managing Director Michel Camdessus").
   */
  static int nameStart(List<String> words, Lexicons lex) {
    return Math.max(titleLength(words, lex), afterInnerTitle(words, lex));
  }

  /** How many leading words are nationalities, titles or descriptors ("Calgary-based"). */
  static int titleLength(List<String> words, Lexicons lex) {
    int i = 0;
    boolean progress = true;
    while (progress && i < words.size()) {
      progress = false;
      if (DESCRIPTOR.matcher(words.get(i)).matches()
          || i + 2 < words.size() && COMPOUND.matcher(words.get(i)).matches()
          || i == 0
              && i + 2 < words.size()
              && DESCRIPTIONS.contains(clean(words.get(i)).toLowerCase(Locale.ROOT))) {
        i++; // "Calgary-based Dome", "Mega-podcaster Joe Rogan", "Investor Martin T. Sosnoff"
        progress = true;
        continue;
      }
      for (List<List<String>> list : List.of(lex.demonyms, lex.titles)) {
        int n = match(words, i, list);
        if (n > 0) {
          i = list == lex.titles ? officeOf(words, i + n, lex) : i + n;
          progress = true;
          break;
        }
      }
    }
    return i;
  }

  /**
   * After a title, the body it is the office of: "Director of National Intelligence Tulsi Gabbard",
   * "Secretary of Health and Human Services Xavier Becerra", "Speaker of the House Nancy Pelosi".
   * Without it the body's words were read as the start of the person's name and the person was
   * lost. Only government bodies, countries and places are taken ({@code office-bodies.txt},
   * places), and a name of one word at least is left.
   */
  private static int officeOf(List<String> words, int at, Lexicons lex) {
    if (at + 2 > words.size() || !clean(words.get(at)).equalsIgnoreCase("of")) {
      return at;
    }
    int end = bodyEnd(words, at + 1, lex);
    return end > at + 1 ? end : at;
  }

  /**
   * Where the body of an office ends in words starting at {@code from} ("National Intelligence" in
   * "National Intelligence Tulsi Gabbard"), or {@code from} when they do not start with one. A name
   * of one word at least is left, two when the body could end one word earlier ("Homeland Security
   * Georgia Smith": Georgia is a place and a given name).
   */
  static int bodyEnd(List<String> words, int from, Lexicons lex) {
    int k = from;
    boolean body = false;
    while (k < words.size() - 1) {
      boolean bodyWord = !link(words, k) && bodyWord(words.get(k), lex);
      if (!bodyWord && !link(words, k) || bodyWord && body && k == words.size() - 2) {
        break;
      }
      body |= bodyWord;
      k++;
    }
    return body && !link(words, k - 1) ? k : from;
  }

  static boolean bodyWord(String word, Lexicons lex) {
    String w = clean(word).toLowerCase(Locale.ROOT);
    return lex.officeBodies.contains(w) || lex.placesLower.contains(w);
  }

  private static boolean link(List<String> words, int k) {
    String w = clean(words.get(k)).toLowerCase(Locale.ROOT);
    return w.equals("the") || w.equals("and") || w.equals("of") || w.equals("for");
  }

  /**
   * Where the name starts after a title inside a run ("International Monetary Fund Managing
   * Director Michel Camdessus" → 6), or -1 when no title is followed by at least one more word.
   */
  static int afterInnerTitle(List<String> words, Lexicons lex) {
    for (int p = words.size() - 2; p > 0; p--) {
      int n = match(words, p, lex.titles);
      if (n > 0 && p + n < words.size()) {
        return officeOf(words, p + n, lex);
      }
    }
    return -1;
  }

  private static int match(List<String> words, int at, List<List<String>> phrases) {
    for (List<String> p : phrases) {
      if (at + p.size() <= words.size()) {
        boolean ok = true;
        for (int k = 0; k < p.size() && ok; k++) {
          ok = clean(words.get(at + k)).toLowerCase(Locale.ROOT).equals(p.get(k));
        }
        if (ok) {
          return p.size();
        }
      }
    }
    return 0;
  }

  /** True when the words look like a person's name: no place, organisation or filler word. */
  /** Whether a name ends with a company's suffix: "CBS Inc", "Orlen Mining Ltd". */
  static boolean isCompany(String name) {
    String[] w = name.strip().split("\\s+");
    return COMPANY_SUFFIXES.contains(clean(w[w.length - 1]).toLowerCase(Locale.ROOT));
  }

  /** "Republican", "Democrats": a party's member, as in "a Utah Republican". */
  static boolean partisan(String word) {
    return PARTISANS.contains(clean(word).toLowerCase(Locale.ROOT));
  }

  /** Offices that end a role's name and never a person's ("King" does: "Stephen King"). */
  private static final Set<String> ROLE_ENDS =
      Set.of(
          "general",
          "minister",
          "secretary",
          "president",
          "ambassador",
          "consul",
          "chairman",
          "director",
          "governor",
          "senator",
          "spokesman",
          "commissioner",
          "chancellor",
          "premier");

  static boolean isPersonName(List<String> words, Lexicons lex) {
    return isPersonName(words, lex, false);
  }

  /**
   * As {@link #isPersonName(List, Lexicons)}, for words after a person's title when {@code titled}
   * ("Vice President JD Vance", "Governor JB Pritzker"): then two capitals opening the name are a
   * first name's initials, which elsewhere are as often an acronym ("AP Charles" under a photo).
   * Initials with full stops ("J.D. Vance") open a name anywhere.
   */
  static boolean isPersonName(List<String> words, Lexicons lex, boolean titled) {
    if (words.isEmpty() || lex.places.contains(String.join(" ", words)) || isPlace(words, lex)) {
      return false;
    }
    String last = clean(words.get(words.size() - 1)).toLowerCase(Locale.ROOT);
    String first = clean(words.get(0)).toLowerCase(Locale.ROOT);
    if (COMPASS.contains(first) || THINGS.contains(last) || PARTISANS.contains(last)) {
      return false; // "South Pacific", "Clean Power Plan", "Normandy Format", "a Utah Republican"
    }
    if (words.size() >= 2 && ROLE_ENDS.contains(last)) {
      return false; // "China's San Francisco Consul General", "Deputy Attorney General": a role
    }
    if (lex.countries.containsKey(last)
        || lex.countries.containsKey(String.join(" ", words).toLowerCase(Locale.ROOT))) {
      return false; // "South African", "Ukrainian": a nationality, not a surname
    }
    if (last.endsWith("s") && lex.countries.containsKey(last.substring(0, last.length() - 1))) {
      return false; // "Black Americans", "young Ukrainians": a people, not a person
    }
    for (int k = 0; k < words.size(); k++) {
      String w = words.get(k);
      String l = clean(w).toLowerCase(Locale.ROOT);
      boolean afterParticle =
          k > 0 && PARTICLE_WORDS.contains(words.get(k - 1).toLowerCase(Locale.ROOT));
      if (lex.orgWord(w)
          || NOT_NAMES.contains(l)
          || lex.places.contains(clean(w)) && !afterParticle // "Miguel de la Madrid"
          || lex.regions.contains(clean(w))) { // "Graham County Arizona"
        return false;
      }
      boolean regnal = k > 0 && REGNAL.matcher(clean(w)).matches(); // "Charles III", "Frederik X"
      // "George W. Bush", "George H.W. Bush": a middle initial is no acronym
      boolean initial = k > 0 && k < words.size() - 1 && INITIALS.matcher(w).matches();
      if (k == 0 && words.size() >= 2 && leadingInitials(w, titled, lex)) {
        continue;
      }
      if (k == 0 && words.size() >= 3 && ONE_INITIAL.matcher(w).matches()) {
        continue; // "E. Jean Carroll", "F. Scott Fitzgerald": a first initial, then the name used
      }
      if (w.length() > 1
          && !regnal
          && !initial
          && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
        return false; // an acronym (UAW, NYT) is an organisation
      }
    }
    return true;
  }

  /** Whether dotted initials are a country's or a body's ("U.S.", "U.N."), never a person's. */
  static boolean dottedAcronym(String dotted) {
    return NOT_INITIALS.contains(dotted.toLowerCase(Locale.ROOT));
  }

  /**
   * A first name given by its initials: "J.D." (never a country's, "U.S.", or a body's, "U.N."), or
   * after a title "JD", "JB".
   */
  private static boolean leadingInitials(String w, boolean titled, Lexicons lex) {
    String l = w.toLowerCase(Locale.ROOT);
    if (lex.countries.containsKey(l)
        || lex.places.contains(w)
        || lex.places.contains(clean(w))
        || lex.orgWord(w)
        || lex.titles.contains(List.of(l)) // "Japanese PM Fumio Kishida"
        || NOT_INITIALS.contains(l)) {
      return false;
    }
    return FIRST_INITIALS.matcher(w).matches()
        || titled && w.length() == 2 && w.chars().allMatch(Character::isUpperCase);
  }

  /**
   * Two or three dotted initials in one word ("J.D.", "A.J."); a single one ("S.") is as often the
   * tail of "U.S." or "H.W." split from its head, so it opens no name.
   */
  private static final Pattern FIRST_INITIALS = Pattern.compile("(\\p{Lu}\\.){2,3}");

  private static final Pattern ONE_INITIAL = Pattern.compile("\\p{Lu}\\.");

  /** Dotted acronyms that are no one's initials. */
  private static final Set<String> NOT_INITIALS =
      Set.of(
          "u.s.",
          "u.k.",
          "u.n.",
          "e.u.",
          "d.c.",
          "u.s.a.",
          "a.m.",
          "p.m.",
          "pm",
          "mp",
          "vp",
          // states and cities by their abbreviations: "N.C. Legislature", "N.J. Transit"
          "n.y.",
          "l.a.",
          "n.c.",
          "s.c.",
          "n.j.",
          "n.h.",
          "n.m.",
          "n.d.",
          "s.d.",
          "r.i.",
          "w.va.",
          "n.y.c.");

  /**
   * A brand written in camel case ("SpaceX", "OpenAI", "PayPal", "BlackRock"): a capital after a
   * small letter inside one word names a company; surnames with a prefix ("McCarthy", "DeSantis",
   * "LaHood", "MacArthur", "O'Rourke") are not.
   */
  static boolean isCamelCaseBrand(String word) {
    String w = clean(word);
    return w.length() >= 4
        && Character.isUpperCase(w.charAt(0))
        && !SURNAME_PREFIX.matcher(w).lookingAt()
        && CAMEL.matcher(w).find();
  }

  /** "Jr", "Jr.", "Sr", "Sr.": a generation after a name, no part of its surname. */
  static boolean isGeneration(String word) {
    return GENERATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static final Set<String> GENERATIONS = Set.of("jr", "jr.", "sr", "sr.");

  /** Middle initials: "W.", "H.W." ("George H.W. Bush"). */
  private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.)+");

  private static final Pattern CAMEL = Pattern.compile("\\p{Ll}\\p{Lu}");
  private static final Pattern SURNAME_PREFIX =
      Pattern.compile("(Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|St|O'|O’)\\p{Lu}");

  /** A building, street or site by its last word ("Windsor Castle", "Delaware Avenue"). */
  static boolean isSite(String name, Lexicons lex) {
    int space = name.lastIndexOf(' ');
    return space > 0 && lex.placeWords.contains(name.substring(space + 1).toLowerCase(Locale.ROOT));
  }

  /** A lower-case word with its first letter capitalised again ("baltimore" → "Baltimore"). */
  static String capitalised(String lower) {
    return lower.isEmpty()
        ? lower
        : lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
  }

  static boolean isRegnal(String word) {
    String w = clean(word);
    return !w.isEmpty() && REGNAL.matcher(w).matches();
  }

  /**
   * A place by its whole name or its last word: "Saudi Arabia" (a nationality starts it), "Windsor
   * Castle", "Delaware Avenue".
   */
  static boolean isPlace(List<String> words, Lexicons lex) {
    int of = words.indexOf("of");
    if (of >= 2 && isPersonName(words.subList(0, of), lex)) {
      return false; // "Sheldon Whitehouse of Rhode Island": a person and the state he is from
    }
    String joined = clean(String.join(" ", words));
    String last = clean(words.get(words.size() - 1)).toLowerCase(Locale.ROOT);
    if (words.size() >= 3) {
      String before = clean(words.get(words.size() - 2)).toLowerCase(Locale.ROOT);
      if (INSTALLATIONS.contains(before)) {
        return true; // "Joint Base Andrews", "Naval Station Norfolk": a base named after someone
      }
    }
    return lex.places.contains(joined) || words.size() >= 2 && lex.placeWords.contains(last);
  }

  /** Words before the name a military installation is given ("Joint Base Andrews"). */
  private static final Set<String> INSTALLATIONS = Set.of("base", "station");

  static boolean isOrganisation(List<String> words, Lexicons lex) {
    for (String w : words) {
      if (lex.orgWord(w)) {
        return true;
      }
    }
    String only = words.size() == 1 ? clean(words.get(0)) : "";
    // "visiting Washington, D.C.": a region in capitals is a place, not an acronym's body
    return only.length() >= 2
        && !lex.regions.contains(only)
        && only.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  /** A word without a possessive ending or trailing punctuation. */
  static String clean(String w) {
    // NOTE: called for every word of every name compared; char tests instead of replaceAll,
    // which compiled two patterns a call and was the extractor's largest cost.
    int end = w.length();
    if (end >= 2 && w.charAt(end - 1) == 's' && apostrophe(w.charAt(end - 2))) {
      end -= 2; // "Smith's"
    } else if (end >= 1 && apostrophe(w.charAt(end - 1))) {
      end -= 1; // "Reuters'"
    }
    while (end > 0 && ",;:>".indexOf(w.charAt(end - 1)) >= 0) { // ">": Reuters writes "<Teck Corp>"
      end--;
    }
    return end == w.length() ? w : w.substring(0, end);
  }

  private static boolean apostrophe(char ch) {
    return ch == '\'' || ch == '’';
  }
}
