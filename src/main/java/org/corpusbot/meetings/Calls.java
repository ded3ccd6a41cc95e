package org.corpusbot.meetings;

import java.util.List;
import java.util.Set;

/**
 * Whether "called" is a call to someone, or names, describes or appeals: "called for an end",
 * "so-called", "an agency called NORSA", "is now called X", "X, now called Y", "called Lind a
 * strong person", "called Lind's ties with Berg warm", "called Hale and Lind \"the linchpins\"",
 * "called Tuesday for". Most uses of "called" in news are these, so a call needs its callee right
 * after the verb.
 */
final class Calls {
  private static final Set<String> NOT_A_CALL =
      Set.of(
          "for", "on", "off", "upon", "it", "in", "a", "an", "the", "them", "this", "that", "him",
          "her");
  private static final Set<String> NAMED_AFTER =
      Set.of("is", "are", "was", "were", "be", "been", "being", "formerly");

  /** Adverbs between "is" and "called" that keep it a name: "is now called X". */
  private static final Set<String> NAMING_ADVERBS =
      Set.of("now", "once", "still", "also", "often", "sometimes", "later", "officially", "then");

  /**
   * Adverbs of a renaming: "X, now called Y", "Facebook, later called Meta"; "later" not after a
   * relative clause, where it tells the next thing done ("Macron, who had met Scholz, later called
   * Putin").
   */
  private static final Set<String> RENAMING =
      Set.of("now", "once", "originally", "officially", "previously", "later");

  private static final Set<String> DESCRIPTION =
      Set.of("a", "an", "the", "his", "her", "their", "one", "\"", "“", "''", "``");

  /** Names of races and rules that a number completes: "Senate District 31", "Title 42". */
  private static final Set<String> NUMBERED =
      Set.of(
          "district",
          "title",
          "section",
          "proposition",
          "prop.",
          "route",
          "article",
          "chapter",
          "amendment",
          "rule",
          "precinct",
          "ward",
          "seat",
          "question",
          "measure");

  private static final Set<String> QUOTES = Set.of("\"", "“", "''", "``");

  /** Prepositions whose object right before "called" is named after, never the caller. */
  private static final Set<String> AGENT_OF = Set.of("by", "with", "for", "from", "on");

  /** A description's first word past an appositive: an indefinite article or a quote. */
  private static final Set<String> AFTER_APPOSITIVE = Set.of("a", "an", "\"", "“", "''", "``");

  /** "called Cohen and Daniels each a \"sleaze bag\"". */
  private static final Set<String> EACH = Set.of("each", "both", "all");

  /** The most words a name before or after "called" is read over. */
  private static final int NAME_REACH = 6;

  /** Tokens an appositive between commas may run to. */
  private static final int APPOSITIVE = 16;

