package org.corpusbot.meetings;

import java.util.List;
import java.util.Set;

/**
 * "I talked to Philip Klotzbach, a senior research scientist …", "I called Fuhrmann to ask …": the
 * writer interviewing someone for the story, which the guidelines leave out. Shown under the other
 * person's name, it made an expert a contact of no one. Only in that form: "I" talked, spoke or
 * called, then a name with what the interviewee is or what was asked ("…, a …", "about …", "to
 * ask"), in a sentence with no quotation mark, no one said or told anything, and no transcript
 * label. A quote that runs over several sentences leaves its middle ones without marks ("I met with
 * Xi Jinping in November" there is the speaker's meeting), so "met" and the like never count.
 */
final class WritersOwn {
  /** Words that may stand between "I" and the verb: "I just spoke", "I have talked". */
  private static final Set<String> BETWEEN =
      Set.of("just", "also", "then", "recently", "have", "had", "'ve", "’ve", "first", "later");

  private static final Set<String> INTERVIEWING = Set.of("talked", "spoke", "called", "chatted");

  private static final Set<String> QUOTES = Set.of("“", "”", "\"", "''", "``", "‘", "’");

  /** Words of someone speaking or writing: then "I" may be theirs, unquoted. */
  private static final Set<String> SAYING =
      Set.of(
          "said", "says", "told", "tells", "wrote", "writes", "posted", "tweeted", "added",
          "asked");

  /** What follows an interviewee's name: an appositive or what the talk was about. */
  private static final Set<String> APPOSITIVE = Set.of("a", "an", "the", "who", "one");

  private static final Set<String> TO_WITH = Set.of("to", "with");

  /** "to ask whether …": what an interview was for. */
  private static final Set<String> ASKING = Set.of("ask", "discuss", "understand", "learn");

  private WritersOwn() {}

  /** Whether the verb trigger at {@code i} is the writer's interview. */
  static boolean writers(List<Token> tokens, int i) {
    int k = i - 1;
    while (k >= 0 && i - k <= 3 && BETWEEN.contains(tokens.get(k).lower())) {
      k--;
    }
    if (k < 0
        || !tokens.get(k).word().equals("I")
        || k > 0 && tokens.get(k - 1).capitalized() // "King Harald I met": a regnal numeral
        || !INTERVIEWING.contains(tokens.get(i).lower())) {
      return false;
    }
    boolean voiced =
        tokens.stream().anyMatch(t -> QUOTES.contains(t.word()) || SAYING.contains(t.lower()))
            || transcript(tokens, k);
    return !voiced && interviewee(tokens, i + 1);
  }

  /**
   * Whether a name after the verb (past "to" or "with") goes on with what the person is or what was
   * asked: ", a senior research scientist", "about what comes next", "to ask whether …".
   */
  private static boolean interviewee(List<Token> tokens, int k) {
    if (k < tokens.size() && TO_WITH.contains(tokens.get(k).lower())) {
      k++;
    }
    int name = k;
    while (k < tokens.size() && tokens.get(k).capitalized()) {
      k++;
    }
    if (k == name || k + 1 >= tokens.size()) {
      return false;
    }
    String next = tokens.get(k).lower();
    String after = tokens.get(k + 1).lower();
    return next.equals(",") && APPOSITIVE.contains(after)
        || next.equals("about")
        || next.equals("to") && ASKING.contains(after);
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
