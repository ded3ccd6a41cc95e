package org.corpusbot.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds who and where a sentence names: runs of capitalised tokens split into title and name and
 * classified as person, organisation or place, and described participants ("senior White House
 * officials", "her Moscow counterpart") built around a role noun.
 */
final class MentionFinder {
  private static final Set<String> STATE_BODY_WORDS =
      Set.of(
          "cabinet",
          "government",
          "parliament",
          "senate",
          "congress",
          "assembly",
          "foreign",
          "defense",
          "defence",
          "interior",
          "finance",
          "ministry",
          "office",
          "embassy",
          "army",
          "navy",
          "military",
          "police",
          "delegation");

  /**
   * A US politician's party and state after the name: "D-N.Y.", "R-S.C.", "I-Vt.", and a state of
   * two words in full, "D-New York".
   */
  private static final java.util.regex.Pattern PARTY_TAG =
      java.util.regex.Pattern.compile("[DRI]-[A-Z][A-Za-z.]{0,12}( [A-Z][A-Za-z.]{0,12})?");

  /**
   * A run ending in a name made an adjective ("the Academy Award-winning actor"): it names no one.
   * A run that only starts with one ("Kremlin-backed Wagner Group") names what follows it.
   */
  private static final java.util.regex.Pattern MODIFIER =
      java.util.regex.Pattern.compile(
          "\\p{L}[\\p{L}.']*-(?:winning|based|born|led|run|backed|owned|controlled|era|style|made"
              + "|linked|allied|leaning|aligned|appointed|funded|affiliated|sponsored|ruled|held"
              + "|occupied|friendly|bound|focused|related|themed|inspired|designed|built)[,.;:]?");

  /** Last words of towns named after their state: "Oklahoma City", "Colorado Springs". */
  private static final Set<String> TOWN_WORDS =
      Set.of("City", "Springs", "County", "Beach", "Falls", "Heights", "Rapids", "Park", "Bay");

  private final Lexicons lex;
  private final NameRuns runs;

  MentionFinder(Lexicons lex) {
    this.lex = lex;
    this.runs = new NameRuns(lex);
  }

  List<Mention> find(List<Token> tokens, NameRegistry names) {
    List<Mention> described = new ArrayList<>(CountryMentions.find(tokens, lex));
    for (Mention d : DescribedMentions.find(tokens)) {
      if (described.stream().noneMatch(c -> c.from() < d.to() && d.from() < c.to())) {
        Participant company = CountryMentions.bodyOf(d, tokens, names, lex);
        described.add(company == null ? d : new Mention(d.from(), d.to(), company, false));
      }
    }
    List<Mention> out = new ArrayList<>(described);
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      Optional<Mention> handle = Handles.at(tokens, i, names);
      if (handle.isPresent()) {
        out.add(handle.get());
        i = handle.get().to();
        continue;
      }
      if (!startsName(t)
          || insideAny(i, described)
          || sentenceStart(tokens, i) && CountryMentions.pastSentBy(tokens, i) >= 0) {
        // "Leaders of France and Germany met …" opening a sentence: the people of France, not a
        // body called "Leaders of France"
        i++;
        continue;
      }
      if (usaToday(tokens, i)) {
        // "the USA TODAY Editorial Board": the outlet ("TODAY" is otherwise a time word), not the
        // United States
        int j =
            i + 2 < tokens.size() && tokens.get(i + 2).capitalized()
                ? Math.max(i + 2, runs.end(tokens, i + 2, names))
                : i + 2;
        String name = NameParts.clean(tokens.get(i).word() + " " + tokens.get(i + 1).word());
        for (int k = i + 2; k < j; k++) {
          name = name + " " + tokens.get(k).word();
        }
        out.add(new Mention(i, j, new Participant(name, Participant.Kind.GROUP, null), false));
        i = j;
        continue;
      }
      int j = runs.end(tokens, i, names);
      Mention m = withoutModifier(classify(tokens, titleStart(tokens, i, out), i, j, names));
      if (m != null
          && m.participant().kind() == Participant.Kind.PERSON
          && names.journalist(m.participant().name())) {
        m = null; // "spoke to Tapper": the article named him as CNN's, an interviewer
      }
      if (m != null
          && m.participant().kind() == Participant.Kind.PERSON
          && Journalists.reporterBefore(tokens, i)) {
        m = null; // "Reporter Laura Litvan … after speaking with Gohmert": an interview
      }
      if (m != null && Journalists.after(tokens, j, m)) {
        // "NBC News reporter Dasha Burns said … in a phone call with Trump": an interview, so
        // neither the outlet nor its journalist takes part
        i = Journalists.past(tokens, j);
        continue;
      }
      if (m != null && i > 0 && indefiniteAcronym(tokens, i, j, m)) {
        m = null; // "speak with a UAP on a screen": a thing of a kind, not a named body
      }
      if (m != null && endsWithTitle(m.participant().name())) {
        m = null; // "the visiting European Council President": an office, no one named
      }
      if (m != null && PARTY_TAG.matcher(m.participant().name()).matches()) {
        m = null; // "Carl Stone, D-N.Y.,": his party and state, no one else
      }
      if (m != null) {
        int end =
            m.participant().kind() == Participant.Kind.GROUP ? NameRuns.tickerEnd(tokens, j) : j;
        if (end == j
            && bracketedFirm(tokens, m.from(), j)
            && !m.participant().name().equals(m.participant().name().toUpperCase(Locale.ROOT))) {
          end = j + 1; // "<National Amusements Inc> said": the bracket closes the name
        }
        out.add(end == j ? m : new Mention(m.from(), end, m.participant(), m.place()));
        j = end;
      }
      i = j;
    }
    List<Mention> titled = new ArrayList<>(TitleReferences.find(tokens, names, out));
    for (Mention office : NationalTitles.mentions(tokens, names, lex)) {
      if (titled.stream().noneMatch(r -> r.to() == office.to())) {
        titled.add(office); // "the Spanish king" may be the article's one king already
      }
    }
    out.removeIf( // "the president" described, unless the article names its one president
        m ->
            m.participant().kind() == Participant.Kind.DESCRIBED
                && titled.stream().anyMatch(r -> r.to() == m.to()));
    out.addAll(titled);
    out.removeIf(m -> bracketed(tokens, m));
    out.sort((a, b) -> a.from() - b.from());
    return Committees.resolved(
        tokens,
        CountryMentions.officialsOf(tokens, withoutNested(out)),
        names.committee("committee"),
        names.committee("panel"));
  }

  /**
   * Drops mentions inside another one's span ("State Department" in "State Department official
   * Victoria Nuland").
   */
  private static List<Mention> withoutNested(List<Mention> mentions) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      boolean nested = false;
      for (Mention o : mentions) {
        boolean inside =
            o.from() <= m.from() && m.to() <= o.to() && (o.to() - o.from()) > (m.to() - m.from());
        boolean overlapsPerson =
            o.participant().kind() == Participant.Kind.PERSON
                && m.participant().kind() != Participant.Kind.PERSON
                && o.from() < m.to()
                && m.to() <= o.to()
                && m.from() < o.from();
        if (o != m && (inside || overlapsPerson)) {
          nested =
              true; // part of a name or of its title ("Means Committee chairman Dan Rostenkowski")
          break;
        }
      }
      if (!nested) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * An organisation's name without a one-word modifier made of a name before it ("Milwaukee-based
   * Marine Corp", "Kremlin-backed Wagner Group"): the place or patron before the hyphen says where
   * the party is or who is behind it, and is no part of its name; the mention still covers it, as a
   * title would be. People lose such words with their titles already.
   */
  private static Mention withoutModifier(Mention m) {
    if (m == null || m.participant().kind() != Participant.Kind.GROUP) {
      return m;
    }
    String name = m.participant().name();
    int space = name.indexOf(' ');
    if (space < 0 || !MODIFIER.matcher(name.substring(0, space)).matches()) {
      return m;
    }
    return new Mention(
        m.from(),
        m.to(),
        new Participant(name.substring(space + 1), Participant.Kind.GROUP, null),
        m.place());
  }

  /** A name Reuters brackets as an unlisted firm: "<National Amusements Inc>". */
  private static boolean bracketedFirm(List<Token> tokens, int from, int to) {
    return from > 0
        && to < tokens.size()
        && tokens.get(from - 1).word().equals("<")
        && tokens.get(to).word().equals(">");
  }

  private static boolean usaToday(List<Token> tokens, int i) {
    return i + 1 < tokens.size()
        && tokens.get(i).word().equals("USA")
        && tokens.get(i + 1).lower().equals("today");
  }

  /** Whether token {@code i} opens a sentence: the text's first, or after . ! ? or a quote. */
  private static boolean sentenceStart(List<Token> tokens, int i) {
    return i == 0 || SENTENCE_ENDS.contains(tokens.get(i - 1).word());
  }

  private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", "“", "\"");

  private static boolean startsName(Token t) {
    return (t.capitalized() || t.allCaps())
        && !NameParts.NOT_NAMES.contains(t.lower())
        && Character.isLetter(t.word().charAt(0));
  }

  /**
   * Whether these words name a kind of state body that every country has ("Cabinet", "Foreign
   * Ministry", "Parliament"), so only the nationality before them says whose.
   */
  private static boolean generic(List<String> words) {
    for (String w : words) {
      if (!STATE_BODY_WORDS.contains(NameParts.clean(w).toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** Words that only say what kind of body it is ("Union", "Commission", "Airways"). */
  private boolean onlyBodyWords(List<String> words) {
    return words.stream().allMatch(lex::orgWord);
  }

  /**
   * A party's adjective opening an organisation's name is part of it ("Republican Study Committee",
   * "Democratic National Committee"), where a nationality only qualifies ("Soviet" officials).
   */
  private static final Set<String> PARTY_ADJECTIVES = Set.of("Democratic", "Republican");

  /**
   * A chamber after a party's adjective: "the Republican House Judiciary Committee" is the House's.
   */
  private static final Set<String> CHAMBERS = Set.of("House", "Senate");

  private boolean isDemonym(String w) {
    return lex.oneWordDemonym(NameParts.clean(w).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Where a name's title starts; a title reaching into an organisation named before it takes all of
   * it ("House Ways and Means Committee chairman Dan Rostenkowski"), not its last words.
   */
  private int titleStart(List<Token> tokens, int i, List<Mention> before) {
    int s = lowerTitleStart(tokens, i);
    for (Mention m : before) {
      if (m.from() < s && s < m.to()) {
        return m.from();
      }
    }
    return s;
  }

  /** Lower-case titles just before a name ("farm commissioner Frans Andriessen"). */
  private int lowerTitleStart(List<Token> tokens, int i) {
    int s = i;
    while (s > 0) {
      Token p = tokens.get(s - 1);
      boolean described = lex.oneWordTitle(p.lower()) || lex.oneWordDemonym(p.lower());
      if ((described || (p.capitalized() && s < i)) && !p.word().equals(",")) {
        s--;
      } else {
        break;
      }
      if (i - s > 4) {
        break;
      }
    }
    return s;
  }

  private Mention classify(
      List<Token> tokens, int titleFrom, int from, int to, NameRegistry names) {
    List<String> words = runWords(tokens, from, to);
    if (MODIFIER.matcher(words.get(words.size() - 1)).matches()) {
      return null; // "the Academy Award-winning actor": what kind of actor, no one named
    }
    words = undoubled(words);
    String lastWord = NameParts.clean(words.get(words.size() - 1)).toLowerCase(Locale.ROOT);
    if (words.size() == 1
        && from >= 2
        && tokens.get(from - 1).word().equals(",")
        && NameParts.COMPANY_SUFFIXES.contains(lastWord.replace(".", ""))) {
      return null; // "Petroleos de Venezuela, S.A.": the suffix after a comma is the name's, no one
    }
    if (words.size() >= 2 && NameParts.GENERIC_GROUPS.contains(lastWord)) {
      return null; // "Committee Chairmen and Ranking Members": no one named
    }
    if (words.size() == 2 && NameParts.SENT_PEOPLE.contains(lastWord)) {
      // "a number of U.N. Diplomats, including the representative of the Soviet Union": people
      // described, whose list goes on past them
      String described = NameParts.clean(String.join(" ", words));
      return new Mention(
          titleFrom, to, new Participant(described, Participant.Kind.DESCRIBED, null), false);
    }
    if (NameParts.isPlace(
        words, lex)) { // before a nationality is taken for a title: "Saudi Arabia"
      String place = NameParts.clean(String.join(" ", words));
      return new Mention(titleFrom, to, new Participant(place, Participant.Kind.GROUP, null), true);
    }
    int titleWords = NameParts.titleLength(words, lex);
    // a run that opens with the office's body may start with a nationality of it: "Secretary of
    // State for European Affairs Rozanne Ridgway"
    boolean bodyFirst = titleWords > 0 && NameParts.bodyEnd(words, 0, lex) >= titleWords;
    int of = titleWords == 0 || bodyFirst ? officeOfThe(tokens, from) : -1;
    boolean office = of >= 0;
    boolean afterName = // "Becerra of …", not "Secretary of …"
        office && NameParts.titleLength(List.of(tokens.get(of - 1).word()), lex) == 0;
    if (afterName && words.stream().allMatch(this::officeWord)) {
      return null; // the rest of a named person's office: "Becerra of Health and Human Services"
    }
    if (office) {
      titleWords =
          Math.max(titleWords, NameParts.bodyEnd(words, 0, lex)); // "Speaker of the House Nancy"
    }
    int inner = NameParts.afterInnerTitle(words, lex);
    if (inner > titleWords) {
      titleWords = inner; // "IMF Managing Director Michel Camdessus": the name follows the title
    }
    String wholeOrg =
        titleWords > 0
            ? names.organisationStartingWith(NameParts.clean(String.join(" ", words)))
            : null;
    if (wholeOrg != null) {
      // "General Acquisition made its statement" where the story names "General Acquisition Co":
      // the company, not a general called Acquisition
      return new Mention(
          titleFrom, to, new Participant(wholeOrg, Participant.Kind.GROUP, null), false);
    }
    List<String> name = words.subList(titleWords, words.size());
    if (name.size() == 1 && NameParts.isGeneration(NameParts.clean(name.get(0)))) {
      return null; // "Martin Luther King Jr.": "King" read as a title leaves no name
    }
    String title = title(tokens, titleFrom, from + titleWords);
    if (name.isEmpty()) { // all qualifiers: "European Community", "State Department", "OPEC"
      return NameParts.isOrganisation(words, lex)
          ? new Mention(
              titleFrom,
              to,
              new Participant(
                  NameParts.clean(String.join(" ", words)), Participant.Kind.GROUP, null),
              false)
          : null;
    }
    String joined = NameParts.clean(String.join(" ", name));
    if (name.size() == 1
        && titleWords > 0
        && words.subList(0, titleWords).stream().allMatch(this::isDemonym)
        && names.fullName(joined) == null
        && !lex.places.contains(joined)
        && !lex.regions.contains(joined)
        && !joined.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
      // "American Express": a nationality alone is no title, and one word after it no surname
      // (not "heavily Democratic Maryland", a place, nor "British PM", an acronym)
      return new Mention(
          titleFrom,
          to,
          new Participant(NameParts.clean(String.join(" ", words)), Participant.Kind.GROUP, null),
          false);
    }
    if (Clause.platform(joined)) {
      return new Mention(
          titleFrom, to, new Participant(joined, Participant.Kind.GROUP, null), true);
    }
    String initialled = words.size() == 1 ? names.byInitials(joined) : null;
    if (initialled != null) {
      // "MBS" where the story names Mohammed bin Salman: the person, not an organisation
      return new Mention(
          titleFrom, to, new Participant(initialled, Participant.Kind.PERSON, title), false);
    }
    if (lex.places.contains(joined)) {
      return new Mention(
          titleFrom, to, new Participant(joined, Participant.Kind.GROUP, null), true);
    }
    String org =
        name.size() == 1 && names.tickerOwner(joined) != null
            ? names.tickerOwner(joined)
            : names.organisationStartingWith(joined);
    if (org == null && NameParts.isOrganisation(name, lex)) {
      org = names.organisationEndingWith(joined); // "the Freedom Caucus": "House Freedom Caucus"
    }
    if (org != null) {
      return new Mention(titleFrom, to, new Participant(org, Participant.Kind.GROUP, null), false);
    }
    if (name.size() == 2 && NameParts.isGeneration(NameParts.clean(name.get(1)))) {
      String full = names.fullName(name.get(0));
      String generation = NameParts.clean(name.get(1)).replace(".", "");
      if (full != null && full.replace(".", "").endsWith(" " + generation)) {
        // "Marcos Jr." where the story named "Ferdinand Marcos Jr." before
        return new Mention(
            titleFrom, to, new Participant(full, Participant.Kind.PERSON, title), false);
      }
    }
    String described = describedFullName(tokens, titleFrom, name, names);
    if (described != null) {
      return new Mention(
          titleFrom, to, new Participant(described, Participant.Kind.PERSON, title), false);
    }
    if (name.size() >= 2 && NameParts.isPersonName(name, lex, title != null)) {
      return new Mention(
          titleFrom, to, new Participant(joined, Participant.Kind.PERSON, title), false);
    }
    if (inner > 0
        && name.size() == 1
        && fullName(joined, title, names, tokens.get(titleFrom).start()) != null) {
      // "Supreme Court Justice Alito": a body's word before the title does not make the surname
      // after it a body
      return new Mention(
          titleFrom,
          to,
          new Participant(
              fullName(joined, title, names, tokens.get(titleFrom).start()),
              Participant.Kind.PERSON,
              title),
          false);
    }
    String ofPlace = personFrom(name, title, names); // "Dan Rostenkowski of Illinois"
    if (ofPlace != null) {
      return new Mention(
          titleFrom, to, new Participant(ofPlace, Participant.Kind.PERSON, title), false);
    }
    if (NameParts.isOrganisation(words, lex)) {
      // Organisations have no titles: "General Motors Corp" keeps its "General".
      List<String> own = withoutNationality(words);
      String whole = NameParts.clean(String.join(" ", own));
      if (own.size() == 1 && NameParts.KIND_ONLY.contains(whole.toLowerCase(Locale.ROOT))) {
        return null; // "Administration officials met …", "the Department said": whose, unsaid
      }
      return new Mention(
          titleFrom, to, new Participant(whole, Participant.Kind.GROUP, null), false);
    }
    if (namedAfterState(name, joined)) {
      return new Mention(
          titleFrom, to, new Participant(joined, Participant.Kind.GROUP, null), false);
    }
    if (name.size() == 1) {
      String full = fullName(joined, title, names, tokens.get(titleFrom).start());
      if (full != null) {
        return new Mention(
            titleFrom, to, new Participant(full, Participant.Kind.PERSON, title), false);
      }
      if (title != null && NameParts.isPersonName(name, lex)) {
        return new Mention(
            titleFrom, to, new Participant(joined, Participant.Kind.PERSON, title), false);
      }
      if (title == null && (NameParts.isCamelCaseBrand(joined) || names.organisationWord(joined))) {
        return new Mention(
            titleFrom, to, new Participant(joined, Participant.Kind.GROUP, null), false);
      }
    }
    String before = titleFrom > 0 ? tokens.get(titleFrom - 1).lower() : "";
    if (title == null && name.size() <= 2 && (before.equals("in") || before.equals("at"))) {
      // An unknown name after "in"/"at" is where something happened ("in Tarvik"): the place
      // list cannot hold every town.
      return new Mention(
          titleFrom, to, new Participant(joined, Participant.Kind.GROUP, null), true);
    }
    return null;
  }

  /** The words of a run, a hyphenated compound as one word ("Jean-Pascal"). */
  private static List<String> runWords(List<Token> tokens, int from, int to) {
    List<String> words = new ArrayList<>();
    for (int k = from; k < to; k++) {
      Token tok = tokens.get(k);
      if (k > from && tok.hyphenatedTo(tokens.get(k - 1))) {
        words.set(words.size() - 1, words.get(words.size() - 1) + tok.word());
      } else {
        // "Women's National Basketball Players Association": a possessive inside a run is the
        // name's own word, written as it is
        words.add(k + 1 < to && tok.possessive() ? tok.text() : tok.word());
      }
    }
    return words;
  }

  /**
   * An organisation's name without a nationality before it ("Japanese Nomura Securities"), which is
   * no part of it; but "American Motors Corp" keeps its "American", "the Danish Cabinet" its
   * "Danish" (without it a cabinet or a foreign ministry is no one's), "the European Union" its
   * "European" ("Union" alone names no body), "Republican House …" its party.
   */
  private List<String> withoutNationality(List<String> words) {
    boolean strip =
        isDemonym(words.get(0))
            && !(PARTY_ADJECTIVES.contains(NameParts.clean(words.get(0)))
                && !CHAMBERS.contains(NameParts.clean(words.get(1))))
            && words.size() > 1
            && !NameParts.COMPANY_SUFFIXES.contains(
                NameParts.clean(words.get(words.size() - 1)).toLowerCase(Locale.ROOT))
            && !generic(words.subList(1, words.size()))
            && !namedByNationality(words)
            && !onlyBodyWords(words.subList(1, words.size()));
    return strip ? words.subList(1, words.size()) : words;
  }

  /**
   * "American Trust of Hendersonville", "British Petroleum": an organisation word right after the
   * nationality, which then names the firm; not a state's body ("U.S. House Oversight and Reform
   * Committee", "Soviet Ministry of …", "U.S. Customs"), whose nationality only says whose.
   */
  private boolean namedByNationality(List<String> words) {
    String second = NameParts.clean(words.get(1)).toLowerCase(Locale.ROOT);
    return lex.orgWords.contains(second)
        && !STATE_BODY_WORDS.contains(second)
        && !CHAMBERS.contains(NameParts.clean(words.get(1)))
        && !STATE_OFFICES.contains(second);
  }

  /** State bodies beside {@link #STATE_BODY_WORDS}: "U.S. Customs", "Soviet Agency …". */
  private static final Set<String> STATE_OFFICES = Set.of("customs", "department", "agency");

  /**
   * "Illinois Regional had discussions with …", "Michigan National": a body named after its state
   * (the state's word keeps it from being read as a person's name); not "Oklahoma City", "a
   * Connecticut Democrat", "Delaware Online/", a site or an outlet.
   */
  private boolean namedAfterState(List<String> name, String joined) {
    return name.size() >= 2
        && lex.regions.contains(NameParts.clean(name.get(0)))
        && !NameParts.isSite(joined, lex)
        && !TOWN_WORDS.contains(NameParts.clean(name.get(name.size() - 1)))
        && !NameParts.partisan(name.get(name.size() - 1))
        && !Clause.mediaName(joined)
        && Character.isLetter(joined.charAt(joined.length() - 1));
  }

  /** Titles a monarch or royal holds before a given name: "King Charles", "Sheikh Mohammed". */
  private static final Set<String> ROYAL =
      Set.of(
          "king",
          "queen",
          "emperor",
          "empress",
          "sultan",
          "emir",
          "pope",
          "prince",
          "princess",
          "sheikh",
          "sheik");

  /**
   * The full name of the one-word name after a title. After a royal title the word is a given name:
   * "King Salman" is not Crown Prince Mohammed bin Salman, though "King Charles" is Charles III.
   */
  private static String fullName(String word, String title, NameRegistry names, int at) {
    // a titled surname ("Mr. Trump", "President Biden") is the one the text names, never a
    // relative the headline names ("Ivanka Trump joins father …")
    String full = title == null ? names.fullNameAt(word, at) : names.fullName(word);
    Genders.Gender gender = Genders.ofCourtesyTitle(title);
    if (full != null
        && gender != null
        && Genders.ofName(full) != null
        && Genders.ofName(full) != gender) {
      // "Mrs. Clinton" is not Bill Clinton, named first: the one Clinton the title fits, or no one
      full = names.fullNameOfGender(word, gender);
    }
    return full != null && royal(title) && !full.startsWith(word + " ") ? null : full;
  }

  private static boolean royal(String title) {
    if (title == null) {
      return false;
    }
    String last = title.substring(title.lastIndexOf(' ') + 1);
    return ROYAL.contains(NameParts.clean(last).toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the mention at {@code [i, j)} is an acronym alone after "a" or "an": a thing of a kind
   * ("a UAP", "an IED"), since a body's name takes no indefinite article ("an FBI agent" is a
   * modifier, dropped before this).
   */
  private static boolean indefiniteAcronym(List<Token> tokens, int i, int j, Mention m) {
    String before = tokens.get(i - 1).lower();
    return (before.equals("a") || before.equals("an"))
        && j == i + 1
        && m.participant().kind() == Participant.Kind.GROUP
        && tokens.get(i).word().matches("\\p{Lu}{2,}")
        && (j == tokens.size()
            || PHRASE_ENDS.contains(tokens.get(j).tag())
            || tokens.get(j).word().equals("."));
  }

  /**
   * Parts of speech after a noun phrase's last word: "a UAP on a screen" ends at the acronym, "a UN
   * fact-finding mission", "a US negotiating team", "a UN-led mission", "a NATO, EU and UN team" do
   * not (a full stop ends it too).
   */
  private static final Set<String> PHRASE_ENDS = Set.of("ADP", "SCONJ", "PART");

  /** Whether a name of two words or more ends with a one-word title ("Equalities Minister"). */
  private boolean endsWithTitle(String name) {
    int space = name.lastIndexOf(' ');
    if (space < 0) {
      return false;
    }
    String last = NameParts.clean(name.substring(space + 1)).toLowerCase(Locale.ROOT);
    return OFFICES.contains(last) && lex.titles.contains(List.of(last));
  }

  /** Heads of offices a name cannot end with. */
  private static final Set<String> OFFICES =
      Set.of(
          "president",
          "minister",
          "chairman",
          "secretary",
          "governor",
          "director",
          "chancellor",
          "ambassador",
          "spokesman",
          "spokeswoman",
          "premier");

  /**
   * A name written twice in a row, as picture galleries repeat it ("Prime Minister Boris Johnson
   * Johnson meets …", "Prince Charles Prince Charles meets …"): once.
   */
  static List<String> undoubled(List<String> words) {
    int n = words.size();
    if (n >= 2 && n % 2 == 0 && words.subList(0, n / 2).equals(words.subList(n / 2, n))) {
      return new ArrayList<>(words.subList(0, n / 2));
    }
    if (n >= 2 && NameParts.clean(words.get(n - 1)).equals(NameParts.clean(words.get(n - 2)))) {
      return new ArrayList<>(words.subList(0, n - 1));
    }
    return words;
  }

  /**
   * The full name the story gives elsewhere at the end of a run after an article ("the White
   * Nationalist Nick Fuentes" where the story names Nick Fuentes): the words before it describe
   * him, capitalised or not; null when no such name ends the run.
   */
  private String describedFullName(
      List<Token> tokens, int from, List<String> name, NameRegistry names) {
    if (name.size() < 3 || from == 0 || !ARTICLES.contains(tokens.get(from - 1).lower())) {
      return null;
    }
    for (String w : name) {
      if (lex.orgWord(w)) {
        return null; // "the House Committee on Foreign Affairs": a body's name, whole
      }
    }
    for (int k = 1; k + 2 <= name.size(); k++) {
      String tail = NameParts.clean(String.join(" ", name.subList(k, name.size())));
      if (names.isFullName(tail)) {
        return tail;
      }
    }
    return null;
  }

  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  /**
   * The person in "NAME of PLACE" ("Senator Pete Domenici of New Mexico", "King Hussein of
   * Jordan"): a full name, or one name after a title; null when the words before "of" are no
   * person's.
   */
  private String personFrom(List<String> name, String title, NameRegistry names) {
    int of = name.indexOf("of");
    if (of < 1) {
      return null;
    }
    List<String> before = name.subList(0, of);
    if (!NameParts.isPersonName(before, lex) || before.size() == 1 && title == null) {
      return null;
    }
    return names.canonical(NameParts.clean(String.join(" ", before)));
  }

  /**
   * Whether a run continues an office's body after "TITLE of": "President of the United States Joe
   * Biden", "Secretary of Health and Human Services Xavier Becerra" (where the run starts at
   * "Human"), a name's office in a list ("Xavier Becerra of Health and Human Services"): where that
   * "of" stands, else -1.
   */
  private int officeOfThe(List<Token> tokens, int from) {
    for (int k = from - 1; k >= Math.max(1, from - 6); k--) {
      String w = tokens.get(k).lower();
      Token before = tokens.get(k - 1);
      if (w.equals("of")
          && (before.capitalized() // "Xavier Becerra of Health and Human Services"
              || NameParts.titleLength(List.of(before.word()), lex) > 0)) {
        return k < from - 1 ? k : -1;
      }
      if (w.equals("for") && NameParts.titleLength(List.of(before.word()), lex) > 0) {
        // "Minister for Foreign Affairs Penny Wong", "Special Representative for Ukraine's
        // Economic Recovery Penny Pritzker": a run never starts before "for", so it may be next
        return k;
      }
      boolean link = w.equals("the") || w.equals("and") || w.equals("for");
      if (!link && !(tokens.get(k).capitalized() && NameParts.bodyWord(w, lex))) {
        return -1;
      }
    }
    return -1;
  }

  private boolean officeWord(String w) {
    String l = NameParts.clean(w).toLowerCase(Locale.ROOT);
    return NameParts.bodyWord(w, lex) || l.equals("and") || l.equals("the") || l.equals("of");
  }

  private static String title(List<Token> tokens, int from, int to) {
    if (to <= from) {
      return null;
    }
    String last = tokens.get(to - 1).word();
    if (to - from == 1
        && (last.equals("Presidents") || last.equals("Ministers") || last.equals("Leaders"))) {
      return last.substring(0, last.length() - 1); // "Presidents Putin and Biden": each a President
    }
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(tokens.get(k).word());
    }
    return sb.toString();
  }

  /**
   * A stock ticker ("<MONI.MI>") or an acronym repeating the name before it ("Export Credits
   * Guarantee Department (ECGD)"): not a participant of its own.
   */
  private static boolean bracketed(List<Token> tokens, Mention m) {
    if (m.from() == 0 || m.to() >= tokens.size() || m.to() - m.from() != 1) {
      return false;
    }
    String open = tokens.get(m.from() - 1).word();
    String close = tokens.get(m.to()).word();
    boolean allCaps = tokens.get(m.from()).allCaps();
    return allCaps
        && (open.equals("<") && close.equals(">") || open.equals("(") && close.equals(")"));
  }

  private static boolean insideAny(int i, List<Mention> spans) {
    for (Mention m : spans) {
      if (i >= m.from() && i < m.to()) {
        return true;
      }
    }
    return false;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
