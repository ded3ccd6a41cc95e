package org.corpusbot.meetings;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

/**
 * Who an article calls President, kept apart by standing: in office, former, or another country's.
 * "President Joe Biden" beside an untitled "Donald Trump" makes "the former president" Trump, never
 * Biden; "Chinese President Xi Jinping" beside "President Donald Trump" is not "the president",
 * alone he is. Filled while {@link NameRegistry} reads the article; not thread-safe.
 */
final class Presidents {
  /**
   * Capitalised words before "President" that name no body: "U.S.", "Then-", "Democratic", and a
   * sentence's first word ("Under President Ana Vick …").
   */
  private static final Set<String> NOT_A_BODY =
      Set.of(
          "u.s.",
          "u.s",
          "us",
          "american",
          "then",
          "then-",
          "vice",
          "acting",
          "interim",
          "new",
          "democratic",
          "republican",
          "democrat",
          "gop",
          "under",
          "during",
          "after",
          "before",
          "with",
          "for",
          "by",
          "as",
          "when",
          "while",
          "since",
          "like",
          "from",
          "to",
          "and",
          "but",
          "the",
          "then-president",
          "elect",
          "president-elect",
          "outgoing",
          "incoming",
          "late");

  private final Set<String> inOffice = new HashSet<>();
  private final Set<String> former = new HashSet<>();
  private final Set<String> foreign = new HashSet<>();

  /**
   * Records {@code name} under "President", "U.S. President", "Former President"; never "Vice".
   * {@code formerBefore}: the words before the name put the holder out of office.
   */
  void record(List<String> titles, String name, boolean formerBefore, Lexicons lex) {
    for (int i = 0; i < titles.size(); i++) {
      String before =
          i == 0
              ? formerBefore ? "former" : ""
              : NameParts.clean(titles.get(i - 1)).toLowerCase(Locale.ROOT);
      if (NameParts.clean(titles.get(i)).equalsIgnoreCase("president") && !before.equals("vice")) {
        String country =
            i == 0 ? null : NationalTitles.country(titles.subList(i - 1, i), lex); // "Ukraine's"
        String word = i == 0 ? "" : NameParts.clean(titles.get(i - 1));
        if (country == null
            && word.length() >= 3
            && word.indexOf('.') < 0 // "U.S.", as the name runs may cut it ("S.")
            && Character.isUpperCase(word.charAt(0))
            && !NameRegistry.outWord(before)
            && !NOT_A_BODY.contains(before)) {
          return; // "FIFA President Gianni Infantino", "Harvard President Claudine Gay": a body's
        }
        if (country != null && !country.equals("United States") && !formerBefore) {
          foreign.add(name);
        } else {
          // "former Chinese President Hu Jintao" is out of office whatever stands between
          (formerBefore || NameRegistry.outWord(before) ? former : inOffice).add(name);
        }
        return;
      }
    }
  }

  /**
   * The one person called President (with {@code wasOne}, Former President), by the full name
   * {@code canonical} gives; null when none or several: then "the president" could be any of them,
   * or someone unnamed.
   */
  String one(boolean wasOne, UnaryOperator<String> canonical, ToIntFunction<String> timesNamed) {
    Set<String> abroad = map(foreign, canonical);
    Set<String> domestic = map(inOffice, canonical);
    domestic.removeAll(abroad);
    // "President Xi" after "Chinese President Xi Jinping" (family name first): the foreign one
    domestic.removeIf(
        d -> !d.contains(" ") && abroad.stream().anyMatch(f -> f.startsWith(d + " ")));
    Set<String> held = wasOne ? map(former, canonical) : domestic.isEmpty() ? abroad : domestic;
    return held.size() == 1 ? held.iterator().next() : wasOne ? null : story(held, timesNamed);
  }

  /**
   * Of several in office, the story's own: the one named at least {@link #DOMINANT} times as often
   * as each other and {@link #DOMINANT} times at least ("President Joe Biden" throughout, "under
   * President Barack Obama" once, "NAACP President Derrick Johnson" once); else null.
   */
  private static String story(Set<String> held, ToIntFunction<String> timesNamed) {
    String best = null;
    int most = 0;
    int next = 0;
    for (String p : held) {
      int n = timesNamed.applyAsInt(p);
      if (n > most) {
        next = most;
        most = n;
        best = p;
      } else {
        next = Math.max(next, n);
      }
    }
    return most >= DOMINANT && most >= DOMINANT * next ? best : null;
  }

  private static final int DOMINANT = 3;

  private static Set<String> map(Set<String> names, UnaryOperator<String> canonical) {
    Set<String> out = new HashSet<>();
    names.forEach(p -> out.add(canonical.apply(p)));
    return out;
  }
}
