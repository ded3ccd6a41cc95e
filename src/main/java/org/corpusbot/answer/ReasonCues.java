package org.corpusbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For a why / how / what-did-they-agree question, a sentence that holds a reason or the content of
 * what was said or agreed ("because", "after", "agreed to", "said that") ranks a little higher than
 * one that only shares the question's words. Thread-safe.
 */
final class ReasonCues {
  /** Added to a cued sentence's score: enough to reorder near ties, not to lift a weak one. */
  static final double BONUS = 0.1;

  /**
   * Added besides to a quote of the one a "what did X say" names: the words asked for, however many
   * of the question's other words a sentence about someone else shares (user trial 59: "the
   * survivor, about to turn 100, who lit the first candle …" lifted two sentences about him over
   * the rabbi's words, 2.58 and 2.53 against 2.02 with both bonuses; scores of a reply's sentences
   * run from about 1.4 to 2.6, so this is a fifth to a third of one).
   */
  static final double SPEAKER_BONUS = 0.6;

  private static final Pattern ASKS =
      Pattern.compile(
          // at the start of any sentence: "Obama went back to the White House. What was the
          // reason for his visit?" (user trial 57)
          "(?i)(?:^|[.?!]\\s+)\\s*(?:why\\b"
              + "|how (?!many|much|old|long|far|tall|big|large|high|fast|soon|wide|deep|heavy|hot"
              + "|cold|warm|expensive|costly)\\w+"
              + "|what (?:is|was|are|were) the (?:main )?(?:reasons?|purpose|goal|aim)\\b"
              + "|for what (?:reason|purpose)"
              + "|what (?:did|do|does|has|have|will|was|were) .*\\b(?:(?:agree|say|said|decide"
              + "|announce|promise|pledge|discuss|propose|demand|ask|want|cause)\\w*"
              // whole words: not "postpone", "writers" (review 58)
              + "|(?:tell|tells|told|write|writes|wrote|written|think|thinks|thought|tweet|tweets"
              + "|tweeted)\\b))");
  private static final Pattern CUE =
      Pattern.compile(
          "(?i)\\b(?:because|due to|as a result|after|agreed (?:to|on|that)|said (?:that|it|he|she"
              + "|they)|in order to|so that|to protest|citing|caused by|led to|the reason"
              + "|aimed at|calls? for|called for|pledged to|promised to|decided to"
              // a purpose: "was designed to shine a light on …", "in a bid to"
              + "|designed to|meant to|intended to|in an effort to|in a bid to)\\b");

  /** "What did Barr say about Trump?", "what did newsom say": the words someone spoke. */
  private static final Pattern SAYING_ASKED =
      Pattern.compile(
          "(?i)\\bwhat (?:did|do|does|has|have|had) .*\\b(?:say|said|tell|told|write|wrote|think"
              + "|tweet|tweeted)\\b");

  /**
   * Quoted words and who spoke them: "“I represent my district,” Barr said", "she said: “…”" (user
   * trial 58: the answer to what someone said held no word of theirs).
   */
  private static final Pattern QUOTED =
      Pattern.compile(
          "[“\"][^”\"]{12,}[”\"],? (?:[\\p{L}.’'-]+ ){0,4}(?:said|says|told|wrote|added|tweeted"
              + "|posted)\\b"
              // "Newsom wrote in a post on X that the move is “…”", "calling the rule “…”"
              + "|\\b(?:said|says|told|wrote|writes|added|tweeted|posted|calling|called"
              + "|describing|described)\\b[^“”\".!?]{0,80}[“\"]");

  /** Who is asked about in "what did the rabbi say …": group 1. */
  private static final Pattern SPEAKER_ASKED =
      Pattern.compile(
          "(?i)\\bwhat (?:did|do|does|has|have|had) (?:the |a |an )?([\\p{L}’'. -]+?) (?:say|said"
              + "|tell|told|write|wrote|think|tweet|tweeted)\\b");

  private ReasonCues() {}

  /**
   * Whether the quote of {@code sentence} is spoken by the one {@code question} asks about: "…,”
   * said Rabbi Areyah Kaltmann" for "What did the rabbi say …?" (user trial 59: ranked under two
   * sentences about the man he spoke of). Every word naming the one asked about must stand by the
   * reporting verb, outside the quotes: "Barack Obama" is not "Michelle Obama said", "the White
   * House" not "House Speaker Mike Johnson", "Biden" not "“Biden is weak,” Trump said"; a role
   * ("the president", "the rabbi") counts only when nothing else names them (review 59).
   */
  private static boolean spokenByAsked(String question, String sentence) {
    Matcher asked = SPEAKER_ASKED.matcher(question);
    if (!asked.find() || !QUOTED.matcher(sentence).find()) {
      return false;
    }
    List<String> words = new ArrayList<>();
    List<String> roles = new ArrayList<>();
    for (String w : asked.group(1).toLowerCase(Locale.ROOT).split("[\\s]+")) {
      String bare = w.replaceAll("(?:['’]s|[.,])$", "");
      if (bare.length() > 1) {
        (ROLES.contains(bare) ? roles : words).add(bare);
      }
    }
    List<String> wanted = words.isEmpty() ? roles : words;
    if (wanted.isEmpty()) {
      return false;
    }
    String outside = QUOTE_SPAN.matcher(sentence).replaceAll(" ").toLowerCase(Locale.ROOT);
    Matcher verb = REPORTING.matcher(outside);
    while (verb.find()) {
      String window =
          outside.substring(
              Math.max(0, verb.start() - 50), Math.min(outside.length(), verb.end() + 50));
      if (wanted.stream()
          .allMatch(
              w -> Pattern.compile("\\b" + Pattern.quote(w) + "\\b").matcher(window).find())) {
        return true;
      }
    }
    return false;
  }

  /** Words of an office, not of whoever holds it. */
  private static final java.util.Set<String> ROLES =
      java.util.Set.of(
          "president",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "administration",
          "official",
          "officials",
          "government",
          "secretary",
          "minister",
          "leader",
          "rabbi",
          "mayor",
          "governor",
          "senator",
          "judge");

  private static final Pattern QUOTE_SPAN = Pattern.compile("[“\"][^”\"]*[”\"]");
  private static final Pattern REPORTING =
      Pattern.compile("\\b(?:said|says|told|tells|wrote|writes|added|tweeted|posted)\\b");

  /** Whether {@code question} asks what someone said, told or wrote. */
  static boolean asksSaying(String question) {
    return SAYING_ASKED.matcher(question).find();
  }

  /** {@code ranked} re-ranked with the bonus when {@code question} asks why or what was said. */
  static List<Candidate> rerank(String question, List<Candidate> ranked) {
    if (!ASKS.matcher(question).find()) {
      return ranked;
    }
    boolean saying = SAYING_ASKED.matcher(question).find();
    List<Candidate> out = new ArrayList<>(ranked.size());
    for (Candidate c : ranked) {
      boolean cued = CUE.matcher(c.text()).find() || saying && QUOTED.matcher(c.text()).find();
      double bonus =
          (cued ? BONUS : 0) + (saying && spokenByAsked(question, c.text()) ? SPEAKER_BONUS : 0);
      out.add(bonus > 0 ? c.withScore(c.score() + bonus) : c);
    }
    out.sort((a, b) -> Double.compare(b.score(), a.score()));
    return out;
  }
}
