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
              + "|headquarters|employees|workers)\\b");

  /** "shares of Chrysler", "a stake in Sabena", "a spokesman for Hamas". */
  private static final Pattern OF =
      Pattern.compile(
          "\\b(?:[Ss]hares (?:of|in)|[Ss]take in|[Ss]pokes(?:man|woman|person) for)"
              + " (\\p{Lu}[\\p{L}&-]{2,})\\b(?![ -]\\p{Lu})");

  private OrganisationWords() {}

  /**
   * The lower-cased words the text shows to be organisations, leaving out any {@code person}
   * accepts (a surname or first name the story gives someone).
   */
  static Set<String> in(String text, Lexicons lex, Predicate<String> person) {
    Set<String> out = new HashSet<>();
    for (Pattern p : List.of(OWNED, OF)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        String w = m.group(1);
        if ((p == OF || alone(text, m.start(1))) && !excluded(w, lex, person)) {
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
    boolean sentenceEnd = before.endsWith(".") || before.endsWith("!") || before.endsWith("?");
    return sentenceEnd
        || ARTICLES.contains(before) // "A Sabena spokesman" opening a sentence
        || !Character.isUpperCase(before.charAt(0))
            && !before.equals("of")
            && !before.equals("and")
            && !before.equals("&");
  }

  private static final Set<String> ARTICLES = Set.of("A", "An", "The");

  private static boolean excluded(String w, Lexicons lex, Predicate<String> person) {
    String l = w.toLowerCase(Locale.ROOT);
    return person.test(w)
        || NameParts.NOT_NAMES.contains(l)
        || lex.places.contains(w)
        || lex.regions.contains(w)
        || lex.orgWords.contains(l)
        || lex.demonyms.stream().anyMatch(d -> d.size() == 1 && d.get(0).equals(l))
        || lex.titles.stream().anyMatch(t -> t.size() == 1 && t.get(0).equals(l))
        || w.chars().allMatch(c -> Character.isUpperCase(c) || c == '&' || c == '-');
  }
}
