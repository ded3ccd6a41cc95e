package org.corpusbot.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronyms a question uses ("IRS", "NASA") and whether a sentence spells one out ("the Internal
 * Revenue Service"): news names a body in full in its lead and by its initials later, and people
 * ask by the initials, so a lead that never writes them still speaks of what was asked.
 */
final class Acronyms {
  /** Three to six capitals standing alone: two are too often a word or a state ("IT", "OK"). */
  private static final Pattern ACRONYM = Pattern.compile("\\b[A-Z]{3,6}\\b");

  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");

  /** Small words a spelled-out name holds without an initial of their own. */
  private static final Set<String> INSIDE = Set.of("of", "and", "for", "the", "on", "&");

  private Acronyms() {}

  /** The acronyms of {@code text}, in order, without repeats. */
  static Set<String> in(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = ACRONYM.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /**
   * True when {@code sentence} holds a run of capitalised words whose initials are {@code acronym}
   * ("Centers for Disease Control and Prevention" for CDC, "National Aeronautics and Space
   * Administration" for NASA), small words inside it left out.
   */
  static boolean spelledOut(String acronym, String sentence) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(sentence);
    while (m.find()) {
      words.add(m.group());
    }
    for (int i = 0; i < words.size(); i++) {
      StringBuilder initials = new StringBuilder();
      for (int j = i; j < words.size(); j++) {
        String w = words.get(j);
        if (Character.isUpperCase(w.charAt(0))) {
          initials.append(w.charAt(0));
          if (initials.toString().equals(acronym)) {
            return true;
          }
          if (!acronym.startsWith(initials.toString())) {
            break;
          }
        } else if (!(j > i && INSIDE.contains(w))) {
          break;
        }
      }
    }
    return false;
  }
}
