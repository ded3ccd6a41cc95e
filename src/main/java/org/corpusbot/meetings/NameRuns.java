package org.corpusbot.meetings;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a capitalised name starting at a token ends: through particles ("Perez de Cuellar") and
 * hyphens, through a company's "and Co" ("Brenner and Co Ltd"), and through the "and" inside a
 * body's name ("Securities and Exchange Commission", "House Ways and Means Committee", "Bank of
 * Credit and Commerce"), but never in "between A and B". Also where a ticker or acronym in brackets
 * after an organisation ends.
 */
final class NameRuns {
  static final Set<String> PARTICLES =
      Set.of("de", "van", "von", "der", "da", "du", "di", "bin", "al", "el", "la", "le", "of", "&");

  /** Known places in lower case: a body's country before it ("U.S. House …"). */
  private static final Set<String> PLACES = Lexicons.get().placesLower;

  private static final Set<String> FIRM_ENDINGS =
      Set.of("co", "co.", "company", "sons", "cie", "associates", "partners");

  /**
   * Trades a firm's name may join with "and" before its suffix ("Mining and Development Corp",
   * "Telephone and Telegraph Co", "Oil and Gas Co"); two firms are joined by "and" too, so only a
   * trade on both sides of it makes one name.
   */
  private static final Set<String> TRADES =
      Set.of(
          "mining",
          "mines",
          "metals",
          "minerals",
          "development",
          "exploration",
          "production",
          "oil",
          "gas",
          "petroleum",
          "refining",
          "chemical",
          "chemicals",
          "steel",
          "coal",
          "power",
          "light",
          "electric",
          "telephone",
          "telegraph",
          "manufacturing",
          "engineering",
          "construction",
          "shipping",
          "trading",
          "investment",
          "finance",
          "trust", // "Sumitomo Trust and Banking Co": both words of firms' names elsewhere
          "banking",
          "life",
          "casualty",
          "insurance",
          "tire",
          "rubber",
          "smelter",
          "smelting",
          "marketing");

  /** Whether a word (lower case) is a trade a firm's name may join with "and". */
  static boolean trade(String lower) {
    return TRADES.contains(lower);
  }

  /** Last words of a public body's name, which an "and" may precede. */
  private static final Set<String> BODIES =
      Set.of(
          "commission",
          "committee",
          "subcommittee",
          "council",
          "board",
          "department",
          "ministry",
          "agency",
          "administration",
          "authority",
          "bureau",
          "office",
          "service",
          "forum",
          "institute",
          "caucus",
          "federation",
          "association",
          "union",
          "court",
          "fund");

  /** Bodies of their own: "Reagan and Senate Budget Committee" is two participants. */
  static final Set<String> LEGISLATURES =
      Set.of("senate", "house", "congress", "parliament", "assembly", "government", "cabinet");

  /**
   * Seats of office and chambers, whose name a person's never continues ("Speaker of the House
   * Nancy Pelosi"); "Capitol" and "Pentagon" left out: they start other names, "Capitol Police".
   */
  private static final Set<String> SEATS =
      Set.of(
          "white house",
          "kremlin",
          "oval office",
          "downing street",
          "elysee",
          "élysée",
          "blue house",
          "state department",
          "house",
          "senate");

  private static final Set<String> TOPIC_LINKS = Set.of("of", "on", "for");
  private static final int AND_REACH = 3;

  /**
   * Possessives that open a body's name rather than own it: "Women's National Basketball Players
   * Association", "Children's Hospital", "People's Bank of China".
   */
  private static final Set<String> COLLECTIVE_OWNERS =
      Set.of("women", "men", "children", "people", "veterans", "workers", "farmers", "teachers");

  private final Lexicons lex;

  NameRuns(Lexicons lex) {
    this.lex = lex;
  }

  /** The end (exclusive) of the name run that starts at {@code i}. */
  int end(List<Token> tokens, int i, NameRegistry names) {
    int j = i + 1;
    while (j < tokens.size()
        && (!tokens.get(j - 1).possessive()
            || COLLECTIVE_OWNERS.contains(tokens.get(j - 1).lower()))) {
      if (seatThenPerson(tokens, i, j, names)) {
        break;
      }
      if (continues(tokens, j) || placeThrough(tokens, i, j) || bodyLink(tokens, j)) {
        j++;
        continue;
      }
      int joined = acrossAnd(tokens, i, j, names);
      if (joined == j) {
        break;
      }
      j = joined;
    }
    while (j > i + 1 && PARTICLES.contains(tokens.get(j - 1).lower())) {
      j--;
    }
    return j;
  }

