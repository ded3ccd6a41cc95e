package org.corpusbot.answer;

import java.util.Set;
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

  @Override
  public String standalone(Question q) {
    if (q.history().isEmpty()
        || !POINTING_BACK.matcher(q.text()).find()
        || !QuestionNames.in(q.text()).isEmpty()) {
      return q.text();
    }
    Set<String> carried = QuestionNames.in(q.history().get(q.history().size() - 1).question());
    if (carried.isEmpty()) {
      return q.text();
    }
    return q.text().strip() + " (" + String.join(", ", carried) + ")";
  }
}
