package org.corpusbot.answer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpusbot.corpus.SentenceSplitter;
import org.corpusbot.corpus.Span;

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
          + "|\\bwhat (?:is|are|was|were) (?:the |their |its |his |her )?names of\\b"
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

  private static final SentenceSplitter SENTENCES = new SentenceSplitter();

  /** What may stand before a clause's question word: "and by how many", "in which year". */
  private static final Pattern CLAUSE_OPENING =
      Pattern.compile(
          "\\s*(?:(?:and|but|so|or|then|by|in|on|at|for|of|to|from|with|about|since|until)\\s+)*",
          Pattern.CASE_INSENSITIVE);

  /**
   * A sentence opening with "why", or "what" or "how" and a verb ("what did", "how has"): a
   * sentence answers it, whatever "when" or "where" its clauses hold (user trial 58: "What did the
   * judge say when he blocked …?" was answered "2022").
   */
  private static final Pattern SENTENCE_ASKED =
      Pattern.compile(
          "(?:why\\b(?!-)|(?:what|how) (?:did|do|does|has|have|had|will|would|can|could|should)\\b)",
          Pattern.CASE_INSENSITIVE);

  /**
   * "What was the vote when the committee approved …?": the "when" opens the clause that says which
   * vote, not a question of time (user trial 59: answered "Thursday").
   */
  private static final Pattern WHAT_WAS_WHEN =
      Pattern.compile(
          "what (?:is|was|are|were)(?: the| a| an| their| its| his| her)?"
              // not a time asked in so many words: "What was the date when …" (review 59)
              + "(?: (?!(?:date|day|year|month|time|hour|decade|week)\\b)[\\w'’-]+){1,3} when\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * A relative clause's opening word: "…, who lit the first candle" describes, it doesn't ask; "…,
   * when will it take effect?" and "…, who did he blame?" ask (an auxiliary and its subject follow;
   * review 59).
   */
  private static final Pattern RELATIVE =
      Pattern.compile(
          "(?i:who|whom|whose|which|where|when)\\b(?!\\s+(?i:did|does|do|will|would|can|could|is|are"
              + "|was|were|has|have|had)\\s+(?:(?i:it|he|she|they|we|you|i|the|this|that)\\b|\\p{Lu}))");

  private final Pattern cue;

  WantedSpan(String cue) {
    this.cue = Pattern.compile(cue, Pattern.CASE_INSENSITIVE);
  }

  /**
   * The kind the question's last sentence with a cue asks: the cue opening its last clause that
   * opens with one, else its first cue (on a tie, the first in this order); NONE when no sentence
   * has one. "Where did the ministers meet when Ukraine and Russia agreed …?" asks where (user
   * trial 57: the "when" of the clause after it was answered "Saturday"); "When the war began, how
   * many troops …?" and "How many people, including children, died when …?" ask how many;
   * "Hurricane Lina made landfall in which country?" which country; "Judge Lind's hearings began.
   * Who …?" who. Sentences by {@link SentenceSplitter}, which keeps "Dr. Fauci" whole (review 57).
   */
  static WantedSpan of(String question) {
    if (DESCRIBE.matcher(question).find() || COMMON_KIND.matcher(question).find()) {
      return NONE;
    }
    List<Span> sentences = SENTENCES.split(question);
    for (int i = sentences.size() - 1; i >= 0; i--) {
      String sentence = sentences.get(i).of(question);
      Matcher opening = CLAUSE_OPENING.matcher(sentence);
      boolean sentenceAsked =
          opening.lookingAt()
              && (SENTENCE_ASKED
                      .matcher(sentence)
                      .region(opening.end(), sentence.length())
                      .lookingAt()
                  || WHAT_WAS_WHEN
                      .matcher(sentence)
                      .region(opening.end(), sentence.length())
                      .lookingAt());
      String[] clauses = sentence.split(",");
      for (int j = clauses.length - 1; j >= 0; j--) {
        Matcher clauseOpening = CLAUSE_OPENING.matcher(clauses[j]);
        WantedSpan opens =
            clauseOpening.lookingAt() ? firstCue(clauses[j], clauseOpening.end()) : NONE;
        boolean relative =
            j > 0
                && sentenceAsked
                && clauses[j].substring(0, clauseOpening.end()).isBlank()
                && RELATIVE
                    .matcher(clauses[j])
                    .region(clauseOpening.end(), clauses[j].length())
                    .lookingAt();
        if (opens != NONE && !relative) {
          // "What did the rabbi say about the survivor, about to turn 100, who lit …?" asks what
          // the rabbi said: the "who" clause describes the survivor (user trial 59)
          return opens;
        }
      }
      if (sentenceAsked) {
        return NONE; // "What did the judge say when he blocked the ban?": what he said
      }
      WantedSpan first = firstCue(sentence, -1);
      if (first != NONE) {
        return first;
      }
    }
    return NONE;
  }

  /** The first cue of {@code text}, or only one starting at {@code at} when that is not -1. */
  private static WantedSpan firstCue(String text, int at) {
    WantedSpan first = NONE;
    int best = Integer.MAX_VALUE;
    for (WantedSpan w : values()) {
      Matcher m = w.cue.matcher(text);
      if (m.find(Math.max(at, 0)) && m.start() < best && (at < 0 || m.start() == at)) {
        first = w;
        best = m.start();
      }
    }
    return first;
  }
}