  /**
   * A seat of office ends its run before a person the article names in full: "the interview at the
   * White House Jackson did with Biden" is the White House, then Jackson (Ketanji Brown Jackson).
   */
  private static boolean seatThenPerson(List<Token> tokens, int i, int j, NameRegistry names) {
    Token next = tokens.get(j);
    if (!next.capitalized() || !SEATS.contains(String.join(" ", words(tokens, i, j)))) {
      return false;
    }
    boolean fullNext = // "House Nancy Pelosi": the two words after the chamber are a full name
        j + 1 < tokens.size() && names.isFullName(next.word() + " " + tokens.get(j + 1).word());
    return names.hasFullName(next.word()) || fullNext;
  }

  /**
   * "National Organization for Women", "Center for Strategic and International Studies": "for"
   * inside a body's name, after its organisation word and before a capitalised word; "on" after a
   * public body's word ("Senate Committee on Natural Resources and Water", "Council on Foreign
   * Relations"; "on Monday" stays out, days being no names).
   */
  private boolean bodyLink(List<Token> tokens, int j) {
    String link = tokens.get(j).lower();
    String body = tokens.get(j - 1).lower();
    boolean nameFollows =
        j + 1 < tokens.size()
            && tokens.get(j + 1).capitalized()
            && !NameParts.NOT_NAMES.contains(tokens.get(j + 1).lower());
    if (!nameFollows) {
      return false;
    }
    if (link.equals("for")) {
      return lex.orgWords.contains(body) || BODIES.contains(body);
    }
    return link.equals("on") && BODIES.contains(body) && topicAfter(tokens, j + 1);
  }

  /** Whether a word ends a body's name by itself: "Bank", "Fund", "Committee". */
  private static boolean endsBody(String word) {
    return BODIES.contains(word) || word.equals("bank");
  }

