package org.corpusbot.meetings;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One-word organisations a story shows to be organisations by what it says of them: "a Sabena
 * spokesman", "Hamas officials", "Microsoft's board", "shares of Chrysler". Without this a single
 * capitalised word is taken for the surname of someone the story never names in full, and dropped,
 * so "Israel held talks with Hamas" had one side. A word that is a person's name in the story, a
 * place, a nationality, a title or a sentence word is never one.
 */
final class OrganisationWords {
  /** What only an organisation has or does, right after its name. */
  private static final Pattern OWNED =
      Pattern.compile(
          "\\b(\\p{Lu}[\\p{L}&-]{2,})(?:'s|’s|')? (?:spokesman|spokeswoman|spokesperson|spokespeople"
              + "|officials|shares|stock|shareholders|stockholders|board of directors|board"
              + "|chairman|chairwoman|chief executive|CEO|executives|management|subsidiary"
              + "|headquarters|employees|workers)\\b(?! \\p{Lu})");

  /**
   * "shares of Chrysler", "a stake in Sabena"; not "a spokesman for X", said of people as often as
   * of organisations ("a spokeswoman for Pelosi").
   */
  private static final Pattern OF =
      Pattern.compile(
          "\\b(?:[Ss]hares (?:of|in)|[Ss]take in) (\\p{Lu}[\\p{L}&-]{2,})\\b(?![ -]\\p{Lu})");

  /**
   * A word a story gives a title or an honorific ("Sen. Jones", "Mr. Jones", "President Smith"): a
   * person, whatever else is said of the name ("a Jones spokesman").
   */
  private static final Pattern TITLED =
      Pattern.compile(
          "\\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Prof|Rev|President|Senator|Governor"
              + "|Speaker|Chancellor|Minister|Secretary|Judge|Justice|Mayor|Ambassador|King|Queen"
              + "|Prince|Princess|Pope|Sheikh)\\.? (\\p{Lu}[\\p{L}&-]{2,})\\b");

  private OrganisationWords() {}

  /**
   * The lower-cased words the text shows to be organisations, leaving out any {@code person}
   * accepts (a surname or first name the story gives someone).
   */
  static Set<String> in(String text, Lexicons lex, Predicate<String> person) {
    Set<String> titled = new HashSet<>();
    Matcher t = TITLED.matcher(text);
    while (t.find()) {
      titled.add(t.group(1));
    }
    Set<String> out = new HashSet<>();
    for (Pattern p : List.of(OWNED, OF)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        String w = m.group(1);
        if ((p == OF || alone(text, m.start(1)))
            && !titled.contains(w)
            && !excluded(w, lex, person)) {
          out.add(w.toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }

  /** The word before a name, and the space after it: "White " in "White House spokesman". */
  private static final Pattern WORD_BEFORE = Pattern.compile("(\\S+)([ \\t]+)$");

  /**
   * Not the last word of a longer name ("White House spokesman", "Bank of America shares"): the
   * word before it on its line is lower case or ends a sentence.
   */
  private static boolean alone(String text, int at) {
    Matcher m = WORD_BEFORE.matcher(text.substring(Math.max(0, at - 40), at));
    if (!m.find()) {
      return true; // the text's or a line's first word
    }
    String before = m.group(1);
    boolean sentenceEnd =
        (before.endsWith(".") || before.endsWith("!") || before.endsWith("?"))
            && !ABBREVIATION.matcher(before).matches(); // "Sen. Jones's spokesman", "U.S."
    return sentenceEnd
        || ARTICLES.contains(before) // "A Sabena spokesman" opening a sentence
        || !Character.isUpperCase(before.charAt(0))
            && !before.equals("of")
            && !before.equals("and")
            && !before.equals("&");
  }

  private static final Set<String> ARTICLES = Set.of("A", "An", "The");

  /** A short capitalised abbreviation, which ends no sentence: "Mr.", "Sen.", "U.S.". */
  private static final Pattern ABBREVIATION = Pattern.compile("\\p{Lu}[\\p{L}.]{0,3}\\.");

  private static boolean excluded(String w, Lexicons lex, Predicate<String> person) {
    String l = w.toLowerCase(Locale.ROOT);
    return person.test(w)
        || NameParts.NOT_NAMES.contains(l)
        || lex.places.contains(w)
        || lex.regions.contains(w)
        || lex.orgWords.contains(l)
        || lex.oneWordDemonym(l)
        || lex.oneWordTitle(l)
        || w.chars().allMatch(c -> Character.isUpperCase(c) || c == '&' || c == '-');
  }
}
