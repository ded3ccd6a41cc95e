package org.corpusbot.answer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronyms a question uses ("IRS", "NASA") and whether a sentence spells one out ("the Internal
 * Revenue Service"): news names a body in full in its lead and by its initials later, and people
 * ask by the initials, so a lead that never writes them still speaks of what was asked. Pure and
 * thread-safe.
 */
final class Acronyms {
  /** Three to six capitals standing alone: two are too often a word or a state ("IT", "OK"). */
  private static final Pattern ACRONYM = Pattern.compile("\\b[A-Z]{3,6}\\b");

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");

  /** What may stand between two words of one name: spaces, or an ampersand between spaces. */
  private static final Pattern BETWEEN = Pattern.compile("\\s+(?:&\\s+)?");

  /** Small words a spelled-out name holds without an initial of their own. */
  private static final Set<String> INSIDE = Set.of("of", "and", "for", "the", "on");

  /**
   * Capitalised words that open a sentence or a phrase and begin no name: "In Chicago Eduardo
   * Ramirez" spells no ICE.
   */
  private static final Set<String> OPENERS =
      Set.of(
          "In", "On", "At", "For", "From", "By", "With", "After", "Before", "When", "While", "As",
          "If", "But", "And", "Or", "So", "The", "A", "An", "This", "That", "These", "Those", "Its",
          "His", "Her", "Their", "Our", "Under", "Over", "Since", "Until", "During", "Despite",
          "Among", "Also", "Then", "Now", "Why", "How", "What", "Who", "Where", "Which", "Yet");

  private Acronyms() {}

  /**
   * The acronyms of {@code text}, in order, without repeats; none in a text typed in capitals,
   * where every short word looks like one.
   */
  static Set<String> in(String text) {
    long upper = text.chars().filter(Character::isUpperCase).count();
    long lower = text.chars().filter(Character::isLowerCase).count();
    Set<String> out = new LinkedHashSet<>();
    if (upper > lower) {
      return out;
    }
    Matcher m = ACRONYM.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** True when {@code word} is an acronym: three to six capitals. */
  static boolean is(String word) {
    return ACRONYM.matcher(word).matches();
  }

  /**
   * True when {@code sentence} spells out {@code acronym} and {@code context} (its passage and
   * headline) also writes it: a story that uses the initials says what they stand for, and a run of
   * capitalised words elsewhere ("the South and East China seas") only happens to share them.
   */
  static boolean holds(String acronym, String sentence, String context) {
    return writes(context, acronym) && spelledOut(acronym, sentence);
  }

  /** Whether {@code text} has {@code acronym} as a word (it is asked for every sentence). */
  private static boolean writes(String text, String acronym) {
    for (int at = text.indexOf(acronym); at >= 0; at = text.indexOf(acronym, at + 1)) {
      int end = at + acronym.length();
      if ((at == 0 || !wordChar(text.charAt(at - 1)))
          && (end == text.length() || !wordChar(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean wordChar(char c) {
    return c == '_' || Character.isLetterOrDigit(c);
  }

  /**
   * True when {@code text} holds a run of capitalised words whose initials are {@code acronym}
   * ("Centers for Disease Control and Prevention" for CDC, "National Aeronautics and Space
   * Administration" for NASA), small words inside it left out. Taken from the run's start: no
   * punctuation inside it, no capitalised word right before it but "The" or a short code ("US Food
   * and Drug Administration"), and not opened by a word that opens sentences ("In", "For"). So
   * "Transportation Secretary Elaine Chao" spells no SEC and "For Biden, Iowa" no FBI, while
   * "Internal Revenue Service Commissioner Danny Werfel" spells IRS.
   */
  static boolean spelledOut(String acronym, String text) {
    List<MatchResult> words = WORD.matcher(text).results().toList();
    for (int i = 0; i < words.size(); i++) {
      String first = words.get(i).group();
      if (!capitalised(first)
          || OPENERS.contains(first)
          || i > 0 && joined(text, words, i) && extendsLeft(words.get(i - 1).group())) {
        continue;
      }
      StringBuilder initials = new StringBuilder();
      for (int j = i; j < words.size(); j++) {
        if (j > i && !joined(text, words, j)) {
          break;
        }
        String w = words.get(j).group();
        if (!capitalised(w)) {
          if (j > i && INSIDE.contains(w)) {
            continue;
          }
          break;
        }
        initials.append(w.charAt(0));
        if (initials.toString().equals(acronym)) {
          return true;
        }
        if (!acronym.startsWith(initials.toString())) {
          break;
        }
      }
    }
    return false;
  }

  private static boolean capitalised(String w) {
    return Character.isUpperCase(w.charAt(0));
  }

  /** True when only spaces (or " & ") stand between word {@code j - 1} and word {@code j}. */
  private static boolean joined(String text, List<MatchResult> words, int j) {
    return BETWEEN.matcher(text.substring(words.get(j - 1).end(), words.get(j).start())).matches();
  }

  /** A capitalised word before a run that belongs to its name: not "The", not "US" or "UK". */
  private static boolean extendsLeft(String w) {
    boolean code = w.length() <= 3 && w.chars().allMatch(Character::isUpperCase);
    return capitalised(w) && !w.equals("The") && !code;
  }
}
