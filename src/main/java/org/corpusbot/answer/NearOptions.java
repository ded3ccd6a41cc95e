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
 * The option of a multiple-choice question that the best sentences come close to when none names
 * one outright (quiz options round what the news states): the option whose number is nearest to one
 * a sentence states, of the same kind (the same currency, a count for a count, a percentage for a
 * percentage), within {@value #NEAR} of it from 100 up ("$402 million" for "$400 million", "1,648
 * titles" for "1,600") and within rounding for a percentage (59.6% for 60%; not 52% for 50%);
 * smaller numbers, where 5% is less than one, are never near (an age, a day of the month). Failing
 * a number, an option of words whose first word and at least half of its words a sentence holds
 * while no other option has any ("Bungay" for "Bungay, Suffolk"; "Hunter Biden" is not "Joe
 * Biden"). Thread-safe.
 */
final class NearOptions {
  /** Sentences that may come close: lower ones are too weakly related to vouch for an option. */
  static final int CONSIDERED = 3;

  /** How far a stated number may be from an option's and still be it (a share of the option's). */
  private static final double NEAR = 0.05;

  /** Below this a number is near only when equal: 5% of it is less than one. */
  private static final double SMALLEST = 100;

  private static final Pattern NUMBER = OptionPicker.NUMBER;
  private static final Pattern PERCENT_AFTER = Pattern.compile(" (?:percent|per cent)\\b");
  private static final Pattern CURRENCY_AFTER =
      Pattern.compile("(?: (?:million|billion|trillion))? (dollars|euros|pounds|yuan|yen)\\b");
  private static final Pattern YEAR = Pattern.compile("(?:1[89]|20)\\d\\d");

  record Near(String option, Candidate support) {}

  private final Lexicon lexicon;

  NearOptions(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The option {@code best} (the best sentences, best first) come close to, if one does. */
  Optional<Near> pick(List<String> options, List<Candidate> best) {
    for (Candidate c : best) {
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
        return Optional.of(new Near(closest, c));
      }
      Optional<String> words = byWords(options, c);
      if (words.isPresent()) {
        return Optional.of(new Near(words.get(), c));
      }
    }
    return Optional.empty();
  }

  /** The one option of words {@code c} holds the first and half of, with no other touched. */
  private Optional<String> byWords(List<String> options, Candidate c) {
    List<String> near = new ArrayList<>();
    boolean othersTouched = false;
    for (String option : options) {
      if (NUMBER.matcher(option.strip()).matches()) {
        continue; // a number is near by its value only
      }
      Set<String> terms = lexicon.terms(option);
      long held = terms.stream().filter(c.terms()::contains).count();
      Set<String> first = lexicon.terms(option.strip().split("[\\s,]+")[0]);
      boolean firstHeld = !first.isEmpty() && c.terms().containsAll(first);
      if (held > 0 && 2 * held >= terms.size() && firstHeld) {
        near.add(option);
      } else if (held > 0) {
        othersTouched = true;
      }
    }
    return near.size() == 1 && !othersTouched ? Optional.of(near.get(0)) : Optional.empty();
  }

  /**
   * How far the nearest number {@code text} states is from the option's, as a share of it, when
   * near enough and of its kind; else infinity.
   */
  static double numberGap(String text, String option) {
    Matcher o = NUMBER.matcher(option.toLowerCase(Locale.ROOT).strip());
    if (!o.matches()) {
      return Double.POSITIVE_INFINITY;
    }
    double wanted = value(o.group(1));
    boolean percent = o.group(2) != null;
    String currency = currency(o.group(1), "");
    double best = Double.POSITIVE_INFINITY;
    // one lower-cased text for matching and reading on: lower-casing may change a string's length
    String lower = text.toLowerCase(Locale.ROOT);
    Matcher m = NUMBER.matcher(lower);
    while (m.find()) {
      String after = lower.substring(m.end());
      boolean isPercent = m.group(2) != null || PERCENT_AFTER.matcher(after).lookingAt();
      String stated = m.group(1).replaceAll("[.,]+$", ""); // "in 2021." ends a sentence
      if (isPercent != percent
          || !currency.equals(currency(m.group(1), after))
          || !percent && YEAR.matcher(stated).matches()) {
        continue; // "$400 million" is not "400 million people" nor "£400 million"
      }
      double gap = Math.abs(value(stated) - wanted);
      boolean near = percent ? gap < 0.5 : wanted >= SMALLEST && gap <= NEAR * wanted;
      if (wanted > 0 && near) {
        best = Math.min(best, gap / wanted);
      }
    }
    return best;
  }

  /** "$" for "$400", "euros" for "400 million euros", "" for a count. */
  private static String currency(String number, String after) {
    if (!number.isEmpty() && "$€£".indexOf(number.charAt(0)) >= 0) {
      return switch (number.charAt(0)) {
        case '€' -> "euros";
        case '£' -> "pounds";
        default -> "dollars";
      };
    }
    Matcher word = CURRENCY_AFTER.matcher(after);
    return word.lookingAt() ? word.group(1) : "";
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
}