  /** When the call was made, between the verb and what follows it: "called Tuesday for …". */
  static final Set<String> WHEN =
      Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "today",
          "yesterday");

  private Calls() {}

  /** Whether "called" at {@code from} (ending at {@code to}) is no call to someone. */
  static boolean notACall(List<Token> t, int from, int to) {
    int callee = to;
    while (callee < t.size() && WHEN.contains(t.get(callee).lower())) {
      callee++; // "called Tuesday for the Legislature to …": an appeal on Tuesday
    }
    return callee >= t.size()
        || NOT_A_CALL.contains(t.get(callee).lower())
        || !t.get(callee).capitalized()
        || from > 0 && t.get(from - 1).lower().equals("so")
        || from > 1 && t.get(from - 1).word().equals("-") && t.get(from - 2).lower().equals("so")
        || namedBefore(t, from)
        || describedAfter(t, callee)
        || numbered(t, callee)
        || calledOut(t, callee)
        || namedByRelative(t, from);
  }

  /** Nouns whose "that" tells what happened ("reports that Vick called B"), not what is named. */
  private static final Set<String> TOLD =
      Set.of(
          "report",
          "reports",
          "news",
          "word",
          "claim",
          "claims",
          "fact",
          "sign",
          "signs",
          "statement",
          "announcement",
          "confirmation",
          "allegation",
          "allegations",
          "rumors",
          "rumours",
          "suggestion",
          "indication",
          "evidence");

  /** How far back a relative pronoun may stand as the object of a naming "called". */
  private static final int RELATIVE_REACH = 4;

  /**
   * "Israel's operation, which it has called Breaking Dawn", "a plan that officials have called
   * Harlow Shield": the "which" or "that" is what is called by the name after; no one is phoned
   * ("the minister, whom Lind called on Monday" names no thing).
   */
  private static boolean namedByRelative(List<Token> t, int from) {
    for (int k = from - 1; k >= 0 && from - k <= RELATIVE_REACH; k--) {
      String w = t.get(k).lower();
      // "that" after a noun and before a noun is a relative; after a verb ("said that Vick called
      // B") or before a pronoun it opens a clause in which someone calls
      boolean relative =
          w.equals("which")
              || w.equals("that")
                  && k > 0
                  && "NOUN".equals(t.get(k - 1).tag())
                  && !TOLD.contains(t.get(k - 1).lower())
                  && !"PRON".equals(t.get(k + 1).tag()); // "after the election that she called B"
      if (relative) {
        return k < from - 1; // "that called B": the "that" calls
      }
      if (w.equals(",") || w.equals(".") || w.equals(";")) {
        return false;
      }
    }
    return false;
  }

  /** "Roberts called Trump out in 2018": a rebuke, no call; "called B out of courtesy" is one. */
  private static boolean calledOut(List<Token> t, int callee) {
    int k = callee;
    while (k < t.size() && k - callee < NAME_REACH && t.get(k).capitalized()) {
      k++;
    }
    return k > callee
        && k < t.size()
        && t.get(k).lower().equals("out")
        && !(k + 1 < t.size() && t.get(k + 1).lower().equals("of"));
  }

  /**
   * Whether the name right before "called" is the object of a preposition that hangs on a thing ("a
   * venture with Indo-Thai Synthetics called Thai Peroxide Co Ltd", "a power dominated by Iran
   * called Hezbollah", "a group on Discord called X"): the thing is named, no one calls. Not after
   * people ("a spokesman for Harlow Steel Corp called B", "negotiators for X": X acting), and not a
   * day ("Lind on Monday called B").
   */
  private static boolean namedAfterPreposition(List<Token> t, int from) {
    int run = from - 1; // back over the name, hyphens and all
    while (run >= 0
        && from - run <= NAME_REACH
        && (t.get(run).capitalized() || t.get(run).word().equals("-"))) {
      run--;
    }
    if (run < 1 || run == from - 1 || !AGENT_OF.contains(t.get(run).lower())) {
      return false;
    }
    Token head = t.get(run - 1);
    boolean thing =
        !head.capitalized()
            && ("NOUN".equals(head.tag()) || "VERB".equals(head.tag()))
            && !Lexicons.get().titles.contains(List.of(head.lower()))
            && !PEOPLE.contains(head.lower())
            && !Subjects.PEOPLE.contains(head.lower());
    return thing && !WHEN.contains(t.get(from - 1).lower());
  }

  /**
   * Nouns of people who act for their preposition's object, singular and plural ("a spokesman for X
   * called B"; {@link Subjects#PEOPLE} adds the plurals that stand for a country, "diplomats").
   */
  private static final Set<String> PEOPLE =
      Set.of(
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "negotiator",
          "negotiators",
          "official",
          "officials",
          "lawyer",
          "lawyers",
          "attorney",
          "attorneys",
          "representative",
          "representatives",
          "executive",
          "executives",
          "aide",
          "aides",
          "adviser",
          "advisers",
          "envoy",
          "envoys",
          "delegation",
          "head",
          "member",
          "members",
          "leader",
          "leaders");

  /**
   * A name with a number after it is a race or a rule, not a callee: "has called Senate District 31
   * … for Kyle Walker", "has called Title 42 one of his most successful policies".
   */
  private static boolean numbered(List<Token> t, int callee) {
    int k = callee;
    while (k < t.size() && t.get(k).capitalized()) {
      k++;
    }
    // "called Anna Berg 18 times" is a call: only a district, title or rule before the number
    return k < t.size()
        && k > callee
        && NUMBERED.contains(t.get(k - 1).lower())
        && "NUM".equals(t.get(k).tag());
  }

  /**
   * After a comma, a common noun or a form of "be" ("the agency, called NORSA", "a garment called
   * the Pallium", "is called X", "is now called X"), but "the president called Lind".
   */
  private static boolean namedBefore(List<Token> t, int from) {
    if (from == 0) {
      return false;
    }
    if (namedAfterPreposition(t, from)) {
      // "a power dominated by Iran called Hezbollah", "a venture with Indo-Thai Synthetics called
      // Thai Peroxide Co Ltd": the name before is a preposition's object, which calls no one
      return true;
    }
    if (from > 3
        && "NUM".equals(t.get(from - 1).tag())
        && t.get(from - 2).lower().equals("in")
        && "NOUN".equals(t.get(from - 3).tag())
        && !t.get(from - 3).capitalized()
        && !Lexicons.get().titles.contains(List.of(t.get(from - 3).lower()))) {
      return true; // "established a service in 1984 called Green Line": the noun is named
    }
    Token before = t.get(from - 1);
    boolean adverbAfterBe =
        from > 1
            && NAMING_ADVERBS.contains(before.lower())
            && NAMED_AFTER.contains(t.get(from - 2).lower());
    // "MCAP, now called Memphis Community Against Pollution": a new name in an appositive, but
    // "Biden, also called Putin" may be a call, so only the adverbs of a renaming
    boolean renamedAfterComma =
        from > 1
            && RENAMING.contains(before.lower())
            && t.get(from - 2).word().equals(",")
            && !(before.lower().equals("later") && afterRelativeClause(t, from - 2));
    return before.word().equals(",")
        || NAMED_AFTER.contains(before.lower())
        || adverbAfterBe
        || renamedAfterComma
        || "NOUN".equals(before.tag())
            && !before.capitalized()
            && !Lexicons.get().titles.contains(List.of(before.lower()))
        || before.allCaps() && indefinite(t, from - 1) // "a super PAC called Trusted …"
        || "ADJ".equals(before.tag()) // "a plain called Elysium Planitia" (the noun tagged ADJ)
            && !before.capitalized()
            && indefinite(t, from - 1);
  }

  /**
   * Whether the comma at {@code comma} closes a relative clause ("Macron, who had met Scholz, later
   * called Putin": what he did next, where "Facebook, later called Meta" renames).
   */
  private static boolean afterRelativeClause(List<Token> t, int comma) {
    for (int k = comma - 1; k > 0; k--) {
      if (t.get(k).word().equals(",")) {
        String next = t.get(k + 1).lower();
        return next.equals("who") || next.equals("which");
      }
    }
    return false;
  }

  /** Whether "a" or "an" opens the noun phrase ending at {@code last}: "a (super) PAC". */
  private static boolean indefinite(List<Token> t, int last) {
    for (int k = last - 1; k >= Math.max(0, last - 3); k--) {
      String w = t.get(k).lower();
      if (w.equals("a") || w.equals("an")) {
        return true;
      }
      String tag = t.get(k).tag();
      if (!"ADJ".equals(tag) && !"NOUN".equals(tag) && !"ADV".equals(tag)) {
        return false; // "super" is tagged an adverb
      }
    }
    return false;
  }

  /**
   * A description after the names called ("called Lind a strong person", "called him \"one of
   * us\"", "called Hale and Lind \"the linchpins\"", "called Hale and Lind each a \"sleaze\""),
   * also past an appositive ("called Lind, 44, a \"fresh face\"", "called Lind, the first mayor to
   * win twice, a \"fraud\"") or a noun the name qualifies ("called Lind administration officials
   * \"criminals\""), or a possessive among them ("called Lind's ties with Berg warm": Lind's ties
   * were called something, no one was called).
   */
  private static boolean describedAfter(List<Token> t, int callee) {
    int k = callee;
    boolean first = true; // the first name called: "called Klain, Biden's chief of staff" calls
    while (k < t.size()) {
      Token w = t.get(k);
      boolean listed =
          (w.word().equals(",") || w.lower().equals("and"))
              && k + 1 < t.size()
              && (t.get(k + 1).capitalized()
                  || w.lower().equals("and") && theThenName(t, k + 1)); // ", the …" is an aside
      if (first && w.capitalized() && (w.possessive() || pluralOwner(t, k))) {
        return true;
      }
      first &= !listed;
      boolean title = // "called Democratic nominee Joe Biden"
          !w.capitalized()
              && k + 1 < t.size()
              && t.get(k + 1).capitalized()
              && Lexicons.get().titles.contains(List.of(w.lower()));
      boolean article = k > callee && theThenName(t, k); // "South Korea and the United States"
      if (!w.capitalized() && !w.word().equals(".") && !listed && !title && !article) {
        break;
      }
      k++;
    }
    int afterAppositive = pastAppositive(t, k);
    if (afterAppositive != k) {
      // "called Lind, 44, a \"fresh face\"", but "called Sunak, the British prime minister, the
      // White House said": past an appositive, "the" or "his" opens the sentence's reporter
      return afterAppositive < t.size()
          && AFTER_APPOSITIVE.contains(t.get(afterAppositive).lower());
    }
    k = pastQualifiedNouns(t, k);
    if (k < t.size() && EACH.contains(t.get(k).lower())) {
      k++;
    }
    return k < t.size()
        && (DESCRIPTION.contains(t.get(k).lower())
            || t.get(k).word().startsWith("‘") // "called Hallie Biden ‘stupid’", one token
            || ("ADJ".equals(t.get(k).tag()) || t.get(k).lower().matches("un\\w+ed"))
                && !t.get(k).capitalized()
                && !HOW_ADJECTIVES.contains(t.get(k).lower())
                && !(k + 1 < t.size() && "NOUN".equals(t.get(k + 1).tag()))); // "unqualified"
  }

  /** A "the" at {@code k} before a capitalised word: "the United States" in a list called. */
  private static boolean theThenName(List<Token> t, int k) {
    return k + 1 < t.size() && t.get(k).lower().equals("the") && t.get(k + 1).capitalized();
  }

  /**
   * Adjectives that tell when or how a call was made: "called Putin last week", "early Monday",
   * "unannounced" (one before a noun, "multiple times", is never a description either).
   */
  private static final Set<String> HOW_ADJECTIVES =
      Set.of(
          "last",
          "next",
          "early",
          "late",
          "earlier",
          "later",
          "recent",
          "same",
          "previous",
          "following",
          "first",
          "second",
          "several",
          "many",
          "few",
          "separate",
          "brief",
          "lengthy",
          "personal",
          "private",
          "direct",
          "multiple",
          "numerous",
          "repeated",
          "unannounced",
          "unprompted",
          "unexpected",
          "unsolicited",
          "uninvited",
          "unscheduled");

  /** "Kiggans' failure": a name ending in s whose possessive is a lone apostrophe. */
  private static boolean pluralOwner(List<Token> t, int k) {
    String w = t.get(k).word();
    boolean glued = w.endsWith("s'") || w.endsWith("s’");
    boolean apart =
        k + 1 < t.size()
            && QUOTE_APOSTROPHES.contains(t.get(k + 1).word())
            && t.get(k + 1).start() == t.get(k).end()
            && w.endsWith("s");
    return glued || apart;
  }

  private static final Set<String> QUOTE_APOSTROPHES = Set.of("'", "’");

  /** After ", 44," or ", the first mayor to win twice,": the token after the closing comma. */
  private static int pastAppositive(List<Token> t, int k) {
    if (k + 1 >= t.size() || !t.get(k).word().equals(",") || t.get(k + 1).capitalized()) {
      return k; // "called Klain, Biden's chief of staff": a name, not a description, follows
    }
    for (int j = k + 1; j < Math.min(t.size(), k + APPOSITIVE); j++) {
      String w = t.get(j).word();
      if (w.equals(",")) {
        return j + 1;
      }
      if (w.equals(".") || w.equals(";") || QUOTES.contains(w)) {
        return k;
      }
    }
    return k;
  }

  /** Past up to two lower-case nouns the name qualifies: "Bush administration officials". */
  private static int pastQualifiedNouns(List<Token> t, int k) {
    if (k > 0 && WHEN.contains(t.get(k - 1).lower())) {
      return k; // "called McClellan Tuesday night while \"she …": a time, then the call's story
    }
    int j = k;
    while (j < Math.min(t.size(), k + 2)
        && "NOUN".equals(t.get(j).tag())
        && !t.get(j).capitalized()) {
      j++;
    }
    return j > k && j < t.size() && QUOTES.contains(t.get(j).lower()) ? j : k;
  }
}
