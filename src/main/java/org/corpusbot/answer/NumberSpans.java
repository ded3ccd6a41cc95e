package org.corpusbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.corpusbot.corpus.Span;

/**
 * Numbers with their unit in a sentence ("620 miles", "$400 million", "56%", "six months"), the
 * ones that fit the question first: for "what percent" only percentages, for "how much" amounts of
 * money first, for "how many hot dogs" those counting hot dogs first. Bare years and ordinals
 * ("2021", "15th") are never a count; for "how much have prices increased" a change ("up nearly
 * 60%", "rose by $1.20") before a level ("$5 a gallon"). Thread-safe.
 */
final class NumberSpans {
  /** The month names, for the patterns below (a constant, inlined wherever it is used). */
  private static final String MONTHS =
      "January|February|March|April|May|June|July|August|September|October|November|December";

  private static final String SCALE = "(?: (?:million|billion|trillion|thousand|hundred))?";

  /**
   * A capitalised adjective between a number and its noun: "four Ukrainian regions", "five
   * Democratic senators"; never a month or a day ("20 March in …").
   */
  private static final String ADJECTIVE =
      "(?: (?!(?:"
          + MONTHS
          + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)"
          + "\\p{Lu}\\p{Ll}+(?= [a-z]))?";

  private static final Pattern NUMBER =
      Pattern.compile(
          "(?:[$€£¥] ?)?\\b\\d+(?:[.,]\\d+)*(?![\\p{L}\\d])"
              + SCALE
              + "(?: ?%| percent| per cent)?"
              + ADJECTIVE
              + "(?: [a-z]+){0,2}"
              + "|\\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?"
              + "|hundreds|thousands|millions|billions)"
              + SCALE
              + ADJECTIVE
              + "(?: [a-z]+){1,2}");
  private static final Pattern PERCENT = Pattern.compile("%| percent| per cent");
  private static final Pattern MONEY = Pattern.compile("[$€£¥]|dollars|euros|pounds");

  /** A bare number from 1800 to 2099: a year ("in 2021"), never an amount. */
  private static final Pattern YEAR = Pattern.compile("(?:1[89]|20)\\d\\d");

  /**
   * An older bare year is one where a year stands: "between 1563 and 1565", "in 1492", "since
   * 1066"; elsewhere it is a count ("the death toll rose to 1500", review 56).
   */
  private static final Pattern OLD_YEAR = Pattern.compile("1[0-7]\\d\\d");

  private static final Pattern YEAR_BEFORE =
      Pattern.compile("(?i)\\b(?:in|since|between|from|until|till|and|circa|c\\.|year|of) $");

  private static final Pattern COUNTED =
      Pattern.compile(
          "(?i)\\bhow (?:many|much) ([\\p{L} -]+?)(?: did| do| does| is| are| was| were| has| have| had| will| would| could|\\?|$"
              // a verb ends the counted noun: "how many Republicans voted for Biden's bill"
              // (user trial 58: the apostrophe after "Biden" left nothing counted)
              + "| \\p{L}+ed\\b| (?:won|got|made|took|lost|left|went|came|ran|died|fled|say|said)\\b)");
  private static final Set<String> UNIT_STOP =
      Set.of(
          "of",
          "and",
          "or",
          "in",
          "on",
          "at",
          "to",
          "the",
          "a",
          "for",
          "from",
          "by",
          "as",
          "is",
          "was",
          "were",
          "are",
          "with",
          "that",
          "than",
          "after",
          "before",
          "over",
          "since",
          "during",
          "across",
          "through",
          "among",
          "above",
          "below",
          "under",
          "about",
          // a verb after the unit (user trial 56: "four regions would")
          "would",
          "will",
          "could",
          "should",
          "can",
          "may",
          "might",
          "must",
          "not",
          "also",
          "still",
          "now",
          "be",
          "have",
          "has",
          "had",
          // a measure's adjective and a pronoun close no unit: "28 meters wide", "12 of them"
          "wide",
          "tall",
          "long",
          "high",
          "deep",
          "old",
          "away",
          "them",
          "it",
          "us",
          "those",
          "these");

  /** "How much have prices increased?": a change asked for, not a level. */
  private static final Pattern CHANGE_ASKED =
      Pattern.compile(
          "(?i)\\bhow much\\b.*\\b(?:increas|ris(?:e|en)\\b|rose\\b|gr[eo]wn?\\b|grow|fall|fell"
              + "|dropp|drop\\b|declin|jump|climb|gone (?:up|down)|chang|sur?g|plung|soar|shr[iu]nk)");

  /** What stands just before a change: "up nearly 60%", "rose by $1.20", "an increase of 8%". */
  private static final Pattern CHANGE_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:up|down|by|rose|fell|jumped|climbed|dropped|increased|decreased|declined"
              + "|surged|soared|plunged|increase of|decrease of|rise of|drop of|gain of|jump of)"
              + "(?: (?:nearly|almost|about|around|roughly|more than|less than|over|some))? $");

  /** "How wide …?": the question's measure word. */
  private static final Pattern MEASURE_ASKED =
      Pattern.compile("(?i)\\bhow (wide|tall|high|deep|far|long|old|heavy|fast|hot|cold|warm)\\b");

  private static final Set<String> LENGTHS =
      Set.of(
          "feet",
          "foot",
          "ft",
          "meters",
          "meter",
          "metres",
          "metre",
          "miles",
          "mile",
          "inches",
          "inch",
          "kilometers",
          "kilometres",
          "km",
          "yards",
          "yard",
          "centimeters",
          "cm");
  private static final Set<String> TIMES =
      Set.of(
          "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "second",
          "minute", "hour", "day", "week", "month", "year", "decade");

  /**
   * A verb that makes "how long" a duration: "how long did it take", "how long will he serve",
   * never a length ("how long is the border").
   */
  private static final Pattern DURATION =
      Pattern.compile(
          "(?i)\\bhow long\\b"
              // not past a relative clause: "how long is the tunnel that took a decade" (review 58)
              + "(?:(?!\\b(?:that|which|who|whose|where|when|while|because)\\b).)*"
              + "\\b(?:take|took|taken|last(?:s|ed)?|stay(?:s|ed)?|serve[sd]?"
              + "|wait(?:s|ed)?|been|remain(?:s|ed)?|spen[dt]|live[sd]?|ago|until|before|after"
              + "|sentenced?|run|ran|go on|went on)\\b");

  /** "How high is inflation?": a rate, given as a percentage (review 57). */
  private static final Pattern RATE =
      Pattern.compile(
          "(?i)\\bhow (?:high|low)\\b.*\\b(?:inflation|rate|rates|unemployment|yield)\\b");

  /** The units a measure is given in: "91.8 feet" for "how wide", "30 days" for "how long". */
  private static Set<String> unitsOf(String measure, String question) {
    return switch (measure) {
      case "wide", "tall", "high", "deep", "far" -> LENGTHS;
      case "long" -> DURATION.matcher(question).find() ? TIMES : union(LENGTHS, TIMES);
      case "old" -> Set.of("years");
      case "heavy" -> Set.of("tons", "tonnes", "pounds", "kilograms", "kg", "lbs", "ounces");
      case "fast" -> Set.of("mph", "knots", "km/h", "miles", "kilometers", "kilometres");
      default -> Set.of("degrees");
    };
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    return Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * A day of a month, never an amount: "March 4", "Sept. 30" (user trial 57: "4" was the width of a
   * crater).
   */
  private static final Pattern MONTH_BEFORE =
      Pattern.compile(
          "\\b(?:"
              + MONTHS
              + "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\."
              + "|Oct\\.|Nov\\.|Dec\\.) $");

  /** A bare day number: "March 4, creating", never "March 12 people died" (a count, review 57). */
  private static final Pattern DAY = Pattern.compile("\\d{1,2}(?![\\d.,%])");

  /** "on March 4": a date, whatever follows the day. */
  private static final Pattern ON = Pattern.compile("(?i)\\bon $");

  private final boolean change;
  private final boolean percent;
  private final boolean rate;
  private final boolean money;
  private final Set<String> counted;

  /**
   * The head of what is counted when a modifier comes before it: "titles" in "how many book
   * titles", which "2,532 book bans" does not count.
   */
  private final String head;

  NumberSpans(String question) {
    String q = question.toLowerCase(Locale.ROOT);
    this.change = CHANGE_ASKED.matcher(question).find();
    this.percent = q.contains("percent") || q.contains("what share");
    this.rate = RATE.matcher(question).find();
    this.money = q.contains("how much") && !q.matches(".*how much (?:of|more|longer|time).*");
    Matcher m = COUNTED.matcher(question);
    boolean countedAsked = m.find();
    Matcher measure = MEASURE_ASKED.matcher(question);
    String countedPhrase = countedAsked ? nounOf(m.group(1)) : "";
    this.counted =
        countedAsked
            ? Set.copyOf(List.of(countedPhrase.toLowerCase(Locale.ROOT).split("\\s+")))
            : measure.find()
                ? unitsOf(measure.group(1).toLowerCase(Locale.ROOT), question)
                : Set.of();
    String[] what = !countedAsked ? new String[0] : countedPhrase.split("\\s+");
    this.head = what.length > 1 ? what[what.length - 1].toLowerCase(Locale.ROOT) : null;
    Set<String> words = new java.util.HashSet<>();
    for (String w : q.split("[^\\p{L}]+")) {
      if (w.length() > 3 && !counted.contains(w) && !FUNCTION_WORDS.contains(w)) {
        words.add(w);
      }
    }
    this.askedWords = Set.copyOf(words);
  }

  /**
   * The question's words other than what is counted: "13 House Republicans" before "19 Republican
   * senators" for how many Republicans voted "in the House" (user trial 58).
   */
  private final Set<String> askedWords;

  /**
   * The span and the two words after it: "13 House Republicans", whose capitalised words the span
   * leaves out of its unit.
   */
  private static String withNext(String sentence, Span s) {
    String[] next = sentence.substring(s.end()).strip().split("\\s+", 3);
    return s.of(sentence)
        + " "
        + String.join(" ", List.of(next).subList(0, Math.min(2, next.length)));
  }

  /** Whether the span, or the two words after it, names such a word. */
  private boolean namesMoreAsked(String sentence, Span s) {
    for (String w : withNext(sentence, s).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (askedWords.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The numbers of {@code sentence}, those that fit the question first. */
  List<Span> in(String sentence) {
    List<Span> changes = new ArrayList<>();
    List<Span> ofHead = new ArrayList<>();
    List<Span> fit = new ArrayList<>();
    List<Span> rest = new ArrayList<>();
    for (Span s : numbers(sentence)) {
      String text = s.of(sentence);
      if (percent && !PERCENT.matcher(text).find()) {
        continue;
      }
      (isChange(sentence, s)
              ? changes
              : head != null && counts(text, Set.of(head))
                  ? ofHead
                  : fits(text) || !money && counts(withNext(sentence, s), counted) ? fit : rest)
          .add(s);
    }
    changes.addAll(ofHead);
    fit.sort(java.util.Comparator.comparing(s -> !namesMoreAsked(sentence, s)));
    changes.addAll(fit);
    changes.addAll(rest);
    return changes;
  }

  /**
   * Whether {@code sentence} holds a number of the very kind asked: an amount of money for "how
   * much", a percentage for "what percent", the counted noun for "how many hot dogs", a change when
   * one is asked. Not just any number ("a 16th-century statue" for "how much damage").
   */
  boolean fitting(String sentence) {
    for (Span s : numbers(sentence)) {
      String text = s.of(sentence);
      if (isChange(sentence, s)
          || head != null && counts(text, Set.of(head))
          || (money || !counted.isEmpty()) && fits(text)
          || percent && PERCENT.matcher(text).find()) {
        return true;
      }
    }
    return false;
  }

  /** Words of a question that tell no number from another ("were", "have been"). */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "many", "much", "were", "have", "been", "with", "from", "that", "this", "they", "their",
          "there", "what", "which", "when", "where", "does", "will", "would", "could", "should",
          "into", "about", "after", "before", "than", "then", "them", "these", "those", "some",
          "more", "most", "over", "also", "only", "just", "being", "said", "says", "during",
          "since", "still", "ever");

  /** What follows a counted noun and is none of it: "people [in the United States]". */
  private static final Pattern AFTER_NOUN =
      Pattern.compile(
          "(?i)\\s+(?:in|at|on|for|from|with|across|during|since|over|of|to|by|around|worldwide)\\b.*");

  /**
   * The counted noun of "how many …": "hostages" of "of the hostages", "people" of "people in the
   * United States", whose "of", "the" and "states" count nothing (review 58).
   */
  private static String nounOf(String phrase) {
    String p =
        phrase.strip().replaceFirst("(?i)^of\\s+(?:the\\s+|these\\s+|those\\s+|them\\b)?", "");
    p = AFTER_NOUN.matcher(p).replaceFirst("").strip();
    return p.isEmpty() ? phrase.strip() : p;
  }

  /**
   * Whether another sentence's number may lead over {@code best}'s: money asked and none there, or
   * no number there at all (see {@link SpanFinder#numberElsewhere}).
   */
  boolean elsewhere(String best) {
    return money ? !fitting(best) : numbers(best).isEmpty();
  }

  /** Every number of {@code sentence} with its unit, years left out. */
  private static List<Span> numbers(String sentence) {
    List<Span> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(sentence);
    while (m.find()) {
      Span s = withoutTrailing(sentence, new Span(m.start(), m.end()));
      if (!isYear(sentence, s, s.of(sentence)) && !isDay(sentence, s)) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * "March 4, creating …" and "on March 4 people were hurt": a day; "In March 12 people died": a
   * count (review 57).
   */
  private static boolean isDay(String sentence, Span s) {
    String before = sentence.substring(0, s.start());
    Matcher month = MONTH_BEFORE.matcher(before);
    if (!month.find()) {
      return false;
    }
    Matcher day = DAY.matcher(s.of(sentence));
    return day.lookingAt()
        && (day.hitEnd() || ON.matcher(before.substring(0, month.start())).find());
  }

  private static boolean isYear(String sentence, Span s, String text) {
    return YEAR.matcher(text).matches()
        || OLD_YEAR.matcher(text).matches()
            && YEAR_BEFORE.matcher(sentence.substring(0, s.start())).find();
  }

  /** Whether a change is asked for and {@code s} of {@code sentence} states one. */
  boolean isChange(String sentence, Span s) {
    return change
        && (PERCENT.matcher(s.of(sentence)).find()
            || CHANGE_BEFORE.matcher(sentence.substring(0, s.start())).find());
  }

  private boolean fits(String text) {
    if (money) {
      return MONEY.matcher(text).find();
    }
    return counts(text, counted) || percent || rate && PERCENT.matcher(text).find();
  }

  private static boolean counts(String text, Set<String> nouns) {
    for (String w : text.toLowerCase(Locale.ROOT).split(" ")) {
      if (nouns.contains(w) || nouns.contains(w + "s") || nouns.contains(w.replaceAll("s$", ""))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "620 miles on" → "620 miles", "six months pending" → "six months": the unit is a noun or two,
   * never a function word, a participle or a verb in -ed.
   */
  private static Span withoutTrailing(String sentence, Span s) {
    String text = s.of(sentence);
    int lastSpace;
    while ((lastSpace = text.lastIndexOf(' ')) > 0) {
      String last = text.substring(lastSpace + 1);
      boolean participle = last.endsWith("ing") || last.endsWith("ed") && !last.equals("hundred");
      if (!UNIT_STOP.contains(last) && !participle) {
        break;
      }
      text = text.substring(0, lastSpace);
    }
    return new Span(s.start(), s.start() + cutMidPhrase(sentence, s.start(), text).length());
  }

  private static final Set<String> PREPOSITIONS =
      Set.of("in", "on", "at", "to", "for", "from", "by", "with", "over", "than", "as");

  /** The word after {@code end} in {@code sentence}, lower case, or "" at a punctuation mark. */
  private static final Pattern NEXT_WORD = Pattern.compile("^ ([a-z]+)\\b");

  /**
   * "$355 million in foreign" of "$355 million in foreign aid to …": a phrase after a function word
   * that the two words' reach cut in the middle is no unit; the number stands alone (user trial
   * 59). "$1.61 million in fines for …" ends where it should and stays whole.
   */
  private static String cutMidPhrase(String sentence, int start, String text) {
    Matcher next = NEXT_WORD.matcher(sentence.substring(start + text.length()));
    if (!next.find() || UNIT_STOP.contains(next.group(1))) {
      return text;
    }
    String[] words = text.split(" ");
    for (int i = 1; i < words.length; i++) {
      if (PREPOSITIONS.contains(words[i])) { // not "a" of "$5 a gallon", a rate
        return String.join(" ", java.util.Arrays.copyOf(words, i));
      }
    }
    return text;
  }
}
