package org.corpusbot.meetings;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.corpusbot.answer.QuestionNames;

/**
 * "who did biden meet", "who met putin in geneva": a question typed in lower case, its names and
 * places written as the articles write them ("Biden", "Geneva"), so that it reaches the contacts as
 * "Who did Biden meet?" does. A name is recased only when a contact has a participant, named (not
 * described), one of whose words is that word capitalised; a place only when it is a known place.
 * Questions that capitalise a word after their first are left as they are. Thread-safe.
 */
final class LowerCaseNames {
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");

  /** A capital after the first letter: the asker writes names as names, nothing to guess. */
  private static final Pattern LATER_CAPITAL = Pattern.compile(".\\P{Lu}*\\p{Lu}", Pattern.DOTALL);

  /**
   * Words of the question itself besides {@link QuestionNames#questionWord}'s: the contact words
   * and small words. They are never recased and need no name.
   */
  private static final Set<String> ASKING =
      Set.of(
          "or",
          "to",
          "of",
          "by",
          "for",
          "from",
          "about",
          "after",
          "before",
          "met",
          "meet",
          "meets",
          "meeting",
          "meetings",
          "talk",
          "talks",
          "talked",
          "visit",
          "visited",
          "visits",
          "call",
          "called",
          "phone",
          "spoke",
          "speak",
          "summit",
          "summits",
          "many",
          "times",
          "often",
          "all",
          "ever",
          "last",
          "first",
          "this",
          "that",
          "week",
          "month",
          "year",
          "each",
          "other",
          "together");

  private static boolean asking(String lower) {
    return ASKING.contains(lower) || QuestionNames.questionWord(lower);
  }

  private final Function<String, Optional<String>> nameAsWritten;
  private final Map<String, String> places;

  /**
   * {@code nameAsWritten} gives a lower-case word as a stored participant's name writes it, when
   * one does.
   */
  LowerCaseNames(Function<String, Optional<String>> nameAsWritten) {
    this.nameAsWritten = nameAsWritten;
    this.places =
        Lexicons.get().places.stream()
            .filter(p -> !p.contains(" "))
            .collect(
                Collectors.toUnmodifiableMap(
                    p -> p.toLowerCase(Locale.ROOT),
                    p -> p,
                    (a, b) -> a.compareTo(b) <= 0 ? a : b));
  }

  /**
   * {@code question} with its names recased, or itself when it writes capitals of its own or holds
   * a word that is neither the question's own nor a name or place recased: "did biden meet kagame"
   * stays as typed (Kagame in no stored contact), since read as "did Biden meet kagame" it would
   * ask about Biden alone and be answered yes (review 58); so does "how many times did white house
   * officials visit moscow", whose officials would be dropped.
   */
  String recase(String question) {
    if (LATER_CAPITAL.matcher(question.strip()).lookingAt()) {
      return question;
    }
    StringBuilder out = new StringBuilder();
    Matcher m = WORD.matcher(question);
    int last = 0;
    while (m.find()) {
      String word = m.group();
      String lower = word.toLowerCase(Locale.ROOT);
      Optional<String> cased =
          asking(lower) || word.length() < 3
              ? Optional.empty()
              : Optional.ofNullable(places.get(lower)).or(() -> nameAsWritten.apply(lower));
      if (cased.isEmpty() && !asking(lower)) {
        return question; // a word that may be a name the contacts don't know
      }
      out.append(question, last, m.start()).append(cased.orElse(word));
      last = m.end();
    }
    return out.append(question.substring(last)).toString();
  }
}
