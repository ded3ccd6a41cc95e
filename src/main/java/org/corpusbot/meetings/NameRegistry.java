package org.corpusbot.meetings;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpusbot.corpus.SentenceSplitter;
import org.corpusbot.corpus.Span;

/**
 * The full names of people in one article, so that a later "Biden" or "Putin's" is "Joe Biden" and
 * "Vladimir Putin". Found with a cheap pattern over the whole text (capitalised word runs of two or
 * more), titles, places and organisations removed. The first full name with a given last name wins,
 * with two exceptions: a junior named first wins against a relative of another first name only (see
 * {@link #junior}), and before the text names anyone of that surname in full, the headline's person
 * is the one meant (see {@link #fullNameAt}).
 */
final class NameRegistry {
  /** Capitalised words in a row, never across a line break (a heading ends at its line). */
  private static final Pattern RUN =
      Pattern.compile(
          "\\b\\p{Lu}(?:[\\p{L}'’-]+|\\.(?:\\p{Lu}\\.){0,2})(?:[^\\S\\n]+(?:(?:de|van|von|der|da|du|di|bin|al|el|la|le|of|of the)[^\\S\\n]+)?(?:(?:al|el|ad|ar|as|an|at|az)-)?\\p{Lu}(?:[\\p{L}'’-]+|\\.(?:\\p{Lu}\\.){0,2}))+");

  /**
   * "CNN's Jake Tapper", "Fox News' chief White House correspondent John Roberts": an outlet's
   * journalist. Up to three words between, or six when the last is a journalist's ("latest national
   * poll shows Donald Trump" is no journalist); not a person's possessive ("Michael Bloomberg's").
   */
  private static final Pattern MEDIA_BEFORE =
      Pattern.compile(
          "(?<!\\p{Lu}\\p{L}{1,20}\\s)\\b(?:CNN|NBC|ABC|CBS|Fox News|MSNBC|NPR|BBC|PBS|CNBC|Bloomberg"
              + "|Reuters)['’]s?(?:(?:\\s+[a-z]+){0,3}|(?:\\s+[a-z]+){0,5}\\s+(?:reporter|correspondent"
              + "|anchor|host|journalist|columnist|interviewer|editor|producer|analyst|contributor))"
              + "\\s+$");

  /**
   * "Kasie Hunt of CNN", "Ana Lutz of NBC News": an outlet's journalist named before it; not "of
   * NBC Universal", "of Bloomberg Philanthropies", "of ABC parent Disney".
   */
  private static final Pattern MEDIA_AFTER =
      Pattern.compile(
          "[^\\S\\n]+of[^\\S\\n]+(?:CNN|NBC|ABC|CBS|Fox News|MSNBC|NPR|BBC|PBS|CNBC|Bloomberg"
              + "|Reuters)(?:[^\\S\\n]+(?:News|International|NewsHour|Channel|Breakingviews"
              + "|Business|Radio))?\\b(?![^\\S\\n]+(?:\\p{Lu}|parent\\b))");

  private static final Pattern MEDIA_OWNER =
      Pattern.compile("(?:CNN|NBC|ABC|CBS|MSNBC|NPR|BBC|PBS|CNBC|Bloomberg|Reuters)['’]s?");
  private static final Pattern TICKER = Pattern.compile("\\s*[<(]([A-Z][A-Z0-9.&-]{1,9})[>)]");

  /** Words that open a clause before a name: "When E. Jean Carroll took the stand …". */
  private static final Set<String> CLAUSE_OPENERS =
      Set.of(
          "when",
          "after",
          "as",
          "while",
          "before",
          "since",
          "if",
          "although",
          "though",
          "because",
          "until",
          "once",
          "whether",
          "where");

  /** A family name with its Arabic article: "al-assad", "el-sisi". */
  private static final Pattern ARTICLED =
      Pattern.compile(NameParts.ARABIC_ARTICLE.pattern().replace("-?", "-") + "\\p{L}{2,}.*");

  /** A possessive word: "Alaska's", "Hamas’". */
  private static final Pattern OWNER = Pattern.compile(".+['’]s?");

  /** "first lady Jill Biden": the title a later "the first lady" stands for. */
  private static final Pattern FIRST_LADY =
      Pattern.compile("\\b[Ff]irst [Ll]ady,? (\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+)+)");

  private final Map<String, String> bySurname = new HashMap<>();

  /**
   * People by the office their title ends with ({@link #office}), "former:" before a former one.
   */
  private final Map<String, Set<String>> officeHolders = new HashMap<>();

  /**
   * The office a title ends with, lower case: "vice president", "prime minister", else its last
   * word ("governor" for "Gov.").
   */
  static String office(List<String> titles) {
    String last = NameParts.clean(titles.get(titles.size() - 1)).toLowerCase(Locale.ROOT);
    String before =
        titles.size() >= 2
            ? NameParts.clean(titles.get(titles.size() - 2)).toLowerCase(Locale.ROOT)
            : "";
    if (before.equals("vice") || before.equals("prime")) {
      return before + " " + last;
    }
    return OFFICE_ABBREVIATIONS.getOrDefault(last, last);
  }

  /**
   * The office an abbreviated title right before {@code at} gives ("Gov. Ana Lind": the runs of
   * names stop at its full stop), or null.
   */
  private static String abbreviatedOffice(String text, int at) {
    int from = Math.max(0, at - 5);
    String before = text.substring(from, at);
    return before.endsWith("Gov. ") ? "governor" : before.endsWith("Sen. ") ? "senator" : null;
  }

  private static final Map<String, String> OFFICE_ABBREVIATIONS =
      Map.of("gov", "governor", "gov.", "governor", "sen", "senator", "sen.", "senator");

  /**
   * The one person the article gives the office ("vice president", "governor"), by full name; null
   * when it gives it to none or to several, or a former holder is named too.
   */
  String soleHolder(String office) {
    Set<String> held = officeHolders.getOrDefault(office, Set.of());
    if (held.size() != 1 || held.iterator().next().startsWith("former:")) {
      return null;
    }
    String holder = held.iterator().next();
    boolean other =
        otherHolders.computeIfAbsent(office + "\n" + holder, k -> otherHolderNamed(office, holder));
    return other ? null : holder;
  }

