package org.corpusbot.answer;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpusbot.retrieval.SearchResult;

/**
 * The note under an answer whose question named a time no article was published in, so the search
 * went on among other dates. "Did Biden call Putin in July?" asked in December looks for articles
 * since July; when the sentence shown first itself names July, the answer is about that time
 * whenever it was published, and a note saying nothing matched would contradict it.
 */
final class DateNote {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  /** A month or a year the question's time phrase names ("in July", "since June 2021"). */
  private static final Pattern NAMED =
      Pattern.compile(
          "\\b(january|february|march|april|may|june|july|august|september|october|november"
              + "|december|(?:19|20)\\d\\d)\\b",
          Pattern.CASE_INSENSITIVE);

  private final int year;

  private DateNote(int year) {
    this.year = year;
  }

  /** The note for {@code result} answered by {@code shown} (in the order shown), or null. */
  static String of(SearchResult result, List<Candidate> shown) {
    if (!result.relaxed() || result.scope().from() == null) {
      return null;
    }
    Matcher m = NAMED.matcher(result.scope().phrase());
    DateNote searched = new DateNote(result.scope().from().getYear());
    boolean named = false;
    boolean all = !shown.isEmpty();
    while (m.find()) {
      named = true;
      all = all && searched.names(shown.get(0).text(), m.group(1));
    }
    if (named && all) {
      return null; // every month and year asked about is named by the answer's first sentence
    }
    return "No article published since "
        + DAY.format(result.scope().from())
        + " matches; these are the closest, from earlier.";
  }

  /**
   * Whether {@code sentence} names {@code word} as the question meant it: a month capitalised ("he
   * may call" is no May), and not in another year than the one searched ("In July 2019" for a July
   * asked in 2026; review 59).
   */
  private boolean names(String sentence, String word) {
    String month =
        Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT);
    Matcher m =
        Pattern.compile("\\b" + Pattern.quote(month) + "\\b(?:\\s+\\d{1,2}\\b)?,?(?:\\s+(\\d{4}))?")
            .matcher(sentence);
    while (m.find()) {
      if (m.group(1) == null || Integer.parseInt(m.group(1)) == year) {
        return true;
      }
    }
    return false;
  }
}
