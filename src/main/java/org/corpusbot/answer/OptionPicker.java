package org.corpusbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpusbot.retrieval.Lexicon;

/**
 * For a multiple-choice question, the option the evidence supports best: the one named by the
 * highest-scoring candidate sentence, matched verbatim or by all of its terms. No option is picked
 * when no candidate names any of them; the answer then rests on the sentences alone.
 */
final class OptionPicker {
  /** Candidates considered; lower ones are too weakly related to the question to vouch for one. */
  private static final int CONSIDERED = 10;

  private static final Pattern MONEY_SIGN = Pattern.compile("[$€£]");
  private static final Pattern MONEY_AFTER =
      Pattern.compile("(?: (?:million|billion|trillion))? (?:dollars|euros|pounds|yuan|yen)\\b");

  /** Sentences that may come close to an option when none names one outright. */
  private static final int CLOSE = 3;

  /** How far a stated number may be from an option's and still be it (a share of the option's). */
  private static final double NEAR = 0.05;

  /** An option that is a number: an amount, a count, a percentage (group 2). */
  private static final Pattern NUMBER =
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

  OptionPicker(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  record Pick(String option, Candidate support) {}

  Optional<Pick> pick(List<String> options, List<Candidate> ranked) {
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
    return nearly(options, ranked);
  }

  /**
   * When no sentence names an option outright, one the best sentences come close to, if only one
   * does: a number within {@value #NEAR} of one they state ("$402 million" for "$400 million",
   * "1,648 titles" for "1,600"; a percentage within a point: quiz options round, and 52% is not
   * 50%), or more than half of an option's words where no other option has any ("Bungay" for
   * "Bungay, Suffolk").
   */
  private Optional<Pick> nearly(List<String> options, List<Candidate> ranked) {
    for (Candidate c : ranked.subList(0, Math.min(CLOSE, ranked.size()))) {
      String closest = null;
      double gap = Double.POSITIVE_INFINITY;
      for (String option : options) {
        double d = numberGap(c.text(), option);
        if (d < gap) {
          closest = option;
          gap = d;
        }
      }
      if (closest != null) {
        return Optional.of(new Pick(closest, c));
      }
      List<String> near = new ArrayList<>();
      boolean othersTouched = false;
      for (String option : options) {
        Set<String> terms = lexicon.terms(option);
        long held = terms.stream().filter(c.terms()::contains).count();
        if (NUMBER.matcher(option.strip()).matches()) {
          continue; // a number is near by its value only
        } else if (held > 0 && 2 * held >= terms.size()) {
          near.add(option);
        } else if (held > 0) {
          othersTouched = true;
        }
      }
      if (near.size() == 1 && !othersTouched) {
        return Optional.of(new Pick(near.get(0), c));
      }
    }
    return Optional.empty();
  }

  /**
   * How far the nearest number {@code text} states is from the option's, as a share of it, when
   * near enough and of its kind (a percentage for a percentage; a year is no amount); else
   * infinity.
   */
  private static double numberGap(String text, String option) {
    Matcher o = NUMBER.matcher(option.toLowerCase(Locale.ROOT).strip());
    if (!o.matches()) {
      return Double.POSITIVE_INFINITY;
    }
    double wanted = value(o.group(1));
    boolean percent = o.group(2) != null;
    boolean money = MONEY_SIGN.matcher(o.group(1)).lookingAt();
    double best = Double.POSITIVE_INFINITY;
    // one lower-cased text for matching and reading on: lower-casing may change a string's length
    String lower = text.toLowerCase(Locale.ROOT);
    Matcher m = NUMBER.matcher(lower);
    while (m.find()) {
      String after = lower.substring(m.end());
      boolean isPercent = m.group(2) != null || after.startsWith(" percent");
      boolean isMoney =
          MONEY_SIGN.matcher(m.group(1)).lookingAt() || MONEY_AFTER.matcher(after).lookingAt();
      if (isPercent != percent || isMoney != money) {
        continue; // "$400 million" is not "400 million people", nor 56% "56 votes"
      }
      String stated = m.group(1).replaceAll("[.,]+$", ""); // "in 2021." ends a sentence
      double v = value(stated);
      double gap = Math.abs(v - wanted);
      boolean year = !percent && stated.matches("(?:1[89]|20)\\d\\d");
      if (wanted > 0 && v > 0 && !year && gap <= (percent ? 1 : NEAR * wanted)) {
        best = Math.min(best, gap / wanted);
      }
    }
    return best;
  }

  /** "$400 million" is 4e8, "1,648" is 1648; NaN when it is no number. */
  private static double value(String number) {
    String n = number.replaceAll("[$€£,]", "");
    double scale = 1;
    for (String[] s :
        new String[][] {{" million", "1e6"}, {" billion", "1e9"}, {" trillion", "1e12"}}) {
      if (n.endsWith(s[0])) {
        n = n.substring(0, n.length() - s[0].length());
        scale = Double.parseDouble(s[1]);
      }
    }
    try {
      return Double.parseDouble(n) * scale;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
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
