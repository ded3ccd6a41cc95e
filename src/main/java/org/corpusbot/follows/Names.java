package org.corpusbot.follows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpusbot.meetings.ContactEvent;
import org.corpusbot.meetings.Participant;

/**
 * How a followed name finds a person, the way the contact store does ({@code ContactStore}): by the
 * last word of the name given ("Victoria Nuland", "Nuland" → "nuland") among the words of a
 * participant's name, and in text as a capitalised word. Pure and thread-safe.
 */
final class Names {
  private Names() {}

  /**
   * The lower-case key of a followed name: its last word ("Olivia Newton-John" → "newton-john"),
   * without surrounding punctuation; null when the name has no letter or digit.
   */
  static String key(String name) {
    String[] parts = name.strip().split("\\s+");
    String last =
        parts[parts.length - 1]
            .toLowerCase(Locale.ROOT)
            .replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
    return words(last).isEmpty() ? null : last;
  }

  /** Lower-case words of two or more letters or digits (as the contact annotator keys names). */
  static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 1) {
        out.add(w);
      }
    }
    return out;
  }

  /** The word a key is looked up by among an article's {@link #words}: its last one. */
  static String probe(String key) {
    List<String> w = words(key);
    return w.get(w.size() - 1);
  }

  /** Whether {@code p}'s name holds every word of {@code key}. */
  static boolean names(Participant p, String key) {
    return words(p.name()).containsAll(words(key));
  }

  /** Whether some participant of {@code e} is the person keyed {@code key}. */
  static boolean involves(ContactEvent e, String key) {
    return e.participants().stream().anyMatch(p -> names(p, key));
  }

  /** Whether one of {@code e}'s pairs (who met whom) holds both people. */
  static boolean pairs(ContactEvent e, String a, String b) {
    for (List<Participant> pair : e.pairs()) {
      Participant x = pair.get(0);
      Participant y = pair.get(1);
      if (names(x, a) && names(y, b) || names(x, b) && names(y, a)) {
        return true;
      }
    }
    return false;
  }

  /** {@code key} as a whole word, in any case. */
  static Pattern pattern(String key) {
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}])" + Pattern.quote(key) + "(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** Offsets of the capitalised occurrences of a {@link #pattern} in {@code text}. */
  static List<Integer> mentions(String text, Pattern p) {
    List<Integer> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      if (Character.isUpperCase(text.charAt(m.start()))) {
        out.add(m.start());
      }
    }
    return out;
  }
}
