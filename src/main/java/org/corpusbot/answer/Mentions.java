package org.corpusbot.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a text mentions a name the way news writes it: case aside, "Biden" for "Joe Biden",
 * "U.S." or "America" for "United States", "Ukraine" for "Ukrainian", "WHO" for "World Health
 * Organization", a possessive for the name. Lenient on purpose: a refusal of an answerable question
 * costs more than a neighbouring fact. Thread-safe (immutable).
 */
final class Mentions {
  /** Names of one place or body that news writes in several ways. */
  private static final List<Set<String>> ALIASES =
      List.of(
          Set.of(
              "united states", "us", "u.s.", "usa", "u.s.a.", "america", "american", "americans"),
          Set.of("united kingdom", "uk", "u.k.", "britain", "british", "england", "english"),
          Set.of("european union", "eu", "e.u.", "europe", "european"),
          Set.of("united nations", "un", "u.n."),
          Set.of("netherlands", "dutch", "holland"),
          Set.of("france", "french"),
          Set.of("switzerland", "swiss"),
          Set.of("covid", "covid-19", "coronavirus"));

  private static final Pattern WORD = Pattern.compile("[^\\p{L}]+");
  private static final Pattern HYPHENED_WORD = Pattern.compile("[^\\p{L}-]+");
  private static final Pattern DEMONYM = Pattern.compile(".*(?:ian|ean|an|ese|ish|i)$");

  private final String text;

  /** The text as written: a slip is forgiven only for a word written as a name. */
  private final String original;

  /** {@code text}: everything the evidence says, in any case. */
  Mentions(String text) {
    this.original = text;
    this.text = text.toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  /**
   * True when the text mentions the name whose distinctive words are {@code words} (in order, at
   * least one): the whole name, its last word, its initials, or an alias of either.
   */
  boolean mentions(List<String> words) {
    String whole = String.join(" ", words).toLowerCase(Locale.ROOT).replace('’', '\'');
    String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT).replace('’', '\'');
    List<String> forms = new ArrayList<>(List.of(whole, last));
    if (words.size() > 2) {
      // Two initials ("at", "is") are ordinary words: only three or more make an acronym.
      forms.add(initials(words));
    }
    for (Set<String> group : ALIASES) {
      if (group.contains(whole) || group.contains(last)) {
        forms.addAll(group);
      }
    }
    for (String f : forms) {
      if (has(f, false) || DEMONYM.matcher(f).matches() && f.length() >= 6 && stemFound(f)) {
        return true;
      }
    }
    return false;
  }

  /**
   * As {@link #mentions}, or with the name's last word one slip of the keys away ({@link #nearly})
   * while its other words are there as typed: "Tennessee Hosue" is the Tennessee House, but "Carlos
   * Alcaraz" is not someone at Alcatraz, nor "Assimi Goita" anyone who "gotta".
   */
  boolean mentionsOrSlip(List<String> words) {
    if (mentions(words)) {
      return true;
    }
    for (String w : words.subList(0, words.size() - 1)) {
      if (!has(w.toLowerCase(Locale.ROOT).replace('’', '\''), false)) {
        return false;
      }
    }
    return nearly(words.get(words.size() - 1).toLowerCase(Locale.ROOT));
  }

  /**
   * "Puttin", "Ukriane", "GasBudy", "Hosue": a word of five letters or more that a capitalised word
   * of the text spells with one letter added, dropped, changed or two swapped, the first letter the
   * same (people rarely mistype it), written at least twice: the story's subject is, a name in
   * passing ("Golog" for "Robert Golob", whom the articles never name) seldom is. A user's typo is
   * not a name the articles lack (user trial 56: each of these was refused). Two slips are not
   * forgiven: "Pierson" is not "Pearson", who may be someone else.
   */
  private boolean nearly(String word) {
    // "Hall-Lang" for "Hall-Long" (user trial 59): a double name is compared whole
    boolean hyphened = word.indexOf('-') > 0;
    if (word.length() < 5
        || !word.chars().allMatch(c -> Character.isLetter(c) || hyphened && c == '-')) {
      return false;
    }
    Map<String, Integer> seen = new HashMap<>();
    for (String w : (hyphened ? HYPHENED_WORD : WORD).split(original)) {
      if (w.length() >= 5
          && Character.isUpperCase(w.charAt(0))
          && Character.toLowerCase(w.charAt(0)) == word.charAt(0)
          && Math.abs(w.length() - word.length()) <= 1
          && OneSlip.apart(w.toLowerCase(Locale.ROOT), word)
          && !plural(w.toLowerCase(Locale.ROOT), word)
          && seen.merge(w, 1, Integer::sum) >= 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Roberts" and "Robert", "Williams" and "William": a closing "s" makes another name, not a slip
   * (review 56: Chief Justice Roberts was taken for Robert Hur).
   */
  private static boolean plural(String a, String b) {
    return a.equals(b + "s") || b.equals(a + "s");
  }

  /** "Ukrainian" is mentioned by "Ukraine", "Chinese" by "China": the word's first letters. */
  private boolean stemFound(String word) {
    return has(word.substring(0, Math.max(4, word.length() - 3)), true);
  }

  private boolean has(String form, boolean prefix) {
    int from = 0;
    while (true) {
      int at = text.indexOf(form, from);
      if (at < 0) {
        return false;
      }
      int end = at + form.length();
      boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean endOk =
          prefix || end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (startOk && endOk) {
        return true;
      }
      from = at + 1;
    }
  }

  private static String initials(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      sb.append(Character.toLowerCase(w.charAt(0)));
    }
    return sb.toString();
  }
}
