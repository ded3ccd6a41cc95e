package org.corpusbot.meetings;

import java.util.List;
import java.util.Set;

/**
 * Whether "called" is a call to someone, or names, describes or appeals: "called for an end",
 * "so-called", "an agency called NORSA", "is now called X", "called Lind a strong person", "called
 * Lind's ties with Berg warm", "called Hale and Lind \"the linchpins\"", "called Tuesday for". Most
 * uses of "called" in news are these, so a call needs its callee right after the verb.
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

  private static final Set<String> DESCRIPTION =
      Set.of("a", "an", "the", "his", "her", "their", "one", "\"", "“", "''", "``");

  /** When the call was made, between the verb and what follows it: "called Tuesday for …". */
  private static final Set<String> WHEN =
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
        || namedBefore(t, from)
        || describedAfter(t, callee);
  }

  /**
   * After a comma, a common noun or a form of "be" ("the agency, called NORSA", "a garment called
   * the Pallium", "is called X", "is now called X"), but "the president called Lind".
   */
  private static boolean namedBefore(List<Token> t, int from) {
    if (from == 0) {
      return false;
    }
    Token before = t.get(from - 1);
    boolean adverbAfterBe =
        from > 1
            && NAMING_ADVERBS.contains(before.lower())
            && NAMED_AFTER.contains(t.get(from - 2).lower());
    return before.word().equals(",")
        || NAMED_AFTER.contains(before.lower())
        || adverbAfterBe
        || "NOUN".equals(before.tag())
            && !before.capitalized()
            && !Lexicons.get().titles.contains(List.of(before.lower()))
        || before.allCaps() && indefinite(t, from - 1); // "a super PAC called Trusted …"
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
   * us\"", "called Hale and Lind \"the linchpins\""), or a possessive among them ("called Lind's
   * ties with Berg warm": Lind's ties were called something, no one was called).
   */
  private static boolean describedAfter(List<Token> t, int callee) {
    int k = callee;
    boolean first = true; // the first name called: "called Klain, Biden's chief of staff" calls
    while (k < t.size()) {
      Token w = t.get(k);
      boolean listed =
          (w.word().equals(",") || w.lower().equals("and"))
              && k + 1 < t.size()
              && t.get(k + 1).capitalized();
      if (first && w.capitalized() && w.possessive()) {
        return true;
      }
      first &= !listed;
      if (!w.capitalized() && !w.word().equals(".") && !listed) {
        break;
      }
      k++;
    }
    return k < t.size() && DESCRIPTION.contains(t.get(k).lower());
  }
}
