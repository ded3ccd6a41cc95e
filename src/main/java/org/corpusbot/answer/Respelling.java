package org.corpusbot.answer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpusbot.retrieval.Lexicon;
import org.corpusbot.retrieval.PassageHit;
import org.corpusbot.retrieval.SearchResult;

/**
 * A question's misspelt words read as the retrieved passages write them: "Why is Ukraine asking
 * refugess …" is answered as "… refugees …" (user trial 56: the search found the story, since its
 * words are corrected against the index, but the question's own words and vector no longer matched
 * the sentences that answer it, and it was "not found").
 *
 * <p>Only a lower-case word of five letters or more that is no English word and that no passage of
 * the archive holds is read again, and only as a word of the hits one slip away ({@link OneSlip})
 * with the same first letter, the one the hits use most, itself an English word: "bride" stays,
 * though the hits say "bridge", and so does a word asked of an archive that never writes it. Names
 * are left as typed: one the archive never writes is as often a person it lacks as a slip (read
 * again, 3 of the 30 questions about absent people were answered or misnamed: "Sadyr Japarov" as
 * "Sadr"); the search's own spelling and {@link AbsentNames} weigh those. Thread-safe.
 */
final class Respelling {
  private static final Pattern WORD = Pattern.compile("\\p{L}{5,}");
  private static final Pattern TEXT_WORD = Pattern.compile("\\p{L}{4,}");

  private final Lexicon lexicon;

  Respelling(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** {@code question} with its misspelt words as the hits write them; itself when none is. */
  String of(String question, SearchResult result) {
    Matcher m = WORD.matcher(question);
    StringBuilder out = new StringBuilder();
    Map<String, Integer> seen = null;
    while (m.find()) {
      String typed = m.group();
      if (Character.isUpperCase(typed.charAt(0))) {
        continue; // a name, or a sentence's first word: as typed (above)
      }
      if (lexicon.english(typed)) {
        continue; // a word, though perhaps not one the archive uses ("World" of a one-story
        // archive)
      }
      Set<String> terms = lexicon.terms(typed);
      if (terms.size() != 1 || lexicon.known(terms.iterator().next())) {
        continue; // a stop word, or a word the archive holds: as typed
      }
      seen = seen == null ? words(result) : seen;
      String near = nearest(typed.toLowerCase(Locale.ROOT), seen);
      if (near != null && !lexicon.english(near)) {
        near = null; // a rare word of the hits is no surer a reading than the typed one
      }
      if (near != null) {
        m.appendReplacement(out, Matcher.quoteReplacement(sameCase(typed, near)));
      }
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String nearest(String typed, Map<String, Integer> seen) {
    String best = null;
    int most = 0;
    for (Map.Entry<String, Integer> e : seen.entrySet()) {
      String w = e.getKey();
      if (w.charAt(0) == typed.charAt(0)
          && Math.abs(w.length() - typed.length()) <= 1
          && e.getValue() > most
          && OneSlip.apart(w, typed)) {
        best = w;
        most = e.getValue();
      }
    }
    return best;
  }

  /** The words of the hits' passages and titles, lower case, with how often they occur. */
  private static Map<String, Integer> words(SearchResult result) {
    Map<String, Integer> out = new HashMap<>();
    for (PassageHit h : result.hits()) {
      count(h.passage().text(), out);
      count(h.article().title() == null ? "" : h.article().title(), out);
    }
    return out;
  }

  private static void count(String text, Map<String, Integer> out) {
    Matcher m = TEXT_WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.merge(m.group(), 1, Integer::sum);
    }
  }

  private static String sameCase(String typed, String word) {
    return Character.isUpperCase(typed.charAt(0))
        ? Character.toUpperCase(word.charAt(0)) + word.substring(1)
        : word;
  }
}