  /**
   * {@link #otherHolderNamed} by office and holder, kept: each reference to the office asks again,
   * and each answer reads the whole text twice.
   */
  private final Map<String, Boolean> otherHolders = new HashMap<>();

  /**
   * Whether the text gives the office to someone else in lower case, which no title records:
   * "Florida's governor, Ron DeSantis", "Tom Lind, a vice president at Acme".
   */
  private boolean otherHolderNamed(String office, String holder) {
    String name = "(\\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+)+)";
    String o = Pattern.quote(office);
    Pattern after = Pattern.compile("(?i:\\b" + o + ")(?:,)? " + name);
    Pattern before =
        Pattern.compile(
            name + ", (?:a|an|the|[\\p{L}]+['’]s) (?:[\\p{L}-]+ ){0,3}(?i:" + o + ")\\b");
    for (Pattern p : List.of(after, before)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        String named = canonical(NameParts.clean(m.group(1)));
        String last = named.substring(named.lastIndexOf(' ') + 1);
        if (!named.equals(holder) && !holder.endsWith(" " + last)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "Turgut Ozal" → {"turkish", "prime", "minister"}: the words of the titles a person is given.
   */
  private final Map<String, Set<String>> titlesOf = new HashMap<>();

  /** "marcos" → "Ferdinand Marcos Jr.": full names ending with a generation, by the surname. */
  private final Map<String, String> juniors = new HashMap<>();

  /** Where each of {@link #juniors} is first named. */
  private final Map<String, Integer> juniorsAt = new HashMap<>();

  /** Titles a surname is given alone ("President Trump": "trump" → "president"). */
  private final Map<String, Set<String>> surnameTitles = new HashMap<>();

  /** Full names by surname and a title they were given ("trump|president" → "Donald Trump"). */
  private final Map<String, Set<String>> titledBearers = new HashMap<>();

  private final Map<String, String> firstNames = new HashMap<>();

  /** "MBS" → "Mohammed bin Salman": initials of three letters or more; null when two share them. */
  private final Map<String, String> byInitials = new HashMap<>();

  private final TreeMap<Integer, String> people = new TreeMap<>();
  private final TreeMap<Integer, String> subjects = new TreeMap<>();

  /** Of {@link #subjects}, those whose name (or title) is the sentence's first word. */
  private final TreeMap<Integer, String> openers = new TreeMap<>();

  private final Map<String, String> orgsByStart = new HashMap<>();

  /** One-word organisations by what the story says of them ("a Sabena spokesman"), lower case. */
  private final Set<String> organisationWords;

  /** Organisations known by one word ({@link Lexicons#oneWordOrgs}). */
  private final Set<String> knownOrganisations;

  /**
   * Words that qualify a body whose name news often drops: "House Freedom Caucus" is "the Freedom
   * Caucus" later, "US Fifth Fleet" "the Fifth Fleet".
   */
  private static final Set<String> CHAMBERS = Set.of("House", "Senate", "US", "U.S.", "UN", "EU");

  /** Those bodies by their last two words ("freedom caucus"); "" when two share them. */
  private final Map<String, String> orgsByTail = new HashMap<>();

  private final Map<String, String> byTitle = new HashMap<>();

  /** Holders named by one word after their title, when no full name holds it: "Pope Francis". */
  private final Map<String, String> byTitleOneName = new HashMap<>();

  /** Titles two one-word holders share, or a former holder has: they stand for no one. */
  private final Set<String> sharedTitles = new HashSet<>();

  /**
   * Titles whose one-word holder the article names before any holder in full ("Pope Francis" … "a
   * statue of Pope John Paul II"): when the two are different people, "the pope" is neither.
   */
  private final Set<String> oneNameFirst = new HashSet<>();

  private final Map<String, String> companiesByFirst = new HashMap<>();
  private final Map<String, String> tickers = new HashMap<>();
  private final Set<String> journalists = new HashSet<>();

  /** Journalists known by their full name only ("Kasie Hunt of CNN"). */
  private final Set<String> journalistNames = new HashSet<>();

  private final Map<String, String> titled = new HashMap<>();
  private final Map<String, Integer> lastNameAt = new HashMap<>();
  private final Set<String> shown = new HashSet<>();
  private final Presidents presidents = new Presidents();

  private final NationalTitles offices = new NationalTitles();

  /** The article's text and headline, for how often a name occurs in it. */
  private final String text;

  /** Where the headline starts in {@link #text} (its length when there is none). */
  private final int headlineAt;

  /** Full names the headline gives, by surname: "biden" → "Hunter Biden". */
  private final Map<String, String> headlineNames = new HashMap<>();

  NameRegistry(String text, Lexicons lex) {
    this(text, text.length(), lex);
  }

  /** {@code text}: the article's text, then from {@code headlineAt} on its headline. */
  NameRegistry(String text, int headlineAt, Lexicons lex) {
    this.text = text;
    this.headlineAt = headlineAt;
    Matcher m = RUN.matcher(text);
    while (m.find()) {
      // "When E. Jean Carroll took the stand": a clause's opening word is no part of the name
      // (only those: what follows "The", "And" or "Former" is as often no one's name, "The Gulf
      // States", "Former Marine Paul Whelan")
      List<String> words = List.of(m.group().split("\\s+"));
      if (words.size() > 2 && CLAUSE_OPENERS.contains(words.get(0).toLowerCase(Locale.ROOT))) {
        words = words.subList(1, words.size());
      }
      if (m.start() > 0 && text.charAt(m.start() - 1) == '.') {
        // a run glued to a full stop ("… the state funeral.Huddled in heavy coats …"): its first
        // word opens a sentence the text ran on into, no part of a name
        words = words.subList(1, words.size());
      }
      if (words.isEmpty()) {
        continue;
      }
      int portfolio = portfolioAhead(m.start(), words, lex);
      if (portfolio > 0) {
        // "Secretary of State for Economic Affairs Allen Wallis": the run starts after "for", so
        // no title was seen before the office's portfolio
        words = words.subList(portfolio, words.size());
      }
      if (words.size() > 1 && MEDIA_OWNER.matcher(words.get(0)).matches()) {
        words = words.subList(1, words.size()); // "CNN's Jake Tapper"
        journalists.add(NameParts.clean(words.get(words.size() - 1)).toLowerCase(Locale.ROOT));
      }
      List<String> name = NameParts.withoutTitle(words, lex);
      if (NameParts.dottedAcronym(words.get(0)) && name.size() == words.size() - 1) {
        // "U.S. Marine Paul Whelan": what the country qualifies, when no title follows it, is no
        // one's full name ("U.S. Secretary of State Antony Blinken" loses its title and stays one)
        continue;
      }
      boolean withTitle = name.size() < words.size();
      int titleWords = words.size() - name.size(); // what follows the name is cut below
      int of = name.indexOf("of");
      if (of > 0
          && !NameParts.isPersonName(name, lex)
          && NameParts.isPersonName(name.subList(0, of), lex)) {
        name = name.subList(0, of); // "Queen Ingrid II of Norland": "Ingrid II"
      }
      name = ownerOnly(name, lex);
      if (name.size() >= 2 && OWNER.matcher(name.get(0)).matches()) {
        // "Musk’s SpaceX", "Fox’s Sean Hannity", "Trump's Butler": what is owned, not the owner
        // glued to it; a single word left is no full name
        name = name.subList(1, name.size());
      }
      if (withTitle
          && words.size() >= 3
          && NameParts.COMPANY_SUFFIXES.contains(
              NameParts.clean(words.get(words.size() - 1)).toLowerCase(Locale.ROOT))) {
        // "General Acquisition Co": a company whose first word is also a title; a later "General
        // Acquisition" is the company, not a general
        orgsByStart.putIfAbsent(firstTwo(words), NameParts.clean(String.join(" ", words)));
      }
      if (name.size() >= 3 && NameParts.isOrganisation(name, lex)) {
        String org = NameParts.clean(String.join(" ", name));
        orgsByStart.putIfAbsent(firstTwo(name), org);
        if (name.size() == 3 && CHAMBERS.contains(NameParts.clean(name.get(0)))) {
          String tail =
              NameParts.clean(String.join(" ", name.subList(1, 3))).toLowerCase(Locale.ROOT);
          String held = orgsByTail.putIfAbsent(tail, org);
          if (held != null && !held.equals(org)) {
            orgsByTail.put(tail, ""); // "House Intelligence Committee", "Senate Intelligence …"
          }
        }
      }
      registerCompany(withoutFiller(words), lex, text, m.end());
      boolean afterTitle =
          name.size() == 1
              && words.size() > 1
              && lex.titles.contains(
                  List.of(NameParts.clean(words.get(words.size() - 2)).toLowerCase(Locale.ROOT)));
      if (afterTitle && NameParts.isPersonName(name, lex)) { // "President Reagan"
        String one = NameParts.clean(name.get(0));
        titled.putIfAbsent(one.toLowerCase(Locale.ROOT), one);
        lastNameAt.putIfAbsent(one.toLowerCase(Locale.ROOT), m.start());
        // "Pope Francis", "Queen Elizabeth": later "the pope", "the Queen"; no one when two hold
        // the title ("Pope Benedict … Pope Francis") or the holder is a former one
        String title = NameParts.clean(words.get(words.size() - 2)).toLowerCase(Locale.ROOT);
        surnameTitles
            .computeIfAbsent(one.toLowerCase(Locale.ROOT), k -> new HashSet<>())
            .add(title);
        if (!byTitle.containsKey(title)) {
          oneNameFirst.add(title);
        }
        String held = byTitleOneName.putIfAbsent(title, one);
        if (held != null && !held.equals(one) || formerBefore(text, m.start())) {
          sharedTitles.add(title);
        }
        presidents.record(
            words.subList(0, words.size() - 1), one, formerBefore(text, m.start()), lex);
      }
      String full = NameParts.clean(String.join(" ", name));
      if (name.size() >= 2
          && NameParts.isPersonName(name, lex, withTitle)
          && !Clause.platform(full)) { // "Truth Social"
        String last = surnameKey(name.get(name.size() - 1));
        if (NameParts.isRegnal(name.get(name.size() - 1)) && name.size() == 2) {
          last =
              NameParts.clean(name.get(0)).toLowerCase(Locale.ROOT); // "Margrethe II": "Margrethe"
        }
        if (NameParts.isGeneration(last) && name.size() >= 3) {
          // "Ferdinand Marcos Jr.": later "Marcos" or "Marcos Jr." is he, unless the story names
          // someone else "Marcos" (his father), so only after every other full name is in
          String family = NameParts.clean(name.get(name.size() - 2)).toLowerCase(Locale.ROOT);
          juniors.putIfAbsent(family, full);
          juniorsAt.putIfAbsent(family, m.start());
        }
        bySurname.putIfAbsent(last, full);
        if (m.start() >= headlineAt) {
          headlineNames.putIfAbsent(last, full);
        }
        if (withTitle || name.stream().anyMatch(NameRegistry::abbreviable)) {
          initials(
              name, full); // not "the Joint Security Area" (JSA), read as a name of three words
        }
        if (ARTICLED.matcher(last).matches()) { // "al-zawahiri": later "Zawahiri" alone, too
          bySurname.putIfAbsent(last.substring(last.indexOf('-') + 1), full);
        }
        lastNameAt.putIfAbsent(last, m.start());
        if (name.size() >= 3
            && name.stream().noneMatch(w -> Character.isLowerCase(w.charAt(0)))
            && (!OWNER.matcher(name.get(0)).matches() || NameParts.isOrganisation(name, lex))) {
          // not "Alaska's Seward Peninsula" (but "Moody's Investors Service")
          // "Lim Keng Yaik", "Lho Shin-yong": family name first, and later "Lim" alone
          firstNames.putIfAbsent(NameParts.clean(name.get(0)).toLowerCase(Locale.ROOT), full);
        }
        people.put(m.start(), full);
        if (MEDIA_BEFORE.matcher(text).region(Math.max(0, m.start() - 80), m.start()).find()) {
          journalists.add(last); // "CNN's Jake Tapper": an interview, never a contact
        }
        if (outletAfter(m, name.get(name.size() - 1))) {
          // "Kasie Hunt of CNN": by her full name only, so that Chancellor Jeremy Hunt in the
          // same story still meets people
          journalistNames.add(full);
        }
        if (withTitle) {
          shown.add(full); // "President Omar Lind": a person
        }
        List<String> titles = words.subList(0, titleWords);
        boolean out = formerBefore(text, m.start()) || outOfOffice(titles);
        for (String title : titles) {
          byTitle.putIfAbsent(NameParts.clean(title).toLowerCase(Locale.ROOT), full);
          if (out) {
            continue; // "former President Bill Clinton" is not whom "President Clinton" now names
          }
          titlesOf
              .computeIfAbsent(full, k -> new HashSet<>())
              .add(NameParts.clean(title).toLowerCase(Locale.ROOT));
          titledBearers
              .computeIfAbsent(
                  last + "|" + NameParts.clean(title).toLowerCase(Locale.ROOT),
                  k -> new HashSet<>())
              .add(full);
        }
        presidents.record(titles, full, formerBefore(text, m.start()), lex);
        offices.record(titles, full, NameParts.notInOfficeBefore(text, m.start()), lex);
        String office = titles.isEmpty() ? abbreviatedOffice(text, m.start()) : office(titles);
        if (office != null) {
          // "Vice President Kamala Harris", "Gov. Ana Lind": later "the vice president"; a
          // former holder holds it no more, and stands in the way of guessing who does
          officeHolders
              .computeIfAbsent(office, k -> new HashSet<>())
              .add(out ? "former:" + full : full);
        }
      }
    }
    juniors.forEach(this::junior);
    organisationWords = OrganisationWords.in(text, lex, w -> fullName(w) != null);
    knownOrganisations = lex.oneWordOrgs;
    familyNamesFirst(text, lex);
    givenNamesInFamilies(text, lex);
    offices.recordLowerCase(text, people, lex);
    List<Span> sentences = new SentenceSplitter().split(text); // once, for both uses below
    offices.withoutSucceeded(text, sentences);
    bySurnameTitled();
    String lady = firstLady(text);
    if (lady != null) {
      byTitle.putIfAbsent("lady", lady);
    }
    for (var e : bySurname.entrySet()) {
      Matcher s =
          Pattern.compile("\\b(?:" + spellings(e.getKey(), e.getValue()) + ")\\b").matcher(text);
      while (s.find()) {
        people.putIfAbsent(s.start(), fullNameAt(e.getKey(), s.start()));
        if (alone(text, s.start(), s.end(), e.getValue())) {
          shown.add(e.getValue());
        }
      }
    }
    markSubjects(sentences);
  }

  /** A surname as a key: lower case, one apostrophe for both ("O’Brien" is "O'Brien"). */
  private static String surnameKey(String word) {
    return NameParts.clean(word).toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  /**
   * A pattern for the surname {@code key} alone: as the full name writes it ("McAllister") or
   * capitalised ("Mcallister"), either apostrophe ("O'Brien", "O’Brien").
   */
  private static String spellings(String key, String full) {
    String written = asWritten(key, full);
    String plain = NameParts.capitalised(key);
    String either =
        written.equals(plain)
            ? Pattern.quote(written)
            : Pattern.quote(written) + "|" + Pattern.quote(plain);
    return either.replaceAll("['’]", Matcher.quoteReplacement("\\E['’]\\Q"));
  }

  /**
   * The surname {@code key} (lower case) as the full name writes it: "McConaughey", "DeSantis",
   * whose capitals inside a lower-cased key would lose ("Mcconaughey" is found nowhere in the
   * text).
   */
  private static String asWritten(String key, String full) {
    for (String w : full.split(" ")) {
      String c = NameParts.clean(w);
      if (surnameKey(c).equals(key)) {
        return c;
      }
    }
    return NameParts.capitalised(key);
  }

  /**
   * Whether the name whose last word is {@code lastWord}, found by the run {@code m}, is followed
   * by "of" and a news outlet ("Kasie Hunt of CNN"; the run may hold that "of" itself).
   */
  private boolean outletAfter(Matcher m, String lastWord) {
    int at = m.group().lastIndexOf(lastWord);
    if (at < 0) {
      return false;
    }
    int end = m.start() + at + lastWord.length();
    return MEDIA_AFTER.matcher(text).region(end, text.length()).lookingAt();
  }

  /**
   * A surname a junior holds: his, unless it is his father's ("Ferdinand Marcos" besides "Ferdinand
   * Marcos Jr.") or his own by a short name ("Joe Biden" for "Joseph R. Biden Jr."), or someone
   * else's named before him ("Caroline Kennedy" named after "Robert F. Kennedy Jr." leaves a later
   * "Kennedy" his). A senior named first takes it only where no one else has it ("William H. Gates
   * Sr." leaves "Gates" to his son Bill).
   */
  private void junior(String surname, String full) {
    String other = bySurname.get(surname);
    if (other == null) {
      bySurname.put(surname, full);
      return;
    }
    boolean jr = full.endsWith(" Jr") || full.endsWith(" Jr.");
    if (jr
        && !fatherOrShortName(other, full)
        && juniorsAt.get(surname) < lastNameAt.getOrDefault(surname, Integer.MAX_VALUE)) {
      bySurname.put(surname, full);
    }
  }

  /**
   * Whether {@code other} is a junior's father or the junior by a short first name: their first
   * names open with the same two letters ("Ferdinand Marcos", "Joe Biden" for "Joseph R. Biden
   * Jr."), which "Jill Biden" does not.
   */
  private static boolean fatherOrShortName(String other, String junior) {
    return other.length() >= 2
        && junior.length() >= 2
        && other.regionMatches(true, 0, junior, 0, 2);
  }

  /**
   * The owner's name of a run that goes on past a possessive: "Ketanji Brown Jackson's White" (from
   * a headline cut short) is "Ketanji Brown Jackson's". Only where the owner is a person of two
   * words or more, so "Lloyd's Register" and "Bank of America's Merrill Lynch" are left whole.
   */
  private static List<String> ownerOnly(List<String> name, Lexicons lex) {
    for (int i = 1; i < name.size() - 1; i++) {
      String w = name.get(i);
      if (!w.equals(NameParts.clean(w)) && w.length() > 2 && w.charAt(w.length() - 1) == 's') {
        List<String> owner = name.subList(0, i + 1);
        return NameParts.isPersonName(owner, lex) ? owner : name;
      }
    }
    return name;
  }

  /**
   * "Orlen Mining Ltd" makes a later "Orlen" the company: a name ending in a company suffix, keyed
   * by a first word that is no common, place or title word. A first word two companies share
   * ("General Motors Corp", "General Electric Co") stands for neither.
   */
  private void registerCompany(List<String> words, Lexicons lex, String text, int end) {
    if (words.isEmpty()) {
      return;
    }
    if (NameParts.isOrganisation(words, lex)) {
      Matcher t = TICKER.matcher(text).region(end, Math.min(text.length(), end + 16));
      if (t.lookingAt()) {
        tickers.putIfAbsent(t.group(1), NameParts.clean(String.join(" ", words)));
      }
    }
    String last = NameParts.clean(words.get(words.size() - 1)).toLowerCase(Locale.ROOT);
    String first = NameParts.clean(words.get(0));
    String key = first.toLowerCase(Locale.ROOT);
    if (!NameParts.COMPANY_SUFFIXES.contains(last)
        || NameParts.NOT_NAMES.contains(key)
        || lex.orgWords.contains(key)
        || lex.places.contains(first)
        || NameParts.titleLength(words.subList(0, 1), lex) > 0) {
      return;
    }
    String org = NameParts.clean(String.join(" ", words));
    String had = companiesByFirst.putIfAbsent(key, org);
    if (had != null && !had.equals(org)) {
      companiesByFirst.put(key, "");
    }
  }

  private static List<String> withoutFiller(List<String> words) {
    int k = 0;
    while (k < words.size()
        && NameParts.NOT_NAMES.contains(words.get(k).toLowerCase(Locale.ROOT))) {
      k++;
    }
    return words.subList(k, words.size());
  }

  /**
   * The words of the titles the article gives {@code full} anywhere, while in office ("Turkish
   * Prime Minister Turgut Ozal" at the top makes a later "he" Turkish); empty when none.
   */
  Set<String> titleWordsOf(String full) {
    return titlesOf.getOrDefault(full, Set.of());
  }

  /**
   * The company a ticker or bracketed acronym stands for: "Supermarkets General Corp <SGL>" makes a
   * later "SGL" that company; null when the article gave none.
   */
  String tickerOwner(String word) {
    return tickers.get(NameParts.clean(word));
  }

  /** Where each sentence ends, by where it starts. */
  private final TreeMap<Integer, Integer> sentenceEnds = new TreeMap<>();

  private void markSubjects(List<Span> sentences) {
    for (Span s : sentences) {
      sentenceEnds.put(s.start(), s.end());
      var first = people.ceilingEntry(s.start());
      if (first != null && first.getKey() < Math.min(s.end(), s.start() + 60)) {
        subjects.put(first.getKey(), first.getValue());
        if (Arrays.stream(text.substring(s.start(), first.getKey()).split("\\s+"))
            .noneMatch(w -> !w.isEmpty() && Character.isLowerCase(w.charAt(0)))) {
          openers.put(first.getKey(), first.getValue()); // "Harris pledged", "Sen. Ana Vick said"
        }
      }
    }
  }

  /**
   * Whether the surname at {@code [start, end)} stands alone, neither the end of the full name nor
   * the start of another name ("Lind said", not "Omar Lind" or "Lind Street").
   */
  private static boolean alone(String text, int start, int end, String full) {
    int fullStart = end - full.length();
    if (fullStart >= 0 && text.startsWith(full, fullStart)) {
      return false;
    }
    int k = end;
    while (k < text.length() && text.charAt(k) == ' ') {
      k++;
    }
    return k == end || k == text.length() || !Character.isUpperCase(text.charAt(k));
  }

  /**
   * Whether the article shows this name to be a person's: given with a title ("President Omar
   * Lind", "Pope Francis") or its surname used alone ("Lind said"), as news does with people and
   * never with places ("El Paso", "Costa Rica").
   */
  boolean shownAsPerson(String name) {
    return shown.contains(name) || titled.containsKey(name.toLowerCase(Locale.ROOT));
  }

  /**
   * The person a sentence's "he" most likely is: the last person who opened a sentence before
   * {@code offset} (news keeps its protagonist as subject), else the last person named.
   */
  Participant lastPersonBefore(int offset) {
    var e = subjects.lowerEntry(offset);
    if (e == null) {
      e = people.lowerEntry(offset);
    }
    return e == null ? null : new Participant(e.getValue(), Participant.Kind.PERSON, null);
  }

  /**
   * The person whose name (not a possessive: "Ana Vick's lawyer") opened the sentence just before
   * {@code offset} ("Senator Ana Vick said …"), when no one else has been named since, or null: a
   * surer guess than {@link #lastPersonBefore} for a speaker the text only calls "he" or "she".
   */
  Participant protagonistBefore(int offset) {
    var prev = sentenceEnds.lowerEntry(offset);
    if (prev == null || prev.getValue() > offset) {
      return null; // only a name opening the sentence just before
    }
    var opened = openers.lowerEntry(offset);
    if (opened == null || opened.getKey() < prev.getKey()) {
      return null;
    }
    String[] words = opened.getValue().split(" ");
    String surname = words[words.length - 1];
    int at = text.indexOf(surname, opened.getKey());
    int end = at + surname.length();
    if (at >= 0
        && at < opened.getKey() + 60
        && (text.startsWith("'s", end) || text.startsWith("’s", end))) {
      return null; // "Senator Tom Lind's chief of staff said …": the chief of staff
    }
    var named = people.lowerEntry(offset); // not null: the opener is one of the people
    return opened.getValue().equals(named.getValue())
        ? new Participant(opened.getValue(), Participant.Kind.PERSON, null)
        : null;
  }

  /** The people named before {@code offset}, by where: who "the two leaders" may be. */
  NavigableMap<Integer, String> peopleBefore(int offset) {
    return Collections.unmodifiableNavigableMap(people.headMap(offset, false));
  }

  /**
   * The organisation whose name starts with {@code name} ("Sante Fe" → "Sante Fe Southern Pacific
   * Corp", "Orlen" → "Orlen Mining Ltd" unless a person has that surname), or null.
   */
  String organisationStartingWith(String name) {
    String[] w = name.toLowerCase(Locale.ROOT).split("\\s+");
    if (w.length == 1) {
      String org = companiesByFirst.get(w[0]);
      return org == null || org.isEmpty() || fullName(name) != null ? null : org;
    }
    return w.length == 2 ? orgsByStart.get(w[0] + " " + w[1]) : null;
  }

  /** The key of {@link #orgsByStart}: a name's first two words, lower case. */
  private static String firstTwo(List<String> words) {
    return String.join(" ", words.subList(0, 2)).toLowerCase(Locale.ROOT);
  }

  /**
   * Whether this one word is an organisation's name: known as one ("Hamas"), or shown to be one by
   * the story ("a Sabena spokesman").
   */
  boolean organisationWord(String word) {
    String l = NameParts.clean(word).toLowerCase(Locale.ROOT);
    return organisationWords.contains(l) || knownOrganisations.contains(l);
  }

  /**
   * The one organisation whose full name ends with this two-word name ("Freedom Caucus" for the
   * article's "House Freedom Caucus", "Fifth Fleet" for "US Fifth Fleet"), or null; none when two
   * end so ("House Intelligence Committee" and "Senate Intelligence Committee").
   */
  String organisationEndingWith(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    String org = key.split("\\s+").length == 2 ? orgsByTail.get(key) : null;
    return org == null || org.isEmpty() || org.equalsIgnoreCase(name) ? null : org;
  }

  /**
   * The person who holds a distinctive title in this article ("the prince" → the Crown Prince
   * named), or null.
   */
  String holderOf(String titleWord) {
    String key = titleWord.toLowerCase(Locale.ROOT);
    String one = sharedTitles.contains(key) ? null : byTitleOneName.get(key);
    String full = byTitle.get(key);
    boolean same = full != null && one != null && Arrays.asList(full.split(" ")).contains(one);
    if (one != null && full != null && oneNameFirst.contains(key) && !same) {
      // "Pope Francis" … "a statue of Pope John Paul II": two popes, and neither the first named
      // ("a former aide to Chancellor Berg" … "Chancellor Ana Vick received him") nor the one in
      // full is always whom "the pope" means
      return null;
    }
    return full != null ? full : one; // "Queen Ingrid" … "Queen Ingrid II": one queen, in full
  }

  /**
   * The one person named in full whose name a handle ends with, letters only and case aside
   * ("KamalaHarris", "realDonaldTrump", "GovRonDeSantis"), or null: none, or two.
   */
  String personByHandle(String handle) {
    String h = handle.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    Set<String> found = new HashSet<>();
    for (String full : people.values()) {
      String letters = full.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
      if (full.contains(" ") && letters.length() >= 6 && h.endsWith(letters)) {
        found.add(full);
      }
    }
    return found.size() == 1 ? found.iterator().next() : null;
  }

  /**
   * The committee the story is about, for "the committee" or "the panel" ({@code noun}); null if
   * unsure, or the story speaks of a committee or panel of another kind ("a three-judge panel").
   */
  String committee(String noun) {
    return committees
        .computeIfAbsent(
            noun,
            n -> {
              String named = dominantCommittee();
              return Optional.ofNullable(
                  named != null && Committees.noOther(text, n) ? named : null);
            })
        .orElse(null);
  }

  /**
   * {@link #committee} by noun, found on first use and kept: every sentence with a contact word
   * asks, and each answer reads the whole text.
   */
  private final Map<String, Optional<String>> committees = new HashMap<>();

  /** The committee named most ({@link Committees#dominant}), found once for both nouns. */
  private String dominantCommittee() {
    if (dominant == null) {
      dominant = Optional.ofNullable(Committees.dominant(text, headlineAt));
    }
    return dominant.orElse(null);
  }

  private Optional<String> dominant;

  /**
   * The one person the article calls President (not Vice President), or with {@code former} the one
   * it calls Former President, by full name; null when it names none or several (see {@link
   * Presidents}).
   */
  String president(boolean former) {
    return presidents.one(former, this::canonical, this::timesNamed);
  }

  /**
   * The one person in office the article calls President, without picking the story's own among
   * several: a visit to the White House "in 2015" in a story about today's president was to another
   * ({@link #president}'s choice is for "the president" as the story's subject).
   */
  String solePresident() {
    return presidents.one(false, this::canonical, name -> 0);
  }

  /** How often the last word of {@code full} stands alone as a word in the article. */
  private int timesNamed(String full) {
    return WordsInText.count(text, full.substring(full.lastIndexOf(' ') + 1));
  }

  /**
   * A surname given a title alone ("President Trump") stands for the one full name given that title
   * ("President Donald Trump"), even when someone else with the surname was named first ("Ivanka
   * Trump" in the lead): the first-named rule took her for every bare "Trump".
   */
  private void bySurnameTitled() {
    for (var e : surnameTitles.entrySet()) {
      Set<String> holders = new HashSet<>();
      for (String title : e.getValue()) {
        holders.addAll(titledBearers.getOrDefault(e.getKey() + "|" + title, Set.of()));
      }
      String first = bySurname.get(e.getKey());
      boolean regnal = first != null && NameParts.isRegnal(first.substring(first.indexOf(' ') + 1));
      if (holders.size() == 1 && first != null && !regnal) { // "Charles III" stays "Charles"
        bySurname.put(e.getKey(), holders.iterator().next());
      }
    }
  }

  /** Whether a title word puts the holder out of office ("Former President …"). */
  private static boolean outOfOffice(List<String> titles) {
    return titles.stream().anyMatch(t -> outWord(NameParts.clean(t).toLowerCase(Locale.ROOT)));
  }

  /** A word of {@link NameParts#NOT_IN_OFFICE} other than "then" (see {@link #formerBefore}). */
  static boolean outWord(String w) {
    return NameParts.NOT_IN_OFFICE.contains(w) && !w.startsWith("then");
  }

  /**
   * Out of office by the words just before {@code at} (lower case, so outside the run of names),
   * but not "then-": a then-president is whom "the president" of a story about his time means, so
   * he stays among the candidates (and makes two ambiguous).
   */
  private static boolean formerBefore(String text, int at) {
    return NameParts.notInOfficeBefore(text, at)
        && !THEN.matcher(text).region(Math.max(0, at - 6), at).find();
  }

  private static final Pattern THEN = Pattern.compile("(?i)\\bthen[ -]$");

  /**
   * The one person the article gives a country's office ("Turkey", "foreign minister"), or null.
   */
  String nationalHolder(String country, String role, Set<String> sentenceWords) {
    return offices.holder(country, role, sentenceWords);
  }

  /** Whether the person with this name was introduced as a news outlet's ("CNN's Jake Tapper"). */
  boolean journalist(String name) {
    String[] w = name.toLowerCase(Locale.ROOT).split("\\s+");
    return journalists.contains(NameParts.clean(w[w.length - 1])) || journalistNames.contains(name);
  }

  /**
   * Where the article first names a person whose last name is {@code word} ("Donald Trump",
   * "President Trump"), or -1; a family name given first ("Kim" of "Kim Yong Chol") does not count.
   */
  int lastNameAt(String word) {
    return lastNameAt.getOrDefault(NameParts.clean(word).toLowerCase(Locale.ROOT), -1);
  }

  /**
   * Whether the article names in full a person whose last name is {@code surname} ("Jackson" of
   * "Ketanji Brown Jackson"), not only with a title.
   */
  boolean hasFullName(String surname) {
    return bySurname.containsKey(NameParts.clean(surname).toLowerCase(Locale.ROOT));
  }

  /**
   * The one first lady the article names ("first lady Jill Biden", lower case as AP style writes
   * it), as the person it names in full; null when it names none, or two ("Nordland's first lady
   * Anna Berg … First lady Tina Hale"). A former first lady is none; a headline in title case
   * ("First Lady Anna Berg Visits Troops") gives only the words that are a person's full name.
   */
  private String firstLady(String text) {
    Set<String> ladies = new HashSet<>();
    Matcher m = FIRST_LADY.matcher(text);
    while (m.find()) {
      int from = Math.max(0, m.start() - 7);
      String before = text.substring(from, m.start()).toLowerCase(Locale.ROOT);
      if (before.contains("former") || before.endsWith("then-") || before.endsWith("then ")) {
        continue; // "then-first lady Melania Trump" is not whom "the first lady" now names
      }
      String[] w = m.group(1).replaceAll("['’]s?$", "").split(" ");
      for (int n = Math.min(3, w.length); n >= 2; n--) {
        String name = String.join(" ", java.util.Arrays.asList(w).subList(0, n));
        // "first lady Jill Biden" where "Biden" alone is Joe Biden: named in full all the same
        if (isFullName(name) || people.containsValue(NameParts.clean(name))) {
          ladies.add(name);
          break;
        }
      }
    }
    return ladies.size() == 1 ? ladies.iterator().next() : null;
  }

  /** Whether the article names a person in full so ("Nancy Pelosi"). */
  boolean isFullName(String name) {
    String clean = NameParts.clean(name);
    String full =
        bySurname.get(
            NameParts.clean(clean.substring(clean.lastIndexOf(' ') + 1)).toLowerCase(Locale.ROOT));
    return clean.equals(full);
  }

  /**
   * Two-word names whose first word is the one the article goes on to use alone ("Xi Jinping" … "Xi
   * met Biden", "Wang Yi" … "Wang said"): family name first, as Chinese and Korean names are
   * written. Taken so only when the last word never stands alone in the article and the first does,
   * and no one else's surname is that word; "Joe Biden" stays "Biden" wherever "Biden" stands
   * alone.
   */
  /**
   * Where a story names two people of one family ("Brittney Griner" and her wife "Cherelle Griner",
   * "Joe Biden" and "Hunter Biden"), it tells them apart by their first names: "met with Cherelle".
   * So the first name of each, when no one else in the story has it and it is no surname, place or
   * body's word, stands for that person.
   */
  private void givenNamesInFamilies(String text, Lexicons lex) {
    Map<String, Set<String>> families = new HashMap<>();
    Map<String, Set<String>> byFirst = new HashMap<>();
    for (String full : new HashSet<>(people.values())) {
      String[] w = full.split(" ");
      if (w.length < 2 || !Character.isUpperCase(w[0].charAt(0)) || w[0].endsWith(".")) {
        continue; // "J. Biden": an initial is no name to be called by
      }
      families.computeIfAbsent(surnameKey(w[w.length - 1]), k -> new HashSet<>()).add(full);
      byFirst
          .computeIfAbsent(NameParts.clean(w[0]).toLowerCase(Locale.ROOT), k -> new HashSet<>())
          .add(full);
    }
    for (Set<String> family : families.values()) {
      if (family.size() < 2) {
        continue;
      }
      for (String full : family) {
        String given = NameParts.clean(full.substring(0, full.indexOf(' ')));
        String first = given.toLowerCase(Locale.ROOT);
        if (byFirst.get(first).size() != 1
            || bySurname.containsKey(first)
            || firstNames.containsKey(first)
            || titled.containsKey(first)
            || lex.placesLower.contains(first)
            || lex.countries.containsKey(first)
            || lex.orgWords.contains(first)
            || lex.oneWordTitle(first)
            || WordsInText.count(text, given) <= WordsInText.count(text, full)) {
          continue; // "Lind" of "Ana Lind" and "Lind Vick": no one's first name alone
        }
        firstNames.put(first, full);
      }
    }
  }

  private void familyNamesFirst(String text, Lexicons lex) {
    for (String full : new HashSet<>(people.values())) {
      String[] w = full.split(" ");
      if (w.length != 2) {
        continue;
      }
      String first = w[0].toLowerCase(Locale.ROOT);
      String last = w[1].toLowerCase(Locale.ROOT);
      if (bySurname.containsKey(first)
          || firstNames.containsKey(first)
          || regnalTitled(first) // "Pope Francis" named alone: not Francis DeBernardo's surname
          || companiesByFirst.containsKey(first) // "Goodyear Tire and Rubber Co" … "Goodyear"
          || orgsByStart.keySet().stream().anyMatch(k -> k.startsWith(first + " "))
          || lex.placesLower.contains(first) // "Baltimore Sun", "Gaza Strip": "Baltimore" alone
          || lex.regions.contains(w[0])
          || lex.countries.containsKey(first)
          || lex.orgWords.contains(last)
          || lex.placeWords.contains(last)
          || REGION_WORDS.contains(last) // "Sindh Province": "visited Sindh" is a place
          || NameParts.KIND_ONLY.contains(last)) { // "Biden Administration"
        continue;
      }
      int whole = WordsInText.count(text, full);
      if (WordsInText.count(text, w[1]) != whole // "Lind" alone: the usual order (most names end)
          || WordsInText.count(text, w[0]) <= whole
          || WordsInText.startsLongerCompany(text, full)
          || WordsInText.placeAlone(text, w[0], lex)) {
        continue;
      }
      bySurname.put(first, full); // used alone as a surname is: later "Xi" and "he" find him
    }
  }

  /** Last words of a region's name, whose first word alone names the same region. */
  private static final Set<String> REGION_WORDS =
      Set.of(
          "province",
          "state",
          "region",
          "district",
          "city",
          "territory",
          "prefecture",
          "oblast",
          "county",
          "island",
          "islands",
          "valley",
          "strip",
          "bank",
          "peninsula");

  /**
   * The full name a surname at {@code offset} stands for: as {@link #fullName}, except before the
   * text first names anyone of that surname in full, where the reader knows only the headline's
   * ("Buhle and Biden met …" under "Hunter Biden's ex-wife …", though "Joe Biden" comes first in
   * the text).
   */
  String fullNameAt(String surname, int offset) {
    String key = surnameKey(surname);
    String headline = headlineNames.get(key);
    if (headline != null
        && offset < headlineAt
        && offset < lastNameAt.getOrDefault(key, Integer.MAX_VALUE)) {
      return headline;
    }
    return fullName(surname);
  }

  /**
   * The one person named in full with this surname whose first name is of {@code gender}, or null
   * when none or several are: "Mrs. Clinton" where both Bill and Hillary Clinton are named.
   */
  String fullNameOfGender(String surname, Genders.Gender gender) {
    String key = surnameKey(surname);
    Set<String> fitting = new HashSet<>();
    for (String full : people.values()) {
      String last = full.substring(full.lastIndexOf(' ') + 1);
      if (full.indexOf(' ') > 0 && surnameKey(last).equals(key) && Genders.ofName(full) == gender) {
        fitting.add(full);
      }
    }
    return fitting.size() == 1 ? fitting.iterator().next() : null;
  }

  /**
   * How many leading words of a run are an office's portfolio ("Economic Affairs" of "Secretary of
   * State for Economic Affairs Allen Wallis"): only after "for" with a title among the four words
   * before it, and only when two words at least are left; else 0.
   */
  private int portfolioAhead(int start, List<String> words, Lexicons lex) {
    Matcher before = TITLE_FOR.matcher(text.substring(Math.max(0, start - 60), start));
    if (!before.find()) {
      return 0;
    }
    boolean titled = false;
    for (String w : before.group(1).split("\\s+")) {
      String part = w.substring(w.lastIndexOf('-') + 1); // "Under-Secretary"
      titled |= !part.isEmpty() && lex.titles.contains(List.of(part.toLowerCase(Locale.ROOT)));
    }
    int end = NameParts.bodyEnd(words, 0, lex);
    return titled && words.size() - end >= 2 ? end : 0;
  }

  /** Up to four words, then "for", right before a run. */
  private static final Pattern TITLE_FOR = Pattern.compile("((?:\\S+\\s+){1,4})for\\s+$");

  /** The full name for a last name seen in the article, or null. */
  String fullName(String surname) {
    String key = surnameKey(surname);
    String full = bySurname.get(key);
    full = full != null ? full : firstNames.get(key);
    return full != null ? full : titled.get(key); // "President Reagan" makes "Reagan" a person
  }

  /** Whether a one-word name was given after a monarch's or a pope's title ("Pope Francis"). */
  private boolean regnalTitled(String key) {
    return surnameTitles.getOrDefault(key, Set.of()).stream().anyMatch(REGNAL_TITLES::contains);
  }

  private static final Set<String> REGNAL_TITLES =
      Set.of("pope", "king", "queen", "prince", "princess", "emperor", "empress");

  /**
   * Records a full name's initials ("Mohammed bin Salman" MBS, "Alexandria Ocasio-Cortez" AOC,
   * "Robert F. Kennedy Jr." RFK), for a story that calls the person by them later. Only three
   * letters or more: two-letter initials are too often an organisation's.
   */
  private void initials(List<String> name, String full) {
    StringBuilder sb = new StringBuilder();
    for (String w : name) {
      String c = NameParts.clean(w);
      if (NameParts.isGeneration(c) || NameParts.isRegnal(c)) {
        continue;
      }
      for (String part : c.split("-")) {
        if (!part.isEmpty() && Character.isLetter(part.charAt(0))) {
          sb.append(Character.toUpperCase(part.charAt(0)));
        }
      }
    }
    if (sb.length() >= 3) {
      // "" marks initials two people share: putIfAbsent would take a null for absent
      byInitials.merge(sb.toString(), full, (held, now) -> held.equals(now) ? held : "");
    }
  }

  /**
   * A particle, a hyphen or an initial: the names people shorten ("bin", "Ocasio-Cortez", "F.").
   */
  private static boolean abbreviable(String word) {
    return Character.isLowerCase(word.charAt(0))
        || word.indexOf('-') > 0
        || word.length() == 2 && word.charAt(1) == '.';
  }

  /** The one person the article names whose initials these are ("MBS"), or null. */
  String byInitials(String acronym) {
    String full = byInitials.get(acronym);
    return full == null || full.isEmpty() ? null : full;
  }

  /** The canonical form of a person's name: the full name when only the last name was given. */
  String canonical(String name) {
    if (name.contains(" ")) {
      return name;
    }
    String full = fullName(name);
    return full != null ? full : name;
  }
}
