package org.corpusbot.answer;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offline rewriter: a follow-up that points back ("he", "there", "that meeting") and names no
 * one itself gets the names of the previous question added, so the search finds the same people and
 * places. Thread-safe.
 */
public final class NameCarryOver implements QueryRewriter {
  private static final Pattern POINTING_BACK =
      Pattern.compile(
          "(?i)\\b(he|him|his|she|her|hers|they|them|their|it|its|there|that|this|those|these|then)\\b");
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
          "tell",
          "give",
          "summarize",
          "list",
          "show");

  @Override
  public String standalone(Question q) {
    if (q.history().isEmpty()
        || !POINTING_BACK.matcher(q.text()).find()
        || !names(q.text()).isEmpty()) {
      return q.text();
    }
    Set<String> carried = names(q.history().get(q.history().size() - 1).question());
    if (carried.isEmpty()) {
      return q.text();
    }
    return q.text().strip() + " (" + String.join(", ", carried) + ")";
  }

  static Set<String> names(String text) {
    Set<String> out = new LinkedHashSet<>();
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
    return out;
  }
}
