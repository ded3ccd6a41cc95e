package org.corpusbot.answer;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A yes/no question answered from passages ("Did Washington transfer the hackers' data?"): "Yes"
 * when the best sentence holds nearly all of the question's weighted terms, "No" when it does and
 * negates what was asked; otherwise the articles don't say outright, and the sentences are only the
 * closest they come. Questions about who met whom are answered from the contacts before this.
 * Thread-safe.
 */
final class YesNo {
  /** Share of the question's term weight the best sentence must hold to settle the question. */
  static final double SETTLES = 0.75;

  static final String UNSETTLED = ExtractiveComposer.NOT_OUTRIGHT;

  private static final Pattern ASKS =
      Pattern.compile(
          "^\\s*(?:did|does|do|is|are|was|were|has|have|had|will|can|could|would|should)"
              + "(?:n['’]t)? (?!you\\b|i\\b)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NEGATION =
      Pattern.compile(
          "\\b(?:not|never|no longer|denied|denies|refused|refuses|rejected|rejects|declined)\\b"
              + "|n['’]t\\b",
          Pattern.CASE_INSENSITIVE);

  private YesNo() {}

  /** Whether {@code question} asks yes or no. */
  static boolean asks(String question) {
    return ASKS.matcher(question).find() && !question.contains(" or ");
  }

  /** "Yes" or "No" when {@code best} settles {@code question}, else empty. */
  static Optional<String> answer(String question, Candidate best) {
    if (best.lexical() < SETTLES) {
      return Optional.empty();
    }
    boolean negated = negates(best.text(), question);
    boolean askedNegated = NEGATION.matcher(question).find();
    return Optional.of(negated != askedNegated ? "No" : "Yes");
  }

  /**
   * A sentence after the best answers "No" by negating what was asked when it holds at least this
   * share of the question's term weight and nine tenths of the best sentence's: a long question's
   * context ("going into the 2022 midterm elections") keeps the sentence that denies it ("Biden has
   * not vetoed any bills": 0.498, the best 0.507; user trial 59, the one case these figures were
   * set on) from the share that settles.
   */
  static final double DENIES = 0.4;

  static final double OF_BEST = 0.9;

  /**
   * The first of {@code chosen} after the best that negates what {@code question} asks and holds as
   * much of it as {@link #DENIES} and {@link #OF_BEST} say: the "No" when the best sentence settles
   * nothing.
   */
  static Optional<Candidate> denial(String question, List<Candidate> chosen) {
    if (chosen.isEmpty() || NEGATION.matcher(question).find()) {
      return Optional.empty(); // "Didn't Biden veto …?": a negation in reply confirms, not denies
    }
    Matcher asked = SUBJECT.matcher(question);
    if (!asked.find()) {
      return Optional.empty(); // no one named as the subject: "Was the suspect arrested?"
    }
    List<String> subject = Arrays.asList(asked.group(1).split(" "));
    double floor = Math.max(DENIES, OF_BEST * chosen.get(0).lexical());
    return chosen.stream()
        .skip(1)
        .filter(c -> c.lexical() >= floor && deniedOf(c.text(), question, subject))
        .findFirst();
  }

  /** The name a yes/no question asks about, right after its auxiliary: "Joe Biden" (group 1). */
  private static final Pattern SUBJECT =
      Pattern.compile(
          "^\\s*(?i:did|does|do|is|are|was|were|has|have|had|will|can|could|would|should)"
              + " (?:(?i:the) )?(\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*)*)");

  /** The name a negation in a sentence is said of: "Melania Trump" of "Melania Trump did not …". */
  private static final Pattern NEGATED_SUBJECT =
      Pattern.compile(
          "(\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*)*)"
              + "(?: (?:has|have|had|did|does|do|is|are|was|were|will|would|could|can))? $");

  /**
   * Whether {@code sentence} negates what was asked of the very one asked about: the name before
   * its negation is the question's subject or its last word ("Biden has not vetoed" for "Had Joe
   * Biden vetoed"), never someone else of that name ("Melania Trump did not attend" for "Did Trump
   * attend"), another body ("The House has not passed" for "Did the Senate pass") or no one named
   * ("A second man was not arrested"; review 59).
   */
  private static boolean deniedOf(String sentence, String question, List<String> subject) {
    Matcher m = NEGATION.matcher(sentence);
    while (m.find()) {
      Matcher before = NEGATED_SUBJECT.matcher(sentence.substring(0, m.start()));
      if (!before.find()) {
        continue;
      }
      List<String> named = Arrays.asList(before.group(1).split(" "));
      boolean same = subject.containsAll(named) && named.contains(subject.get(subject.size() - 1));
      if (same && negates(sentence.substring(m.start()), question)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a negation in {@code sentence} bears on what was asked: one of the next four words
   * shares its first four letters with a word of the question ("does not want to discuss" for "Does
   * Moscow want to discuss …", not "have not done much yet, but … helps prevent").
   */
  static boolean negates(String sentence, String question) {
    Set<String> asked = new HashSet<>();
    for (String w : words(question)) {
      if (w.length() >= 4) {
        asked.add(w.substring(0, 4));
      }
    }
    Matcher m = NEGATION.matcher(sentence);
    while (m.find()) {
      List<String> next = words(sentence.substring(m.end()));
      for (String w : next.subList(0, Math.min(4, next.size()))) {
        if (w.length() >= 4 && asked.contains(w.substring(0, 4))) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty())
        .toList();
  }
}
