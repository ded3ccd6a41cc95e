package org.corpusbot.answer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpusbot.retrieval.Lexicon;
import org.corpusbot.retrieval.SearchResult;

/**
 * A question's misspelt words read as the retrieved passages write them: "Why is Ukraine asking
 * refugess …" is answered as "… refugees …" (user trial 56: the search found the story, since its
 * words are corrected against the index, but the question's own words and vector no longer matched
 * the sentences that answer it, and it was "not found").
 *
 * <p>Only a lower-case word of five letters or more is read again, when neither it nor its stem
 * without an ending ("outed" as "out", "vetted" as "vet") is an English word (the models'
 * vocabulary, which holds few inflected forms) and no passage of the archive holds it; and only as
 * a word of the hits one slip away ({@link OneSlip}) with the same first letter, itself an English
 * word (or one with an ending: "hackers"), that the hits write at least twice: a word written once
 * is no surer a reading than the one typed. A correct rare word the vocabulary lacks ("recuse") is
 * still read as a common one the hits write twice or more ("refuse") when the archive never writes
 * it (review 56, left: an archive that writes it keeps it). "bride" stays, though the hits say
 * "bridge", and so does a word asked of an archive that never writes it. Capitalised words (names,
 * a sentence's first word) are left as typed: a name the archive never writes is as often a person
 * it lacks as a slip (read again, 3 of the 30 questions about absent people were answered or
 * misnamed: "Sadyr" as "Sadr"); the search's own spelling and {@link AbsentNames} weigh those.
 * Thread-safe.
 */
final class Respelling {
  private static final Pattern WORD = Pattern.compile("\\p{L}{5,}");
  private static final Pattern TEXT_WORD = Pattern.compile("\\p{L}{4,}");
  private static final Pattern ENDING = Pattern.compile("(?:ed|d|es|s|ing|er|ers|ly)$");

  /** How often the hits must write a word to be taken for the one typed. */
  private static final int TWICE = 2;

  private final Lexicon lexicon;

  Respelling(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** {@code question} with its misspelt words as the hits write them; itself when none is. */
  String of(String question, SearchResult result) {
    Map<String, String> slipped = new HashMap<>(); // typed word -> its one analysed term
    Matcher m = WORD.matcher(question);
    while (m.find()) {
      String typed = m.group();
      if (Character.isLowerCase(typed.charAt(0)) && !word(typed)) {
        Set<String> terms = lexicon.terms(typed);
        if (terms.size() == 1) {
          slipped.put(typed, terms.iterator().next());
        }
      }
    }
    if (slipped.isEmpty()) {
      return question;
    }
    // one look-up for all of them: a remote archive answers each in a request of its own
    Set<String> unknown = lexicon.unknown(Set.copyOf(slipped.values()));
    slipped.values().retainAll(unknown);
    if (slipped.isEmpty()) {
      return question;
    }
    Map<String, Integer> seen = words(result);
    StringBuilder out = new StringBuilder();
    m = WORD.matcher(question);
    while (m.find()) {
      String typed = m.group();
      String near = slipped.containsKey(typed) ? nearest(typed, seen) : null;
      if (near != null) {
        m.appendReplacement(out, Matcher.quoteReplacement(near));
      }
    }
    m.appendTail(out);
    return out.toString();
  }

  /** An English word, or one with an ending the vocabulary leaves out. */
  private boolean word(String typed) {
    if (lexicon.english(typed)) {
      return true;
    }
    Matcher e = ENDING.matcher(typed);
    if (!e.find()) {
      return false;
    }
    String stem = typed.substring(0, e.start());
    return stem.length() >= 3
        && (lexicon.english(stem)
            || lexicon.english(stem + "e")
            || stem.length() >= 4
                && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                && lexicon.english(stem.substring(0, stem.length() - 1)));
  }

  private String nearest(String typed, Map<String, Integer> seen) {
    String best = null;
    int most = TWICE - 1;
    for (Map.Entry<String, Integer> e : seen.entrySet()) {
      String w = e.getKey();
      if (w.charAt(0) == typed.charAt(0)
          && Math.abs(w.length() - typed.length()) <= 1
          && e.getValue() > most
          && OneSlip.apart(w, typed)
          && word(w)) {
        best = w;
        most = e.getValue();
      }
    }
    return best;
  }

  /** The words of the hits' passages and titles (each title once), lower case, with counts. */
  private static Map<String, Integer> words(SearchResult result) {
    Map<String, Integer> out = new HashMap<>();
    for (String text : AbsentNames.evidence(result)) {
      count(text, out);
    }
    return out;
  }

  private static void count(String text, Map<String, Integer> out) {
    Matcher m = TEXT_WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.merge(m.group(), 1, Integer::sum);
    }
  }
}
