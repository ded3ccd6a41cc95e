package org.corpusbot.meetings;

import java.util.List;
import java.util.Set;

/**
 * "I talked to Philip Klotzbach, a senior research scientist …": outside any quotation, "I" is the
 * writer, and what the writer reports of talking to someone is an interview for the story, which
 * the guidelines leave out. Shown under the other person's name, it made an expert a contact of no
 * one.
 */
final class WritersOwn {
  /** Words that may stand between "I" and the verb: "I just spoke", "I have talked". */
  private static final Set<String> BETWEEN =
      Set.of("just", "also", "then", "recently", "have", "had", "'ve", "’ve", "first", "later");

  private static final Set<String> QUOTES = Set.of("“", "”", "\"", "''", "``", "‘", "’");

  private WritersOwn() {}

  /** Whether the verb trigger at {@code i} has the writer's "I" for subject. */
  static boolean writers(List<Token> tokens, int i) {
    int k = i - 1;
    while (k >= 0 && i - k <= 3 && BETWEEN.contains(tokens.get(k).lower())) {
      k--;
    }
    if (k < 0 || !tokens.get(k).word().equals("I") || k > 0 && tokens.get(k - 1).capitalized()) {
      return false; // "King Harald I met": a regnal numeral
    }
    return tokens.stream().noneMatch(t -> QUOTES.contains(t.word())) && !transcript(tokens, k);
  }

  /**
   * Whether a speaker's label stands before the "I" at {@code k}, as transcripts write them
   * ("[38:12] Trump: When I met with …"): then "I" is that speaker, not the writer.
   */
  private static boolean transcript(List<Token> tokens, int k) {
    for (int j = 1; j < k; j++) {
      if (tokens.get(j).word().equals(":") && tokens.get(j - 1).capitalized()) {
        return true;
      }
    }
    return false;
  }
}