  /**
   * Whether the capitalised words after a body's "on" can be its topic: no known place, street,
   * site or holiday ("the Senate Democratic Caucus on Capitol Hill", "the Board on Harlow Street",
   * "the Committee on Christmas Eve"), no company or possessive ("the Council on Norland Pumps
   * Ltd's offer").
   */
  private boolean topicAfter(List<Token> tokens, int k) {
    StringBuilder sb = new StringBuilder();
    for (int e = k;
        e < Math.min(tokens.size(), k + TOPIC_REACH) && tokens.get(e).capitalized();
        e++) {
      String w = NameParts.clean(tokens.get(e).lower());
      sb.append(e > k ? " " : "").append(tokens.get(e).word());
      if (lex.places.contains(sb.toString())
          || tokens.get(e).possessive()
          || NameParts.COMPANY_SUFFIXES.contains(w)
          || lex.placeWords.contains(w)
          || HOLIDAYS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static final int TOPIC_REACH = 4;
  private static final Set<String> HOLIDAYS =
      Set.of("christmas", "easter", "thanksgiving", "eve", "ramadan", "hanukkah", "passover");

  /**
   * A known place whose last word would end a name ("Air Force One": "One" opens no name), so that
   * it is read as the place, not as "Air Force".
   */
  private boolean placeThrough(List<Token> tokens, int i, int j) {
    StringBuilder sb = new StringBuilder();
    for (int k = i; k <= j; k++) {
      sb.append(k > i ? " " : "").append(tokens.get(k).word());
    }
    return tokens.get(j).capitalized() && lex.places.contains(sb.toString());
  }

  private static boolean continues(List<Token> tokens, int j) {
    Token t = tokens.get(j);
    Token prev = tokens.get(j - 1);
    if (t.hyphenatedTo(prev)) {
      return true; // "Jean-Pascal", "Shin-yong", "Gun-mo" as the tokenizer splits them
    }
    if (t.capitalized() || t.allCaps()) {
      return !NameParts.NOT_NAMES.contains(t.lower());
    }
    if (NameParts.ARABIC_ARTICLE.matcher(t.lower()).matches() && gluedName(tokens, j + 1)) {
      return true; // "Bashar al-Assad", "Abdel Fattah el-Sisi" as "al-" "Assad" or "al" "-" "Assad"
    }
    boolean number = // "Group of 7"
        t.lower().equals("of") && j + 1 < tokens.size() && "NUM".equals(tokens.get(j + 1).tag());
    boolean afterOf = j >= 2 && tokens.get(j - 1).lower().equals("of") && "NUM".equals(t.tag());
    boolean twoParticles = // "Miguel de la Madrid"
        j + 2 < tokens.size()
            && PARTICLES.contains(tokens.get(j + 1).lower())
            && tokens.get(j + 2).capitalized();
    return PARTICLES.contains(t.lower())
            && j + 1 < tokens.size()
            && (tokens.get(j + 1).capitalized() || number || twoParticles)
        || afterOf && tokens.get(j - 2).capitalized();
  }

  /** Whether a capitalised word is glued at {@code k}, after an optional glued hyphen. */
  private static boolean gluedName(List<Token> tokens, int k) {
    if (k < tokens.size() && tokens.get(k).word().equals("-")) {
      if (!tokens.get(k).gluedTo(tokens.get(k - 1))) {
        return false;
      }
      k++;
    }
    return k < tokens.size()
        && tokens.get(k).capitalized()
        && tokens.get(k).gluedTo(tokens.get(k - 1));
  }

  /** Past the "and" at {@code j} when it is inside the name begun at {@code i}; else {@code j}. */
  private int acrossAnd(List<Token> t, int i, int j, NameRegistry names) {
    if (!t.get(j).lower().equals("and") || i > 0 && t.get(i - 1).lower().equals("between")) {
      return j;
    }
    int r = j + 1;
    while (r < t.size() && r - j <= AND_REACH && t.get(r).capitalized()) {
      r++;
    }
    if (r == j + 1) {
      return j;
    }
    List<String> left = words(t, i, j);
    List<String> right = words(t, j + 1, r);
    String leftEnd = left.get(left.size() - 1);
    boolean thrift = // "Coast Savings and Loan", "Norland Savings Bank and Loan", "Bank and Trust"
        (leftEnd.equals("savings") || leftEnd.equals("bank"))
            && (right.get(0).equals("loan") || right.get(0).equals("trust"));
    boolean trades =
        TRADES.contains(leftEnd)
            && TRADES.contains(right.get(0))
            && right.size() >= 2
            && NameParts.companySuffix(right.get(1));
    if (trades) {
      return j + 3; // "Atlas Consolidated Mining and Development Corp", on to its suffix
    }
    if (FIRM_ENDINGS.contains(right.get(0)) || thrift) {
      return j + 2; // "Brenner and Co", "Coast Savings and Loan", and on to "Ltd", "Association"
    }
    if (partners(t, i, j, left, right, names)) {
      // "Bausch and Lomb Inc", "Goodyear Tire and Rubber Co", "Cable and Wireless Plc"
      return j + 3;
    }
    if (topicOfBody(left) && plain(right, names, false)) {
      return r; // "Bank of Credit and Commerce"
    }
    int topic = topicWords(right, names);
    if (topicOfBody(left) && topic > 0) {
      // "Department of Health and Human Services Secretary Xavier Becerra": the topic goes on
      // across "and" up to the title after it
      return j + 1 + topic;
    }
    for (int k = 0; k < right.size(); k++) {
      if (BODIES.contains(right.get(k))) {
        boolean ok =
            plain(right.subList(0, k), names, true)
                && right.subList(0, k).stream().noneMatch(LEGISLATURES::contains)
                && plainLeft(left, names)
                && !endsBody(leftEnd); // "the World Bank and International Monetary Fund": two
        return ok ? j + 2 + k : j; // "Securities and Exchange Commission"
      }
    }
    return j;
  }

  /**
   * One capitalised word and a company suffix after the "and", and a short plain name before it:
   * the partners or trades of one firm. Over both corpora every "A and B Inc" of this shape is one
   * firm (Gulf and Western, Hambrecht and Quist, Aetna Life and Casualty, 150-odd mentions); two
   * firms show their own suffixes ("Acme Inc and Borealis Corp") or longer names ("GM and Ford
   * Motor Co"), and a person the article names, a place or a title on the left stops it.
   */
  private boolean partners(
      List<Token> t, int i, int j, List<String> left, List<String> right, NameRegistry names) {
    if (right.size() < 2
        || !NameParts.companySuffix(right.get(1))
        || NameParts.COMPANY_SUFFIXES.contains(right.get(0))
        || placeTitleOrPerson(right.get(0), names)
        || Genders.firstName(left.get(0))
        || left.size() > AND_REACH) {
      return false;
    }
    String before = i > 0 ? t.get(i - 1).lower() : "";
    if (LIST_OPENERS.contains(before)) {
      return false; // "both Boeing and Fenwick Corp", "Ostrow Inc, Garnet and Fenwick Corp"
    }
    String leftWords = String.join(" ", t.subList(i, j).stream().map(Token::word).toList());
    if (NameParts.isSite(leftWords, lex) || Clause.mediaName(leftWords)) {
      return false; // "Wall Street and Fenwick Corp", "the Harlan Herald and Fenwick Corp"
    }
    for (int k = i; k < j; k++) {
      String w = t.get(k).word();
      if (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))) {
        return false; // "GM and Fenwick Corp", "IBM and …": a firm known by its initials
      }
    }
    String leftName = String.join(" ", left);
    for (String w : left) {
      // the registry read "Goodyear Tire" of "Goodyear Tire and Rubber Co" as a person's name: that
      // reading is the one being decided, so it stops the join only when the article shows the
      // name to be a person's (a title, or the surname alone); an untitled "Olav Berg and Tarn
      // Corp" with a first name the gender list lacks is read as one firm
      String full = names.fullName(w);
      boolean self =
          full != null && NameParts.clean(full).toLowerCase(Locale.ROOT).equals(leftName);
      boolean person = full != null && (!self || names.shownAsPerson(full));
      if (person
          || lex.places.contains(NameParts.capitalised(w))
          || NameParts.titleLength(List.of(w), lex) > 0
          || NameParts.COMPANY_SUFFIXES.contains(w)
          || lex.orgWords.contains(w) // "Garnet Motors and Fenwick Corp": a firm of its own
          || lex.oneWordOrgs.contains(w)) { // "Chrysler and Fenwick Corp"
        return false;
      }
    }
    return true;
  }

  /** Words before a name that open a list of several: "both A and B", "C, A and B". */
  private static final Set<String> LIST_OPENERS = Set.of("both", "either", "between", ",");

  /** "Bank of Credit", "Forum on Leadership": a body followed by its topic, not by a place. */
  private boolean topicOfBody(List<String> left) {
    for (int p = 0; p + 2 <= left.size() - 1; p++) {
      if ((BODIES.contains(left.get(p)) || lex.orgWords.contains(left.get(p)))
          && TOPIC_LINKS.contains(left.get(p + 1))) {
        List<String> topic = left.subList(p + 2, left.size());
        return topic.stream().noneMatch(w -> lex.places.contains(NameParts.capitalised(w)));
      }
    }
    return false;
  }

  /** Words that are no place, nationality, title, known person or (unless allowed) organisation. */
  private boolean plain(List<String> words, NameRegistry names, boolean orgWordsAllowed) {
    for (String w : words) {
      if (placeTitleOrPerson(w, names) || !orgWordsAllowed && lex.orgWords.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * How many words open {@code right} that can only go on a body's topic: none is a title, a place,
   * a person the article names, a body of its own or a company suffix ("Human Services" in "Health
   * and Human Services Secretary", not "Bank of Japan" in "Finance and Bank of Japan"). Ending on
   * "Services" or "Resources" (organisation words otherwise) is what tells a topic.
   */
  private int topicWords(List<String> right, NameRegistry names) {
    int n = 0;
    for (String w : right) {
      if (placeTitleOrPerson(w, names)
          || BODIES.contains(w)
          || NameParts.COMPANY_SUFFIXES.contains(w)
          || w.equals("bank")) {
        break;
      }
      n++;
    }
    return n > 0 && TOPIC_ENDS.contains(right.get(n - 1)) ? n : 0;
  }

  /** A word (lower case) that is a known place, a title, or a person the article names. */
  private boolean placeTitleOrPerson(String w, NameRegistry names) {
    return lex.places.contains(NameParts.capitalised(w))
        || NameParts.titleLength(List.of(w), lex) > 0
        || names.fullName(w) != null;
  }

  /** Organisation words that end a body's topic, not a body: "Human Services". */
  private static final Set<String> TOPIC_ENDS = Set.of("services", "resources");

  /** The part before "and" in "X and Y Commission": short, and no person, place or company. */
  private boolean plainLeft(List<String> left, NameRegistry names) {
    int own = 0;
    while (own < left.size() - 1 && placeWord(left.get(own))) {
      own++; // the country a body belongs to: "U.S. House Oversight and Reform Committee"
    }
    if (left.size() - own > AND_REACH) {
      return false;
    }
    for (String w : left.subList(own, left.size())) {
      if (placeTitleOrPerson(w, names) || NameParts.COMPANY_SUFFIXES.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static boolean placeWord(String lower) {
    return PLACES.contains(lower);
  }

  private static List<String> words(List<Token> t, int from, int to) {
    return t.subList(from, to).stream().map(x -> NameParts.clean(x.lower())).toList();
  }

  /**
   * Where a stock ticker or acronym in brackets right after an organisation ends ("Halvor Pumps AG
   * <HALV.F> said", "Scandinavian Airlines System (SAS)"), so that the name reaches the verb after
   * it; {@code at} when none follows.
   */
  static int tickerEnd(List<Token> tokens, int at) {
    if (at >= tokens.size()) {
      return at;
    }
    String open = tokens.get(at).word();
    String close = open.equals("<") ? ">" : open.equals("(") ? ")" : null;
    if (close == null) {
      return at;
    }
    for (int k = at + 1; k < Math.min(tokens.size(), at + 5); k++) {
      Token t = tokens.get(k);
      if (t.word().endsWith(close)) {
        return k + 1;
      }
      if (!t.word().matches("[A-Z0-9.&-]+")) {
        return at; // "(a unit of …)": not a ticker
      }
    }
    return at;
  }
}
