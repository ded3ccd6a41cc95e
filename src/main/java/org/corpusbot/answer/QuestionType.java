package org.corpusbot.answer;

import java.util.regex.Pattern;

/**
 * What kind of answer a question wants, judged from its wording, and whether a sentence holds
 * something of that kind. The cues are cheap surface patterns: they nudge the ranking of sentences
 * that already match the question, they never select one on their own.
 */
enum QuestionType {
  PERSON(
      "\\b(?:who|whom|whose)\\b|\\bwhich (?:person|leader|official|politician|president|senator|minister|actor|singer|player|ceo)\\b",
      "\\b[A-Z][a-z]+ [A-Z][a-z]+\\b"),
  TIME(
      "\\bwhen\\b|\\bwhat (?:year|date|day|month|time)\\b|\\bhow long ago\\b",
      "\\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|ago|(?:19|20)\\d\\d)\\b"),
  PLACE(
      "\\bwhere\\b|\\bwhich (?:city|country|state|nation|region|town|island|continent|county|capital)\\b|\\bwhat (?:city|country|state|nation)\\b",
      "\\b(?:in|at|to|from|near) (?:the )?[A-Z][a-z]+"),
  NUMBER(
      "\\bhow (?:many|much|long|old|far|big|large|high)\\b|\\bwhat (?:percentage|percent|number|share|amount)\\b",
      "\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion|half)\\b"),
  OTHER("$^", "$^");

  private final Pattern cue;
  private final Pattern evidence;

  QuestionType(String cue, String evidence) {
    this.cue = Pattern.compile(cue, Pattern.CASE_INSENSITIVE);
    this.evidence = Pattern.compile(evidence);
  }

  static QuestionType of(String question) {
    for (QuestionType t : values()) {
      if (t.cue.matcher(question).find()) {
        return t;
      }
    }
    return OTHER;
  }

  boolean answeredBy(String sentence) {
    return evidence.matcher(sentence).find();
  }
}
