package org.corpusbot.telegram;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.corpusbot.answer.AbsentNames;

/**
 * Questions a person would ask about an article, for {@code /start}: from a headline, what is new
 * on its subject ("Harbor City budget hearing draws record crowd" → "What is the latest on the
 * Harbor City budget hearing?"); from an article without a title (whose title is only its first
 * words), the people and places its lead names ("What happened between Vladimir Putin and Joe
 * Biden?"). Stateless.
 */
final class Suggestions {
  /** Headline verbs that don't end in -s or -ed ("Ferry workers end strike"). */
  private static final Set<String> VERBS =
      Set.of(
          "end", "win", "wins", "say", "meet", "face", "get", "hit", "set", "cut", "ban", "back",
          "take", "make", "open", "close", "pass", "vote", "seek", "warn", "plan", "push", "sign",
          "agree", "reach", "raise", "lose", "keep", "leave", "will", "to", "is", "are", "was");

  private static final Pattern VERB_FORM = Pattern.compile("\\p{Ll}+(?:[^su]s|ed)");

  private Suggestions() {}

  /**
   * A question about the article titled {@code title}; {@code text} is its text, which tells a
   * derived title (its first words) from a real one.
   */
  static String of(String title, String text) {
    String head = title.replaceAll("…$", "").strip();
    if (text != null && text.strip().startsWith(head)) {
      List<List<String>> names = AbsentNames.names(firstSentence(text));
      if (names.size() >= 2) {
        return "What happened between "
            + String.join(" ", names.get(0))
            + " and "
            + String.join(" ", names.get(1))
            + "?";
      }
      if (names.size() == 1) {
        return "What is the latest on " + String.join(" ", names.get(0)) + "?";
      }
    }
    return "What is the latest on " + subject(StartCommand.topic(title)) + "?";
  }

  /** The headline's words before its verb, as a noun phrase ("the Northport ferry workers"). */
  static String subject(String headline) {
    String[] words = headline.split("\\s+");
    // A known verb first: "workers" has a verb's form, "end" is the verb of "workers end strike".
    int verb = find(words, w -> VERBS.contains(w) && Character.isLowerCase(w.charAt(0)), 1);
    if (verb == words.length) {
      verb = find(words, w -> VERB_FORM.matcher(w).matches(), 2);
    }
    String phrase = String.join(" ", java.util.Arrays.copyOf(words, verb)).replaceAll("[:,]$", "");
    String last = words[verb - 1];
    return Character.isLowerCase(last.charAt(0)) ? "the " + phrase : phrase;
  }

  private static int find(String[] words, java.util.function.Predicate<String> verb, int from) {
    for (int i = from; i < words.length; i++) {
      if (verb.test(words[i])) {
        return i;
      }
    }
    return words.length;
  }

  private static String firstSentence(String text) {
    String lead = text.strip();
    int end = lead.indexOf(". ");
    return end > 0 ? lead.substring(0, end + 1) : lead;
  }
}
