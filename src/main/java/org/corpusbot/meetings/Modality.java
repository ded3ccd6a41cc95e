package org.corpusbot.meetings;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether a trigger reports a contact that happened, or only a plan, a wish, a negation or a
 * reference back. Looks at the clause before the trigger for blockers ("agreed to begin", "will
 * meet", "has not met", "rejected suggestions for negotiations"), unless the trigger sits in its
 * own prepositional phrase ("proposed in a letter": the letter itself was sent), and at the words
 * after it for schedules ("talks between A and B, scheduled for Thursday").
 */
final class Modality {
  private static final int LEFT = 18;
  private static final int RIGHT = 10;

  /** How far back a preposition may open the trigger's phrase: "in his first private meeting". */
  private static final int PHRASE_REACH = 4;

  /** What may stand between that preposition and the trigger. */
  private static final Set<String> PHRASE_TAGS = Set.of("DET", "PRON", "ADJ", "NUM", "NOUN");

  private static final Set<String> PREPOSITIONS =
      Set.of("in", "at", "during", "by", "via", "through", "on", "after", "before", "from");
  private static final Set<String> BACK_REFERENCE =
      Set.of("after", "before", "since", "following", "ahead");

  /** "In the meeting," "During the talks,": inside a contact the story has already told. */
  private static final Set<String> WITHIN = Set.of("in", "during", "at", "throughout");

  /** Where a clause opens: "In the meeting, …" at a sentence's start or after "but", ",". */
  private static final Set<String> CLAUSE_OPENERS = Set.of(",", "and", "but", ";", "“", "\"");

  private static final Set<String> DEFINITE =
      Set.of("the", "this", "that", "these", "those", "last", "previous");
  private static final Set<String> TARGETS =
      Set.of(
          "requirement",
          "requirements",
          "demand",
          "demands",
          "criteria",
          "target",
          "targets",
          "expectations",
          "needs",
          "standards",
          "conditions",
          "obligations",
          "deadline",
          "costs",
          "goal",
          "goals",
          "forecast",
          "forecasts",
          "estimates",
          "payments",
          "quota",
          "qualifications", // "met the qualifications for New Hampshire": a debate's thresholds
          "qualification",
          "threshold",
          "thresholds",
          "interests", // "meets the interests of A and B"
          "interest");

  /** What opens the object of "meeting" used as a verb: "meeting its needs", "the demands". */
  private static final Set<String> GERUND_OBJECTS =
      Set.of("its", "their", "his", "her", "our", "the", "all", "these");

  private static final Set<String> NOUN_PHRASE = Set.of("DET", "PRON", "ADJ", "NUM");

  private static final Set<String> TARGET_STOPS =
      Set.of(
          "to", "with", "in", "at", "on", "for", "and", "about", "over", ",", ".", ";", "who",
          "that");
  private static final Set<String> SCHEDULED =
      Set.of("scheduled", "planned", "proposed", "due", "expected", "will", "would");

  /** Modals that make a plan only of talks starting: "talks with B could resume next week". */
  private static final Set<String> MAYBE = Set.of("could", "may", "might", "should", "shall");

  private static final Set<String> STARTS =
      Set.of(
          "resume", "begin", "start", "restart", "happen", "happening", "occur", "proceed", "loom");

  /** Verbs after "expected to" that say what talks are about, not when they are to be. */
  private static final Set<String> TOPICS =
      Set.of("focus", "center", "centre", "concentrate", "cover", "deal", "touch", "address");

  private static final Set<String> MODALS =
      Set.of("should", "would", "will", "could", "may", "might", "must", "shall");
  private static final Set<String> CALL_VERBS = Set.of("call", "calls", "called", "calling");
  private static final Set<String> BE = Set.of("is", "are", "was", "were");

  private static final Set<String> INDEFINITE = Set.of("a", "an");
  private static final Set<String> DENIALS = Set.of("denied", "denies", "deny", "denying");
  private static final Set<String> SPEAK =
      Set.of("spoke", "spoken", "speak", "speaks", "speaking", "talked"); // "talked to Congress"
  private static final Set<String> AUDIENCES =
      Set.of(
          "congress",
          "parliament",
          "assembly",
          "senate",
          "house",
          "session",
          "auditorium",
          "crowd",
          "crowds",
          "audience",
          "audiences",
          "rally",
          "convention",
          "nation",
          "voters",
          "supporters",
          "students",
          "graduates",
          "troops");

  /** Words that end whom someone spoke to before an audience word could follow. */
  private static final Set<String> AFTER_CALLEE =
      Set.of("and", "or", "about", "with", "for", "over", "regarding", "as", "while", "who");

  /** "speak to what …", "spoke to how …": what is addressed, not whom. */
  private static final Set<String> TOPIC_OPENERS = Set.of("what", "how", "whether", "why", "it");

  private static final Set<String> PASSIVE_BE =
      Set.of("is", "are", "was", "were", "be", "been", "being");
  private static final Set<String> SET = Set.of("set", "slated", "poised");

  /**
   * Blockers that, as a past verb with an object, tell what was done at a contact ("offered
   * condolences in his meeting with B", "proposed a truce at talks with B"); "hoped", "planned",
   * "expected" stay a plan whatever follows.
   */
  private static final Set<String> DONE =
      Set.of(
          "offered", "proposed", "requested", "asked", "agreed", "demanded", "urged", "suggested");

  /** How far "set to" may stand before its contact: "set to hold a bilateral meeting". */
  private static final int SET_REACH = 6;

  private Modality() {}

  static boolean blocked(
      List<Token> t, int from, int to, Lexicons.Trigger trigger, Set<String> blockers) {
    if (trigger.words().equals(List.of("called")) && Calls.notACall(t, from, to)) {
      return true; // "called for an end", "so-called", "called it"
    }
    boolean gerund = // "assist Ecuador in meeting its foreign exchange needs"
        trigger.words().equals(List.of("meeting"))
            && to < t.size()
            && GERUND_OBJECTS.contains(t.get(to).lower())
            && (from == 0
                || !NOUN_PHRASE.contains(t.get(from - 1).tag())); // not "a meeting the day before"
    if (trigger.kind() == EventKind.MEETING && (trigger.verb() || gerund) && metATarget(t, to)) {
      return true; // "meets the net worth requirements": a target met, not a person
    }
    if (looseParticiple(t, from, to, trigger)) {
      return true; // "they spent the meeting discussing the issue": who discussed, unsaid
    }
    if (trigger.words().equals(SAT_DOWN) && interviewAfter(t, to)) {
      return true; // "sat down with podcaster Joe Rogan for a lengthy interview"
    }
    if (from > 0 && t.get(from - 1).lower().equals("pending")) {
      return true; // "had a pending call with B": still to come (only the contact's own word)
    }
    if (progressiveAhead(t, from, to)) {
      return true; // "said he was meeting B on Friday": the past progressive of a plan
    }
    if (metWithAReaction(t, from, to)) {
      return true; // "they were met with significant resistance": a reaction, not a contact
    }
    if (trigger.verb() && contest(t, to)) {
      return true; // "A, B and C met for the third time Saturday in a debate": a public debate
    }
    if (speech(t, trigger, to)) {
      return true; // "spoke to the General Assembly", "spoke to a packed auditorium": a speech
    }
    if (from >= 2
        && BACK_REFERENCE.contains(t.get(from - 2).lower())
        && DEFINITE.contains(t.get(from - 1).lower())) {
      return true; // "after the summit": a reference to one already told
    }
    if (from >= 2
        && to < t.size()
        && t.get(to).word().equals(",")
        && (from == 2 || CLAUSE_OPENERS.contains(t.get(from - 3).lower()))
        && WITHIN.contains(t.get(from - 2).lower())
        && DEFINITE.contains(t.get(from - 1).lower())) {
      // "In the meeting, Moose and Foote outlined …": a contact told before, and the names after
      // the comma are often one side of it
      return true;
    }
    if (!trigger.verb() && opposed(t, from)) {
      return true; // "continued to oppose a budget summit with Congress": a contact refused
    }
    if (from > 0 && t.get(from - 1).lower().equals("without")) {
      return true; // "left Oslo without visiting B": no contact
    }
    if (trigger.verb() && presentThenDay(t, from, to)) {
      return true; // "the federation meets on Monday … with the employers": a schedule
    }
    return blockedBefore(t, from, trigger, blockers)
        || scheduledAfter(t, to)
        || !trigger.verb() && subjectOfAFutureVerb(t, from, to)
        || !trigger.verb() && possibleAfter(t, to)
        || whenToCome(t, from, trigger.verb());
  }

  /**
   * "was met with applause", "were met with resistance": "met with" in the passive tells how
   * something was received (110 times in the rtqa articles); a person is "met by" someone.
   */
  private static boolean metWithAReaction(List<Token> t, int from, int to) {
    if (from < 1 || to >= t.size() || !t.get(from).lower().equals("met")) {
      return false;
    }
    String before = t.get(from - 1).lower();
    boolean adverb = before.equals("also") || before.equals("again") || before.endsWith("ly");
    String be = adverb && from >= 2 ? t.get(from - 2).lower() : before; // "was also met with"
    return PASSIVE_BE.contains(be) && t.get(to).lower().equals("with");
  }

  /**
   * "spoke to Congress", "spoke to the European Parliament", "spoke to a packed college
   * auditorium": speaking to a legislature or an audience is a speech, which the guidelines leave
   * out (a committee is not among them: an interview with it is a contact).
   */
  private static boolean speech(List<Token> t, Lexicons.Trigger trigger, int to) {
    List<String> w = trigger.words();
    if (w.size() != 2 || !w.get(1).equals("to") || !SPEAK.contains(w.get(0))) {
      return false;
    }
    if (to < t.size() && TOPIC_OPENERS.contains(t.get(to).lower())) {
      return true; // "can speak to what he was doing that day": a topic addressed, no one spoken to
    }
    for (int k = to; k < Math.min(t.size(), to + 5); k++) {
      String word = t.get(k).lower();
      boolean head = k + 1 >= t.size() || !t.get(k + 1).capitalized(); // not "House Speaker X"
      if (AUDIENCES.contains(word) && head) {
        return true;
      }
      if (word.equals(",")
          || word.equals(".")
          || PREPOSITIONS.contains(word)
          || AFTER_CALLEE.contains(word)) {
        return false; // "spoke to Omar Lind about the troops": Lind was spoken to
      }
    }
    return false;
  }

  /**
   * Whether the clause after the trigger places it in a contest: a debate ("met … in a debate",
   * "faced each other at the debate"), which the guidelines leave out with speeches, or a game
   * ("met in a Confederations Cup game"); not "met to debate the bill", a meeting.
   */
  private static boolean contest(List<Token> t, int to) {
    for (int k = to; k < Math.min(t.size(), to + DEBATE_REACH); k++) {
      String w = t.get(k).lower();
      if (w.equals(".") || w.equals(";")) {
        return false;
      }
      if (DEBATES.contains(w)) {
        for (int j = k - 1; j >= Math.max(to, k - 5); j--) {
          String before = t.get(j).lower();
          if (WITHIN.contains(before) || before.equals("for")) {
            return true; // "met in a debate", "met for their second and final debate"
          }
        }
      }
      if (GAMES.contains(w) && inAGame(t, to, k)) {
        return true; // "Mexico and Japan met in a Confederations Cup game"
      }
    }
    return false;
  }

  /**
   * Whether the contest word at {@code game} ends a phrase "in (the/a) … game" opened right after
   * the verb's object: only determiners and names between "in" and it, and "final" no adjective
   * ("in the final days of the campaign", "in Doha ahead of the tournament", "for a game of golf"
   * are meetings). Not "at": "met Macron at the World Cup final" is a meeting at a match.
   */
  private static boolean inAGame(List<Token> t, int to, int game) {
    if (game + 1 < t.size() && "NOUN".equals(t.get(game + 1).tag())) {
      return false; // "the final days", "the final round of negotiations": an adjective
    }
    for (int j = game - 1; j >= Math.max(to, game - GAME_PHRASE); j--) {
      Token before = t.get(j);
      if (before.lower().equals("in")) {
        return true;
      }
      if (!before.capitalized() && !GAME_PHRASE_TAGS.contains(before.tag())) {
        return false; // "in Doha ahead of the tournament", "despite a bout of flu"
      }
    }
    return false;
  }

  /** How many words may stand between "in" and a contest: "in a World Cup qualifying game". */
  private static final int GAME_PHRASE = 5;

  private static final Set<String> GAME_PHRASE_TAGS =
      Set.of("DET", "PRON", "NUM", "ADJ", "NOUN", "VERB"); // "in their opening game"

  private static final int DEBATE_REACH = 14;
  private static final Set<String> DEBATES = Set.of("debate", "debates");

  /** Contests teams and players meet in ("Mexico and Japan met in a Confederations Cup game"). */
  private static final Set<String> GAMES =
      Set.of(
          "game",
          "match",
          "final",
          "finals",
          "semifinal",
          "semifinals",
          "semi-final",
          "semi-finals",
          "qualifier",
          "qualifiers",
          "friendly",
          "quarterfinal",
          "quarterfinals",
          "playoff",
          "playoffs",
          "tournament",
          "bout");

  /**
   * A participle of talks ("discussing", "negotiating") that is neither progressive ("A and B are
   * now discussing a merger", "had been negotiating") nor followed by a "with" phrase in its clause
   * ("negotiating a deal with B"): in "they spent much of their meeting discussing the war" or
   * "lunching with senators and discussing her efforts" the words before it are no subject of
   * talks, and no other side is named.
   */
  private static boolean looseParticiple(
      List<Token> t, int from, int to, Lexicons.Trigger trigger) {
    if (!trigger.withOnly()
        || trigger.words().size() != 1
        || !trigger.words().get(0).endsWith("ing")) {
      return false;
    }
    int k = from - 1;
    while (k >= 0 && "ADV".equals(t.get(k).tag())) {
      k--; // "are now discussing", "were also negotiating"
    }
    if (k >= 0 && PROGRESSIVE_BE.contains(straight(t.get(k)))) {
      return false;
    }
    for (int j = to; j < Math.min(t.size(), to + 12); j++) {
      String w = t.get(j).lower();
      if (w.equals("with")) {
        return false;
      }
      if (w.equals(",") || w.equals(";") || w.equals(".")) {
        break;
      }
    }
    return true;
  }

  /** A token in lower case with a typographic apostrophe made straight: "won’t" as "won't". */
  private static String straight(Token t) {
    return t.lower().replace('\u2019', '\'');
  }

  /**
   * Forms of "be" before a progressive ("are now discussing", "had been negotiating"), and verbs of
   * talks started or going on ("began negotiating a joint venture").
   */
  private static final Set<String> PROGRESSIVE_BE =
      Set.of(
          "is",
          "are",
          "was",
          "were",
          "be",
          "been",
          "'s",
          "'re",
          "am",
          "began",
          "started",
          "continued",
          "resumed");

  /**
   * A contact in the present tense inside a "when" clause of a sentence about the future: "Yoon
   * probably won't raise the issue when he meets with Biden", "will be a topic when A and B hold a
   * series of meetings": one still to come. A past verb ("when he met") is one that happened.
   */
  private static boolean whenToCome(List<Token> t, int from, boolean verb) {
    for (int k = from - 1; k >= Math.max(0, from - WHEN_REACH); k--) {
      String w = t.get(k).lower();
      if (w.equals(".") || w.equals(";")) {
        return false;
      }
      if (WHEN.contains(w)) {
        boolean present = false;
        int last = verb ? from : from - 1; // a noun trigger ("talks") is no verb
        for (int j = k + 1; j <= last && j < t.size(); j++) {
          present |= PRESENT_IN_WHEN.contains(t.get(j).lower());
        }
        if (!present) {
          return false;
        }
        for (int j = k - 1; j >= Math.max(0, k - FUTURE_REACH); j--) {
          String v = straight(t.get(j));
          if (v.equals(",") && j == k - 1) {
            continue; // "would start within two weeks, when he and B attend meetings"
          }
          if (v.equals(".") || v.equals(";") || v.equals(",")) {
            return false;
          }
          if (FUTURE.contains(v)) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /**
   * A verb in the present tense with a day after it in its clause ("meets on Monday and Tuesday in
   * conciliation with B", "visits Tokyo tomorrow"): news tells what is to come so, and what has
   * happened in the past tense. Not "met on Monday".
   */
  private static boolean presentThenDay(List<Token> t, int from, int to) {
    String verb = t.get(from).lower();
    boolean present =
        verb.endsWith("s") && PRESENT.contains(verb) // "meets", "holds", "visits", "talks"
            || PRESENT.contains(verb)
                && from > 0
                && PLURAL_SUBJECT.contains(t.get(from - 1).lower()); // "they meet"
    if (!present) {
      return false;
    }
    int words = 0; // words after the verb other than the name of whom it meets
    for (int k = to; k < t.size() && words < DAY_REACH; k++) {
      String w = t.get(k).lower();
      if (w.equals(".") || w.equals(";") || w.equals(",")) {
        return false;
      }
      if (FUTURE_DAYS.contains(w)) {
        return !t.get(k - 1).lower().equals("every"); // "meets B every Monday": a habit
      }
      if (!t.get(k).capitalized()) {
        words++;
      }
    }
    return false;
  }

  /**
   * How many words after the verb, besides the name of whom it meets, a day may come to tell the
   * time: "meets on Monday", "meets again on Monday", "meets President Ana Vick on Tuesday";
   * further on, as in a photo's caption ("Biden meets with King Salman at the palace on Friday"),
   * the present tense tells what the picture shows.
   */
  private static final int DAY_REACH = 3;

  /**
   * Days a present tense looks ahead to: the weekdays of {@link Calls#WHEN}, "tomorrow" and
   * "tonight" ("today" may be the story's own, under way).
   */
  private static final Set<String> FUTURE_DAYS = futureDays();

  private static Set<String> futureDays() {
    Set<String> days = new HashSet<>(Calls.WHEN);
    days.removeAll(Set.of("today", "yesterday"));
    days.addAll(Set.of("tomorrow", "tonight"));
    return Set.copyOf(days);
  }

  /**
   * Opposition to the contact itself, a noun trigger being the object of "oppose" ("oppose a budget
   * summit with B", "opposed to peace talks between A and B"); not to something else said near one
   * ("continued to oppose the scheme at a meeting of EC finance ministers"), nor a verb after
   * "opposed to" in a reduced relative clause ("the Front opposed to the government met B").
   */
  private static boolean opposed(List<Token> t, int from) {
    for (int k = from - 1; k >= Math.max(0, from - OPPOSE_REACH); k--) {
      String w = t.get(k).lower();
      if (OPPOSE.contains(w)) {
        return true;
      }
      String tag = t.get(k).tag();
      if (!w.equals("to") && !"DET".equals(tag) && !"ADJ".equals(tag) && !"NOUN".equals(tag)) {
        return false;
      }
    }
    return false;
  }

  /** How far "oppose" may stand before the contact's noun: "opposed to the peace talks". */
  private static final int OPPOSE_REACH = 4;

  private static final Set<String> OPPOSE = Set.of("oppose", "opposes", "opposed", "opposing");

  /** Subjects before a plural present verb: "they meet on Monday". */
  private static final Set<String> PLURAL_SUBJECT = Set.of("they", "leaders", "ministers", "sides");

  private static final int WHEN_REACH = 16;
  private static final int FUTURE_REACH = 14;
  private static final Set<String> WHEN = Set.of("when", "once", "until", "whenever");
  private static final Set<String> PRESENT =
      Set.of(
          "meets", "meet", "holds", "hold", "visits", "visit", "talks", "talk", "speaks", "speak",
          "sits", "hosts", "host", "calls");

  private static final List<String> SAT_DOWN = List.of("sat", "down", "with");

  /** An interview named in the clause after the trigger: "sat down with B for an interview". */
  private static boolean interviewAfter(List<Token> t, int to) {
    for (int k = to; k < Math.min(t.size(), to + 14); k++) {
      String w = t.get(k).lower();
      if (w.equals(".") || w.equals(";")) {
        return false;
      }
      if (w.equals("interview") || w.equals("interviews")) {
        return true;
      }
    }
    return false;
  }

  /** Present-tense verbs of a "when" clause still to come: {@link #PRESENT} and attending. */
  private static final Set<String> PRESENT_IN_WHEN = presentInWhen();

  private static Set<String> presentInWhen() {
    Set<String> all = new HashSet<>(PRESENT);
    all.addAll(Set.of("attend", "attends")); // "when he and B attend meetings of the IMF"
    return Set.copyOf(all);
  }

  private static final Set<String> FUTURE =
      Set.of("will", "won't", "wo", "won", "'ll", "’ll", "would", "shall", "going");

  /**
   * A past participle after "'d" ("he'd met", "she'd spoken", "they'd held"): "had", not "would".
   */
  private static boolean participle(Token next) {
    String w = next.lower();
    return w.endsWith("ed") || w.endsWith("en") || PARTICIPLES.contains(w);
  }

  private static final Set<String> OWNERS = Set.of("his", "her", "their", "its");

  /** Words opening another clause after "yet to …": "has yet to explain why he met B". */
  private static final Set<String> WH =
      Set.of("why", "what", "how", "whether", "when", "where", "who", "since", "that", "if");

  /**
   * Words after "'d" that show it is "had": irregular participles, and the adverbs that may stand
   * before one ("he'd already met", "she'd never spoken"; "never" is read as a negation anyway).
   */
  private static final Set<String> PARTICIPLES =
      Set.of(
          "met", "had", "held", "spoke", "sat", "been", "done", "made", "got", "told", "seen",
          "gone", "heard", "read", "sent", "brought", "also", "already", "never", "just", "not");

  private static boolean metATarget(List<Token> t, int to) {
    if (to + 1 < t.size()
        && OWNERS.contains(t.get(to).lower())
        && t.get(to + 1).lower().equals("match")) {
      return true; // "he'd met his match"
    }
    for (int k = to; k < Math.min(t.size(), to + 7); k++) {
      Token w = t.get(k);
      boolean twoWordName = w.capitalized() && k + 1 < t.size() && t.get(k + 1).capitalized();
      if (twoWordName || TARGET_STOPS.contains(w.lower())) {
        return false; // a person met, or the object ended ("met Lind to discuss the demands")
      }
      if (TARGETS.contains(w.lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean blockedBefore(
      List<Token> t, int from, Lexicons.Trigger trigger, Set<String> blockers) {
    if (!trigger.verb() && purposeOfTrip(t, from)) {
      return true; // "left for Hanoi to participate in meetings with B": a purpose, as "to meet B"
    }
    // "in a meeting", "in his first conversation with": the trigger's own phrase, opened by a
    // preposition and holding only determiners, possessives, adjectives and common nouns; not "in
    // Washington with", "to have discussions"; "in potential peace talks" is still one to come
    for (int k = from - 1; k >= Math.max(0, from - PHRASE_REACH); k--) {
      String w = t.get(k).lower();
      if (w.equals("before") && INDEFINITE.contains(t.get(k + 1).lower())) {
        return true; // "spoke before a meeting with the Paris Club": one still to come then
      }
      if (w.equals("of") && k > 0 && Roles.TIME_OWNERS.contains(t.get(k - 1).lower())) {
        continue; // "in two days of meetings": the phrase goes on before its length
      }
      if (PREPOSITIONS.contains(w)) {
        return modalBefore(
            t, k, blockers); // "proposed in a letter", unless "should be involved in talks"
      }
      if (w.endsWith("ing")) {
        break; // "aimed at starting discussions": "at" governs "starting", not the trigger
      }
      boolean phrase = PHRASE_TAGS.contains(t.get(k).tag()) && !blockers.contains(w);
      if (k < from - 1 && !phrase) {
        break;
      }
    }
    for (int k = from - 1; k >= Math.max(0, from - LEFT); k--) {
      String w = t.get(k).lower();
      if (w.equals("whether") || w.equals("if") || DENIALS.contains(w)) {
        // "declined to say whether A and B had held talks", "denied reports that A held talks
        // with B", "denied having dinner with B": not asserted
        return true;
      }
      if (w.equals(",") && k == from - 1 && k > 0 && blockers.contains(t.get(k - 1).lower())) {
        return true; // "have sought, and continue to seek, calls with B": the aside's verb governs
      }
      if (w.equals(",") || w.equals(";") || Clause.STOPPERS.contains(w)) {
        return w.equals("that") && deniedBefore(t, k); // "denied reports that A held talks"
      }
      if (blockers.contains(w)
          || negated(w)
          || w.equals("to") && k == from - 1 && trigger.verb()
          || w.equals("have") && k == from - 1 && k > 0 && t.get(k - 1).lower().equals("to")) {
        return true;
      }
      if (w.equals("for") && k > 0 && CALL_VERBS.contains(t.get(k - 1).lower())) {
        return true; // "called for talks with": an appeal
      }
      if (w.equals("yet") && k + 1 < from && t.get(k + 1).lower().equals("to")) {
        boolean clause = false; // "has yet to explain why he met B": another clause's verb
        for (int q = k + 2; q < from; q++) {
          clause |= WH.contains(t.get(q).lower());
        }
        if (!clause) {
          return true; // "had yet to formally receive a letter from B": not yet
        }
      }
      if ((w.equals("'d") || w.equals("’d")) && k + 1 < t.size() && !participle(t.get(k + 1))) {
        return true; // "he'd hold talks with B" would; "he'd spoken with B" had
      }
      if (w.equals("open")
          && k + 1 < t.size()
          && (t.get(k + 1).lower().equals("to") || t.get(k + 1).lower().equals("for"))
          && from - k <= 3) {
        return true; // "open to talks with B", "remain open to discussions": a willingness
      }
      if (SET.contains(w)
          && k + 1 < t.size()
          && t.get(k + 1).lower().equals("to")
          && from - k <= SET_REACH) {
        // "is set to hold a bilateral meeting with B": to come; not "markets were set to open
        // higher as A met B", another clause's
        return true;
      }
      if (w.equals("of")
          && k > 0
          && t.get(k - 1).lower().equals("ahead")
          && INDEFINITE.contains(t.get(k + 1).lower())) {
        // "ahead of a face to face meeting between A and B on Friday": to come; "ahead of the
        // summit" or "in advance of Monday's meeting" can be told after it (79 rtqa articles say
        // "ahead of" a contact word)
        return true;
      }
    }
    return false;
  }

  /**
   * A contact noun that is what a trip or a plan is for: "departs for Hanoi to participate in two
   * days of meetings with B", "left for Tokyo to hold meetings with B", "will travel to Oslo to
   * take part in talks", as "left for Tokyo to meet B" is; not taking part told as done ("was the
   * only minister to take part in the meeting").
   */
  static boolean purposeOfTrip(List<Token> t, int from) {
    int k = from - 1;
    while (k >= 0 && from - k <= 5 && phraseWord(t, k)) {
      k--;
    }
    int to;
    if (k >= 2 && t.get(k).lower().equals("in") && t.get(k - 1).lower().equals("participate")) {
      to = k - 2; // "to participate in"
    } else if (k >= 3
        && t.get(k).lower().equals("in")
        && t.get(k - 1).lower().equals("part")
        && t.get(k - 2).lower().equals("take")) {
      to = k - 3; // "to take part in"
    } else if (k >= 1 && PURPOSE_VERBS.contains(t.get(k).lower())) {
      to = k - 1; // "to hold meetings"
    } else {
      return false;
    }
    if (to < 0 || !t.get(to).lower().equals("to")) {
      return false;
    }
    for (int j = to - 1; j >= Math.max(0, to - 8); j--) {
      String w = t.get(j).lower();
      if (w.equals(",") || w.equals(";")) {
        return false;
      }
      if (TRIP_OR_PLAN.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** What may stand between a purpose's verb and its contact noun: "two days of", "a joint". */
  private static boolean phraseWord(List<Token> t, int k) {
    Token tok = t.get(k);
    String tag = tok.tag();
    return Set.of("DET", "ADJ", "NUM").contains(tag)
        || "NOUN".equals(tag) && !tok.capitalized()
        || tok.lower().equals("of")
        || Roles.TIME_OWNERS.contains(tok.lower());
  }

  private static final Set<String> PURPOSE_VERBS = Set.of("hold", "have", "host", "attend");

  /** A trip under way or a plan, before the purpose's "to". */
  private static final Set<String> TRIP_OR_PLAN =
      Stream.concat(
              Subjects.DEPARTING.stream(),
              Stream.of(
                  "flew",
                  "fly",
                  "flying",
                  "travel",
                  "traveled",
                  "travelled",
                  "traveling",
                  "travelling",
                  "travels",
                  "went",
                  "goes",
                  "go",
                  "going",
                  "will",
                  "would",
                  "plans",
                  "planned",
                  "plan",
                  "planning",
                  "expected",
                  "scheduled",
                  "due",
                  "hopes",
                  "hoped",
                  "intends",
                  "wants",
                  "arrive",
                  "arrives"))
          .collect(Collectors.toUnmodifiableSet());

  /**
   * "denied that", "denied reports that", "denied Western reports that" before the "that" at {@code
   * k}.
   */
  private static boolean deniedBefore(List<Token> t, int k) {
    for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
      if (DENIALS.contains(t.get(j).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A negated contraction ("hasn’t", "won't", "can’t"): the tagger keeps it one token, so the
   * blockers' "n't" never matches it.
   */
  static boolean negated(String w) {
    return w.endsWith("n't") || w.endsWith("n’t") || w.equals("cannot");
  }

  /** A modal verb in the few words before the preposition at {@code prep}, in its clause. */
  private static boolean modalBefore(List<Token> t, int prep, Set<String> blockers) {
    for (int k = prep - 1; k >= Math.max(0, prep - INTENT_REACH); k--) {
      String w = t.get(k).lower();
      if (w.equals(",") || w.equals(";") || Clause.STOPPERS.contains(w)) {
        return false;
      }
      if (prep - k > MODAL_REACH) {
        // further back only an intention still held, with its infinitive, governs a phrase of
        // where the act is to be: "A and B plan to discuss the growing crisis in trade relations
        // with Japan in talks in Washington"; not "sought to take the temperature down in a call
        // with B" (done), "agreed to … during a meeting", "planned to … after talks with B"
        if (PLACE_PREPOSITIONS.contains(t.get(prep).lower())
            && INTENTS.contains(w)
            && t.get(k + 1).lower().equals("to")) {
          return !clauseBetween(t, k + 3, prep); // not "plans to publish the notes he took during"
        }
        continue;
      }
      if (MODALS.contains(w)) {
        return true; // "would be raised in his meeting with B"
      }
      if (SET.contains(w) && t.get(k + 1).lower().equals("to")) {
        return true; // "is set to speak at her first summit with B"
      }
      if (BE.contains(w) && t.get(k + 1).lower().equals("to")) {
        return true; // "A and B are to meet again at a regional summit": a plan
      }
      if (blockers.contains(w) && k < prep - 1) {
        if (DONE.contains(w) && !t.get(k + 1).lower().equals("to")) {
          continue; // "offered condolences in his meeting with B": done there, unless "could have"
        }
        return true; // "are likely to arise in his meeting with B", "hoped to settle it in …"
      }
    }
    return false;
  }

  private static final Set<String> PRESENT_BE = Set.of("is", "are");

  /**
   * Whether a verb or a pronoun stands between an intention's infinitive and the trigger's phrase:
   * a clause of its own, whose act was done ("is expected to sign the deal he struck in talks with
   * B", "hopes to build on progress it made at a meeting with B").
   */
  private static boolean clauseBetween(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      String tag = t.get(k).tag();
      String before = t.get(k - 1).tag();
      boolean finite = // "he struck", "Lind raised"; not "the growing crisis", a participle
          "VERB".equals(tag)
              && !"DET".equals(before)
              && !"ADJ".equals(before)
              && !"ADP".equals(before);
      if (finite || "AUX".equals(tag) || "PRON".equals(tag)) {
        return true;
      }
    }
    return false;
  }

  /** How far back a modal or a blocker may govern a trigger's phrase: "would be raised in". */
  private static final int MODAL_REACH = 5;

  /**
   * Intentions not yet carried out, whose act is still to come ("plan to", "hopes to", "is expected
   * to"); not past ones ("sought to … in a call", "hoped to …"), whose act may have been done, nor
   * "due to", a cause.
   */
  private static final Set<String> INTENTS =
      Set.of(
          "plan",
          "plans",
          "planning",
          "hope",
          "hopes",
          "intend",
          "intends",
          "expect",
          "expects",
          "expected",
          "want",
          "wants",
          "aim",
          "aims",
          "seek",
          "seeks",
          "likely",
          "scheduled");

  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "during");

  /** How far back an intention ("plan to", "hope to") may govern a trigger's phrase. */
  private static final int INTENT_REACH = 14;

  private static String lowerAt(List<Token> t, int k) {
    return k < t.size() ? t.get(k).lower() : "";
  }

  /** How far past a subject's contact noun its verb is looked for. */
  private static final int VERB_REACH = 30;

  private static final Set<String> RELATIVES = Set.of("that", "which", "who", "whose", "where");

  private static final Set<String> OPENING_TAGS = Set.of("DET", "ADJ", "NUM", "PROPN", "NOUN");

  /**
   * "Negotiations between the U.K. and the EU over the exit terms will take at least two years": a
   * contact noun opening the sentence as the subject of a future verb is still to come, however
   * long the phrase between them ({@link #scheduledAfter} looks only {@link #RIGHT} words on). The
   * first verb decides: "Talks held in Geneva will …" stop at "held", so a contact told as done
   * before its sequel stays; "will continue" goes on, and a past "was expected" is not now a plan.
   * "The meeting … is expected to focus on trade" is one: its subject is still to come, unlike
   * "opened talks with B expected to focus on trade", which {@link #scheduledAfter} keeps.
   */
  private static boolean subjectOfAFutureVerb(List<Token> t, int from, int to) {
    if (from > 4) {
      return false;
    }
    for (int k = 0; k < from; k++) {
      boolean roundOf = // "Another round of talks between …": the round is the talks
          t.get(k).lower().equals("of") && k > 0 && ROUNDS.contains(t.get(k - 1).lower());
      if (!OPENING_TAGS.contains(t.get(k).tag()) && !roundOf) {
        return false;
      }
    }
    for (int k = to; k < Math.min(t.size(), to + VERB_REACH); k++) {
      String w = t.get(k).lower();
      int close = asideEnd(t, k);
      if (close > k) {
        if (doneWithin(t, k, close)) {
          return false; // "talks between A and B – held in Oslo on Monday – are expected to …"
        }
        // "talks between Russia and the OSCE – of which the US is a member – are scheduled …": the
        // aside's own verb and relative are not the subject's
        k = close;
        continue;
      }
      if (w.equals(".") || w.equals(";") || RELATIVES.contains(w) || DONE_OR_GOING.contains(w)) {
        // "talks on a package that likely will include …": the package's verb; "the meeting in
        // Oslo last week will help …", "talks, now in their third day, will end …": held already
        return false;
      }
      if (!"VERB".equals(t.get(k).tag()) && !"AUX".equals(t.get(k).tag())) {
        continue;
      }
      String next = lowerAt(t, k + 1);
      return (w.equals("will") || w.equals("shall")) && !next.equals("continue")
          || PRESENT_BE.contains(w) && (next.equals("to") || SUBJECT_PLANS.contains(next));
    }
    return false;
  }

  /**
   * Where an aside opened at {@code k} closes: the matching ")" of a "(", or the next dash of a
   * dash, in the same sentence and within {@link #VERB_REACH} words; else -1.
   */
  private static int asideEnd(List<Token> t, int k) {
    String open = t.get(k).lower();
    boolean paren = open.equals("(");
    if (!paren && !dash(t, k)) {
      return -1;
    }
    for (int j = k + 1; j < Math.min(t.size(), k + VERB_REACH); j++) {
      String w = t.get(j).lower();
      if (w.equals(".") || w.equals(";")) {
        return -1;
      }
      if (paren ? w.equals(")") : dash(t, j)) {
        return j;
      }
    }
    return -1;
  }

  /** A dash at {@code k}: "–", "—", "--", or a "-" with space on both sides, not "Co-operation". */
  private static boolean dash(List<Token> t, int k) {
    String w = t.get(k).lower();
    if (!w.equals("-")) {
      return DASHES.contains(w);
    }
    return k > 0
        && k + 1 < t.size()
        && t.get(k - 1).end() < t.get(k).start()
        && t.get(k).end() < t.get(k + 1).start();
  }

  private static final Set<String> DASHES = Set.of("–", "—", "--");

  private static final Set<String> ROUNDS = Set.of("round", "rounds");

  /**
   * Whether an aside between {@code open} and {@code close} tells the contact as held or going on
   * ("– held in Oslo on Monday –", "(which ended last week)", "– now in their third day –").
   */
  private static boolean doneWithin(List<Token> t, int open, int close) {
    for (int j = open + 1; j < close; j++) {
      String w = t.get(j).lower();
      if (w.equals("since") || w.equals("to")) {
        return false; // "– the first since the war began –", "(to be held in Oslo)"
      }
      if (ASIDE_DONE.contains(w)) {
        return true;
      }
      boolean opens = j == open + 1 || j == open + 2 && RELATIVES.contains(t.get(j - 1).lower());
      if (opens && HELD.contains(w)) {
        return true; // "– held in Oslo on Monday –", "(which began last week)"
      }
    }
    return false;
  }

  /** Words of an aside that date the contact before now or as going on. */
  private static final Set<String> ASIDE_DONE =
      Set.of("last", "yesterday", "earlier", "ago", "now", "ongoing");

  /** Verbs opening an aside that tell a contact as held or begun. */
  private static final Set<String> HELD =
      Set.of("held", "began", "begun", "ended", "started", "concluded");

  /** What a present "is"/"are" makes of a contact noun: "the meeting is expected to …". */
  private static final Set<String> SUBJECT_PLANS =
      Set.of("scheduled", "planned", "expected", "set");

  /** Words of the subject's phrase that date it before now or as going on: "… last week will …". */
  private static final Set<String> DONE_OR_GOING =
      Set.of("last", "yesterday", "earlier", "ago", "previous", "recent", "now", "ongoing", "past");

  /**
   * "confirmed a meeting with B and other Arab leaders was possible in the coming weeks" (audit
   * 37): a contact noun whose own verb, the first after it, says it may come ("is possible", "are
   * unlikely"; a past "was possible" only before a time to come), not "talks with B on Monday
   * showed a deal is possible" (another verb first), "the meeting … last week is unlikely to end
   * the dispute" (held) or "the meeting with B was possible because of the truce".
   */
  private static boolean possibleAfter(List<Token> t, int to) {
    for (int k = to; k < Math.min(t.size(), to + RIGHT); k++) {
      String w = t.get(k).lower();
      if (w.equals(".") || w.equals(";") || w.equals(",") || DONE_OR_GOING.contains(w)) {
        return false;
      }
      if ("VERB".equals(t.get(k).tag()) || "AUX".equals(t.get(k).tag())) {
        String next = lowerAt(t, k + 1);
        return POSSIBLE.contains(next)
            && (PRESENT_BE.contains(w) || BE.contains(w) && soonAfter(t, k + 2));
      }
    }
    return false;
  }

  /** What a contact may yet be: "a meeting with B was possible", "talks are unlikely". */
  private static final Set<String> POSSIBLE = Set.of("possible", "impossible", "unlikely");

  /** Whether a time to come follows within a few words of {@code k}: "in the coming weeks". */
  private static boolean soonAfter(List<Token> t, int k) {
    for (int j = k; j < Math.min(t.size(), k + 4); j++) {
      if (SOON.contains(t.get(j).lower())) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> SOON = Set.of("coming", "soon", "later", "next", "future");

  /**
   * "was meeting B" that looks ahead: reported ("said he was meeting B", "announced that Lind was
   * meeting B", "believed he was meeting B"), or with a time to come in its clause ("was meeting B
   * later on Tuesday", "… next week", "… on Friday", which a report of a plan gives and a report of
   * a meeting under way seldom does).
   */
  private static boolean progressiveAhead(List<Token> t, int from, int to) {
    if (!PROGRESSIVE.contains(t.get(from).lower())) {
      return false;
    }
    for (int k = from - 1; k >= Math.max(0, from - 4); k--) {
      String w = t.get(k).lower();
      if (Clause.REPORTING.contains(w) || BELIEVED.contains(w)) {
        return true;
      }
      if (w.equals(",") || w.equals(".") || WHILE.contains(w)) {
        break; // "said Tuesday when he was meeting B": what he said then, as it happened
      }
    }
    for (int k = to; k < t.size(); k++) {
      String w = t.get(k).lower();
      if (w.equals(";") || w.equals(".") || w.equals(",")) {
        break; // the clause only: "While they were meeting B, the bank acted on Tuesday"
      }
      if (SOON.contains(w) || FUTURE_DAYS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> PROGRESSIVE = Set.of("was", "were", "been");

  private static final Set<String> WHILE = Set.of("when", "while", "as");

  private static final Set<String> BELIEVED =
      Set.of("announced", "believed", "thought", "expected", "assumed", "added", "confirmed");

  private static boolean scheduledAfter(List<Token> t, int to) {
    boolean sameClause = true; // a modal past a comma or "and" opening a clause is its own
    for (int k = to; k < Math.min(t.size(), to + RIGHT); k++) {
      String w = t.get(k).lower();
      if (w.equals(";") || w.equals(".") || Clause.STOPPERS.contains(w)) {
        return false;
      }
      if ((w.equals(",") || w.equals("and"))
          && k + 1 < t.size()
          && !t.get(k + 1).capitalized()
          && !t.get(k + 1).lower().equals("and")) {
        sameClause = false; // ", saying …", ", and production …"; not "talks with A, B and C"
      }
      String next = lowerAt(t, k + 1);
      boolean topic =
          next.equals("to") && k + 2 < t.size() && TOPICS.contains(t.get(k + 2).lower());
      String after = next.equals("be") ? lowerAt(t, k + 2) : next;
      if (SCHEDULED.contains(w)
              && !next.equals("continue") // "talks would continue": going on
              && !topic // "opened talks with B expected to focus on trade": what they are about
          || w.equals("set") && next.matches("for|to")
          || sameClause
              && MAYBE.contains(w)
              && !t.get(k).capitalized()
              && STARTS.contains(after) // not "spoke with B, saying shipments could resume"
          || BE.contains(w) && next.equals("to") // "talks with B are to begin"
          || sameClause
              && PRESENT_BE.contains(w)
              && next.equals("likely")
              && lowerAt(t, k + 2).equals("to")) {
        // "the meeting between A and B is likely to focus on Brexit": one still to come
        return true;
      }
    }
    return false;
  }
}
