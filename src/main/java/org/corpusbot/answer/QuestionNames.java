package org.corpusbot.answer;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpusbot.corpus.SentenceSplitter;
import org.corpusbot.corpus.Span;

/**
 * The names a question mentions: runs of capitalised words, without the question word that may open
 * them ("Did Biden" is Biden), a possessive's "'s" or closing punctuation. Thread-safe.
 */
public final class QuestionNames {
  private static final Pattern NAME =
      Pattern.compile("\\b\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+)*");
  private static final Set<String> NOT_NAMES =
      Set.of(
          "who",
          "whom",
          "whose",
          "what",
          "when",
          "where",
          "why",
          "how",
          "which",
          "did",
          "does",
          "do",
          "is",
          "are",
          "was",
          "were",
          "has",
          "have",
          "had",
          "can",
          "could",
          "will",
          "would",
          "should",
          "the",
          "a",
          "an",
          "and",
          "i",
          "in",
          "on",
          "at",
          "with",
          "tell",
          "give",
          "summarize",
          "list",
          "show");

  private static final SentenceSplitter SENTENCES = new SentenceSplitter();

  private QuestionNames() {}

  /** Whether {@code lower} (a lower-case word) is a question's own word that opens no name. */
  public static boolean questionWord(String lower) {
    return NOT_NAMES.contains(lower);
  }

  /** The distinct names in {@code text}, in order. */
  public static Set<String> in(String text) {
    Set<String> out = new LinkedHashSet<>();
    // sentence by sentence: "… appeared with Joe Biden. What was …" names no "Joe Biden What"
    // (user trial 57), while "Gov. Dan McKee" and "U.S. Sen." stay whole
    for (Span sentence : SENTENCES.split(text)) {
      addNames(sentence.of(text), out);
    }
    return out;
  }

  private static void addNames(String text, Set<String> out) {
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      String n = m.group().replaceAll("['’]s$", "").replaceAll("[?.!,]+$", "");
      while (n.contains(" ")
          && NOT_NAMES.contains(n.substring(0, n.indexOf(' ')).toLowerCase(Locale.ROOT))) {
        n = n.substring(n.indexOf(' ') + 1);
      }
      if (!NOT_NAMES.contains(n.toLowerCase(Locale.ROOT)) && n.length() > 1) {
        out.add(n);
      }
    }
  }
}
