package org.corpusbot.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind of short answer a question asks for, judged from its wording: a name (who, which
 * company), a time (when, what year), a place (where, which city), a number (how many, how much,
 * what percent); NONE for questions a sentence answers (why, how, what did they agree).
 * Thread-safe.
 */
enum WantedSpan {
  NUMBER(
      "\\bhow (?:many|much|old|long|far|tall|big|large|high|fast|wide|deep|heavy|hot|cold|warm"
          + "|expensive|costly)\\b"
          + "|\\bwhat (?:percent|percentage|share|number|amount|proportion|fraction|price|age)\\b"),
  TIME("\\bwhen\\b|\\bhow soon\\b|\\b(?:what|which) (?:year|date|day|month|time|decade)\\b"),
  PLACE(
      "\\bwhere (?!(?:can|could|should|might|would|will|do|does)\\b)"
          + "|\\b(?:which|what) (?:\\w+ )?(?:city|country|state|nation|region|town|island|continent"
          + "|county|capital|province|venue|stadium|airport|location|place"
          + "|cities|countries|states|nations|regions|towns|islands|continents)\\b"),
  NAME(
      "\\b(?:who|whom|whose)\\b|\\bwhich (?!of\\b)\\w+"
          // "What are the names of the pandas?" (user trial 57)
          + "|\\bwhat (?:is|are|was|were) (?:the |their |its |his |her )?names? of\\b"
          + "|\\bwhat (?:[\\w-]+ )?(?:company|team|show|film|movie|song|album|app|brand"
          + "|organization|organisation|group|party|network|airline|automaker|carmaker|bank"
          + "|retailer|website|platform|band|sitcom|series|book|game|award|newspaper|magazine"
          + "|university|school|agency|singer|actor|actress|player|celebrity|athlete|chain"
          + "|restaurant|store|firm|startup|manufacturer|vaccine|drug|social media)\\b"),
  NONE("$^");

  /**
   * "Which measure did lawmakers leave out?", "which menu item", "which sport": a kind of thing
   * whose members are common nouns ("a ban on assault weapons", "chicken nuggets", "pickleball"),
   * so the sentence answers, not a capitalised run it happens to hold.
   */
  private static final Pattern COMMON_KIND =
      Pattern.compile(
          "\\b(?:which|what) (?:[\\w-]+ )?(?:measures?|changes?|items?|products?|sports?|animals?"
              + "|species|foods?|dish(?:es)?|topics?|issues?|subjects?|things?|features?|policy"
              + "|policies|terms?|words?|colou?rs?|materials?|plants?|crops?|fruits?|jobs?"
              + "|professions?|activit(?:y|ies)|hobby|hobbies|skills?|tools?|devices?|gadgets?"
              + "|ingredients?|substances?|symptoms?|reasons?|steps?|methods?)\\b"
              // not when it qualifies a noun whose members have names: "which sports league"
              + "(?! (?:league|team|club|company|brand|maker|chain|network|show|event|festival"
              + "|tournament|star|player|giant|firm)s?\\b)",
          Pattern.CASE_INSENSITIVE);

  /** "Who is Ann Neuberger?" asks for a description, not a name. */
  private static final Pattern DESCRIBE =
      Pattern.compile("^\\s*(?i:who (?:is|was|are|were)) (?:[A-Z][\\p{L}.'’-]+ ?)+\\??$");

  /** Where a question's sentence ends: "… this week. Where did she …?" */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!])\\s+(?=[\\p{Lu}\"“])");

  private final Pattern cue;

  WantedSpan(String cue) {
    this.cue = Pattern.compile(cue, Pattern.CASE_INSENSITIVE);
  }

  /**
   * The kind whose cue comes first in the question's last sentence that has one (on a tie, the
   * first in this order), NONE when none does: "Where did the ministers meet when Ukraine and
   * Russia agreed …?" asks where, the "when" after it opens a clause (user trial 57: it was
   * answered "Saturday"); "When the war began, … . Who …?" asks who.
   */
  static WantedSpan of(String question) {
    if (DESCRIBE.matcher(question).find() || COMMON_KIND.matcher(question).find()) {
      return NONE;
    }
    String[] sentences = SENTENCE_END.split(question);
    for (int i = sentences.length - 1; i >= 0; i--) {
      WantedSpan first = NONE;
      int at = Integer.MAX_VALUE;
      for (WantedSpan w : values()) {
        Matcher m = w.cue.matcher(sentences[i]);
        if (m.find() && m.start() < at) {
          first = w;
          at = m.start();
        }
      }
      if (first != NONE) {
        return first;
      }
    }
    return NONE;
  }
}
