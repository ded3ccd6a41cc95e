package org.corpusbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpusbot.retrieval.Embedder;
import org.corpusbot.retrieval.EmbeddingModelChoice;
import org.corpusbot.retrieval.Lexicon;

/**
 * For a multiple-choice question, the option the evidence supports best: the one named by the
 * highest-scoring candidate sentence, matched verbatim or by all of its terms; failing that, the
 * one the best sentences come close to ({@link NearOptions}); failing that, the one they mean by a
 * clear margin ({@link SimilarOptions}). No option is picked when none is named, near or clearly
 * meant; the answer then rests on the sentences alone.
 */
final class OptionPicker {
  /** Candidates considered; lower ones are too weakly related to the question to vouch for one. */
  private static final int CONSIDERED = 10;

  /** An option that is a number: an amount, a count, a percentage (group 2). */
  static final Pattern NUMBER =
      Pattern.compile("([$€£]?\\d[\\d,.]*(?: (?:million|billion|trillion))?)( ?%)?");

  /**
   * Numbers in words; "zero" and "one" are left out: "One of the judges" names no count, and "no
   * one" no zero.
   */
  private static final List<String> WORDS =
      List.of(
          "",
          "",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "thirteen",
          "fourteen",
          "fifteen",
          "sixteen",
          "seventeen",
          "eighteen",
          "nineteen",
          "twenty");

  private final Lexicon lexicon;
  private final NearOptions near;
  private final SimilarOptions similar;

  /** A picker by words and numbers only ({@link SimilarOptions} never picks). */
  OptionPicker(Lexicon lexicon) {
    this(lexicon, null);
  }

  /** A picker that falls back on {@code embedder}'s similarity when no option is named or near. */
  OptionPicker(Lexicon lexicon, Embedder embedder) {
    this.lexicon = lexicon;
    this.near = new NearOptions(lexicon);
    this.similar = new SimilarOptions(embedder);
  }

  record Pick(String option, Candidate support) {}

  Optional<Pick> pick(List<String> options, List<Candidate> ranked, EmbeddingModelChoice model) {
    Pick best = null;
    for (Candidate c : ranked.subList(0, Math.min(CONSIDERED, ranked.size()))) {
      for (String option : options) {
        if (names(c, option) && (best == null || c.score() > best.support().score())) {
          best = new Pick(option, c);
        }
      }
      if (best != null) {
        return Optional.of(best);
      }
    }
    Optional<Pick> near =
        this.near
            .pick(options, ranked.subList(0, Math.min(NearOptions.CONSIDERED, ranked.size())))
            .map(n -> new Pick(n.option(), n.support()));
    if (near.isPresent()) {
      return near;
    }
    return similar.pick(options, ranked, model).map(s -> new Pick(s.option(), s.support()));
  }

  /**
   * Whether the sentence names the option as a whole word ("3" is not named by "31", nor "15" by
   * "15th"), a number also in words ("six" for "6") or with "percent" for "%"; an option of words
   * also by all of its terms. A number is never named by its digits alone elsewhere ("12%" by
   * "Sept. 12-15").
   */
  private boolean names(Candidate c, String option) {
    String text = c.text().toLowerCase(Locale.ROOT);
    String o = option.toLowerCase(Locale.ROOT).strip();
    Matcher number = NUMBER.matcher(o);
    if (number.matches()) {
      List<String> forms = new ArrayList<>(List.of(o));
      if (number.group(2) != null) {
        forms.add(number.group(1) + " percent");
      }
      int value = o.matches("\\d{1,2}") ? Integer.parseInt(o) : -1;
      if (value >= 2 && value < WORDS.size()) {
        forms.add(WORDS.get(value));
      }
      return forms.stream().anyMatch(f -> wholeNumber(text, f));
    }
    if (whole(text, o)) {
      return true;
    }
    Set<String> terms = lexicon.terms(option);
    return !terms.isEmpty() && c.terms().containsAll(terms);
  }

  /**
   * A number as a whole: not a part of "3.5" or "$15,000" or "1,400" (a point or comma between
   * digits joins them); after a currency sign any letter may precede ("US$400 million").
   */
  private static boolean wholeNumber(String text, String form) {
    String before = form.matches("[$€£].*") ? "" : "(?<![\\p{L}\\p{N}])(?<!\\p{N}[.,])";
    return Pattern.compile(before + Pattern.quote(form) + "(?![\\p{L}\\p{N}])(?![.,]\\p{N})")
        .matcher(text)
        .find();
  }

  private static boolean whole(String text, String form) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(form) + "(?![\\p{L}\\p{N}])")
        .matcher(text)
        .find();
  }
}
