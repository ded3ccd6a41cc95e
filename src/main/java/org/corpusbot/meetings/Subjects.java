package org.corpusbot.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds who did something: the mention group left of a verb, in its clause. It looks past
 * appositives and relative clauses set off by commas ("A, the X's adviser, held…", "A, which
 * yesterday …, resumed …"); a pronoun subject ("He had earlier met …") or "the company" is resolved
 * by {@link Pronouns}.
 */
final class Subjects {
  private static final Set<String> PRONOUNS = Set.of("it", "he", "she", "they");
  private static final Set<String> RELATIVE = Set.of("which", "who", "whose", "whom");

  /** Words between "and" and a second verb that shares the first one's subject. */
  private static final Set<String> ADVERBS =
      Set.of("also", "then", "later", "briefly", "privately");

  /**
   * Prepositions whose object is no subject ("Sitting in the Oval Office, …, A met"); "members of
   * X" and "negotiators for X" are X acting, so "of" and "for" are not among them.
   */
  private static final Set<String> NOT_BEFORE_SUBJECT =
      Set.of("in", "at", "to", "from", "near", "outside", "with", "by", "about", "against");

  /**
   * Words that open a participle's phrase ("while visiting B", "before meeting B"), whose subject
   * is the main verb's, after a comma or not; "from" only after a comma ("kept B from meeting C": B
   * would have); "without" is a negation, which {@link Modality} blocks.
   */
  private static final Set<String> ADJUNCTS =
      Set.of("from", "while", "by", "before", "after", "since", "upon");

  private static final int WINDOW = 14;
  private static final Set<String> PAIRS =
      Set.of("leaders", "men", "women", "presidents", "ministers", "heads");

  private final Clause c;
  private final Referents.Scope refs;

  /** {@code refs}: what "he", "she", "it" and "the company" stand for in this sentence. */
  Subjects(Clause clause, Referents.Scope refs) {
    this.c = clause;
    this.refs = refs;
  }

  List<Participant> of(int verbAt) {
    int i = verbAt - 1;
    while (ADVERBS.contains(c.lower(i))) {
      i--;
    }
    if (c.lower(i).equals("and")) {
      int first = previousVerb(i);
      if (first >= 0) {
        return of(first); // "A visited Marlow Castle and met with B": A met B
      }
    }
    boolean adjunct = ADJUNCTS.contains(c.lower(verbAt - 1));
    int comma = adjunct ? verbAt - 2 : verbAt - 1;
    boolean afterComma = c.lower(comma).equals(",");
    // without a comma, "and" before the preposition joins another clause ("and after meeting B")
    boolean bare = adjunct && !c.lower(verbAt - 1).equals("from") && !c.lower(comma).equals("and");
    if (c.lower(verbAt).endsWith("ing") && (afterComma || bare)) {
      // "A courted B for a year, holding meetings with him": A held them; "A met B before
      // visiting C": A visited C, B is the object of the verb before
      int main = previousVerb(afterComma ? comma : verbAt - 1);
      if (main >= 0) {
        List<Participant> mainSubject = of(main);
        if (afterComma || !bodyActedOnPerson(mainSubject, main, verbAt)) {
          return mainSubject;
        }
      }
    }
    i = verbAt - 1;
    for (int travelled = 0; i >= 0 && travelled < WINDOW; travelled++, i--) {
      String w = c.lower(i);
      if (w.equals("there") && THERE_VERBS.contains(c.lower(i + 1)) && opensClause(i)) {
        return List.of(); // "there are ongoing conversations with Turkey": by someone unnamed
      }
      if (i == verbAt - 1 && c.isVerb(verbAt) && describedSubject(i)) {
        return List.of(); // "before the governor spoke with B": not someone named before
      }
      if (PRONOUNS.contains(w)) {
        return new Pronouns(c, refs).of(i);
      }
      if (w.equals("my")) {
        // "my meeting with B" is the speaker's; "my wife met B" is the wife's, described
        return i == verbAt - 1 ? new Pronouns(c, refs).quotedSpeaker(i) : List.of();
      }
      if (c.t.get(i).word().equals("I") && c.endingAt(i).isEmpty()) {
        if (!ownI(i, verbAt)) {
          return List.of();
        }
        List<Participant> speaker = new Pronouns(c, refs).quotedSpeaker(i);
        Optional<Mention> partner =
            c.lower(i - 1).equals("and") ? c.endingAt(i - 1) : Optional.empty();
        if (!speaker.isEmpty()
            && partner.isPresent()
            && partner.get().participant().kind() == Participant.Kind.PERSON) {
          return List.of(partner.get().participant(), speaker.get(0)); // "Per Holm and I met"
        }
        return speaker;
      }
      if (w.equals("we") || w.equals("our")) {
        return List.of(); // who "we" are, the sentence seldom says
      }
      if (verbAt - i <= 3 && pairOfPeople(i)) {
        return refs == null ? List.of() : refs.lastTwo(); // "the two leaders met", "the pair"
      }
      if (Referents.NOUNS.contains(w) && c.lower(i - 1).equals("the")) {
        Participant org = new Pronouns(c, refs).organisation(i - 1, w);
        return org == null ? List.of() : List.of(org); // "the company had ended talks with B"
      }
      if ((w.equals("who") || w.equals("which")) && c.lower(i - 1).equals(",")) {
        Optional<Mention> antecedent = c.endingAt(i - 1); // "Nigel Lawson, who met Funaro"
        return antecedent.filter(this::usable).map(this::group).orElse(List.of());
      }
      if (Clause.STOPPERS.contains(w) || Clause.REPORTING.contains(w) || closesQuote(i)) {
        return List.of();
      }
      if (w.equals(",")) {
        Optional<Mention> named = c.endingAt(i);
        if (named.isPresent()
            && named.get().participant().kind() == Participant.Kind.PERSON
            && c.lower(named.get().from() - 1).equals(",")) {
          return appositiveSubject(
              named.get()); // "…, the head of Bank of Mexico, Miguel Mancera, met"
        }
        int open = openingComma(c, i);
        Optional<Mention> m = open < 0 ? Optional.empty() : c.endingAt(open);
        if (m.isPresent()
            && m.get().participant().kind() != Participant.Kind.DESCRIBED
            && usable(m.get())) {
          return group(m.get());
        }
        if (open >= 0 && RELATIVE.contains(c.lower(open + 1))) {
          i = open; // skip ", which …," and look on before it
        }
        continue;
      }
      Optional<Mention> m = c.endingAt(i + 1);
      if (m.isPresent() && ownerOfThePeople(m.get(), verbAt)) {
        return List.of(); // "Trump's lawyers met with B": the lawyers met B, described, not Trump
      }
      if (m.isPresent() && membersOfChamber(m.get())) {
        if (othersBefore(m.get())) {
          continue; // "Rep. A and other GOP members of Congress sent a letter": A wrote
        }
        return List.of(); // "After A spoke, members of Congress met B": who, unnamed
      }
      if (m.isPresent() && c.bodyUnder(m.get())) {
        return List.of(); // "the Biden administration negotiated with B": not Biden, unnamed
      }
      if (m.isPresent() && destination(m.get())) {
        continue; // "A departs for Hanoi to meet B": A goes, Hanoi is where
      }
      boolean fits = m.isPresent() && (usable(m.get()) || writer(m.get(), verbAt));
      if (fits && !objectOfVerb(m.get()) && !c.modifier(m.get())) {
        return group(m.get());
      }
    }
    return List.of();
  }

  /**
   * A person named as the owner of the people who are the subject ("Trump's lawyers", "Biden's
   * family members"): they are others, described. A body's or a country's people stand for it
   * ("Russia's delegation"), and a person's own act is theirs ("Trump's call with B").
   */
  private boolean ownerOfThePeople(Mention m, int verbAt) {
    if (m.participant().kind() != Participant.Kind.PERSON || !c.t.get(m.to() - 1).possessive()) {
      return false;
    }
    for (int k = m.to(); k < verbAt; k++) {
      if (STAFF.contains(c.lower(k)) || Relatives.KIN.contains(c.lower(k))) {
        return true;
      }
      if (k > m.to() && PASSIVE.contains(c.lower(k)) && CITED.contains(c.lower(k + 1))) {
        // "Kellogg's account was cited in the committee's letter to B": something of theirs is
        // quoted in someone else's contact ("Biden's speech was delivered after meeting B" and
        // "Biden's decision was outlined in a letter to B" are still Biden's)
        return true;
      }
    }
    return false;
  }

  private static final Set<String> PASSIVE = Set.of("was", "were", "is", "are", "been", "being");

  /**
   * Participles of quoting what someone said or wrote; not "described" or "noted" ("Zelensky's
   * visit was described as a success after talks with Biden" is still Zelensky's).
   */
  private static final Set<String> CITED =
      Set.of("cited", "quoted", "mentioned", "referenced", "recounted");

  /** People a person has, who act for themselves: "Trump's lawyers met with B". */
  private static final Set<String> STAFF =
      Set.of(
          "lawyer",
          "lawyers",
          "attorney",
          "attorneys",
          "aide",
          "aides",
          "adviser",
          "advisers",
          "advisor",
          "advisors",
          "ally",
          "allies",
          "members",
          "team",
          "staff",
          "staffers",
          "associates",
          "spokesman",
          "spokeswoman",
          "spokesperson");

  /**
   * "the two leaders / men / women / presidents / (prime) ministers / heads (of state)", "both
   * leaders", "the pair" ending at {@code i}: two people told of just before. Only right before the
   * verb ("the two men have met"): further back it is seldom the verb's subject ("a call with both
   * presidents this week, and we have conversation with B").
   */
  private boolean pairOfPeople(int i) {
    String w = c.lower(i);
    if (w.equals("pair")) {
      return c.lower(i - 1).equals("the");
    }
    if (!PAIRS.contains(w)) {
      return false;
    }
    int k = c.lower(i - 1).equals("prime") ? i - 2 : i - 1;
    return c.lower(k).equals("both") || c.lower(k).equals("two") && c.lower(k - 1).equals("the");
  }

  /**
   * A place someone sets off for: "departs on Monday for Hanoi to take part in talks with B", "left
   * for Beijing to meet B". It is the trip's end, not who meets; the traveller before it is.
   */
  private boolean destination(Mention m) {
    String name = m.participant().name();
    boolean place =
        m.place() || Lexicons.get().places.contains(name) || CountryNames.isCountry(name);
    if (!place || !c.lower(m.from() - 1).equals("for")) {
      return false;
    }
    for (int k = m.from() - 2; k >= Math.max(0, m.from() - 6); k--) {
      String w = c.lower(k);
      if (DEPARTING.contains(w)) {
        return true;
      }
      if (w.equals(",") || c.isVerb(k)) {
        return false; // "before he left office, a lobbyist for United Fruit met": another clause
      }
    }
    return false;
  }

  /** Verbs of setting off: "departs for", "left for", "headed for". */
  static final Set<String> DEPARTING =
      Set.of(
          "departs",
          "depart",
          "departed",
          "departing",
          "leaves",
          "leave",
          "left",
          "leaving",
          "heads",
          "headed",
          "heading",
          "bound",
          "set",
          "sets",
          "sailed",
          "flies");

  /**
   * The object of an earlier verb ("A visited Saudi Arabia and met B"): not the subject of the verb
   * coordinated with it. A reporting verb's object may be ("said B met C" is never reached).
   */
  private boolean objectOfVerb(Mention m) {
    int k = m.from() - 1;
    while (k >= 0 && (c.lower(k).equals("the") || "ADJ".equals(c.t.get(k).tag()))) {
      k--;
    }
    boolean verb =
        k >= 0 && "VERB".equals(c.t.get(k).tag()) && !Clause.REPORTING.contains(c.lower(k));
    // "members who oppose McCarthy left a meeting": the relative clause's object, not who left
    boolean relative =
        verb
            && k >= 1
            && RELATIVE_PRONOUNS.contains(c.lower(k - 1))
            && !CLAUSE_VERBS.contains(c.lower(k)); // "Ravel, who believes Dorn met Ortiz": Dorn met
    return verb && (c.lower(m.to()).equals("and") || relative);
  }

  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that");

  /** Verbs whose object is a clause, so the name after them is its subject. */
  private static final Set<String> CLAUSE_VERBS =
      Set.of(
          "believe",
          "believes",
          "believed",
          "claim",
          "claims",
          "claimed",
          "show",
          "shows",
          "showed",
          "prove",
          "proves",
          "proved",
          "think",
          "thinks",
          "thought",
          "know",
          "knows",
          "knew",
          "hear",
          "heard",
          "allege",
          "alleges",
          "alleged",
          "argue",
          "argues",
          "argued",
          "testify",
          "testifies",
          "testified",
          "reveal",
          "reveals",
          "revealed",
          "indicate",
          "indicates",
          "indicated",
          "find",
          "finds",
          "found",
          "suggest",
          "suggests",
          "suggested",
          "confirm",
          "confirms",
          "confirmed",
          "deny",
          "denies",
          "denied",
          "insist",
          "insists",
          "insisted",
          "recall",
          "recalls",
          "recalled",
          "learned",
          "noted",
          "wrote",
          "assert",
          "asserts",
          "asserted",
          "contend",
          "contends",
          "contended");

  /**
   * Whether the token at {@code k} closes a quoted clause: no one inside it is the subject of a
   * verb after it ("\"We expect the U.S. government to honor its commitment\" and discussed this
   * with Shultz today, Clark said": the speaker discussed it, not the government he named). A
   * quoted phrase without a verb, or of one or two words, is the speaker's own clause ("he had
   * \"nice\" calls with B", "had \"paused\" his conversation").
   */
  private static final Set<String> VERB_TAGS = Set.of("VERB", "AUX");

  /**
   * "I" as the verb's own subject: not in a clause another word governs ("reports that I met B",
   * "claims I met B", "when I arrived, they met B"), and only auxiliaries, adverbs and the like
   * between it and the verb ("I had a long conversation with B"); a time phrase may come first
   * ("Yesterday I spoke with B").
   */
  private boolean ownI(int i, int verbAt) {
    String before = c.lower(i - 1);
    boolean governed =
        i > 0 && (EMBEDDING.contains(before) || VERB_TAGS.contains(c.t.get(i - 1).tag()));
    if (governed || verbAt - i > 5) {
      return false;
    }
    for (int k = i + 1; k < verbAt; k++) {
      String tag = c.t.get(k).tag();
      if (!BETWEEN_I_AND_VERB.contains(tag)) { // "I had a long"
        return false;
      }
    }
    return true;
  }

  private static final Set<String> BETWEEN_I_AND_VERB =
      Set.of("AUX", "ADV", "PART", "VERB", "DET", "ADJ");

  /** Words that put the "I" after them into a clause of theirs. */
  private static final Set<String> EMBEDDING =
      Set.of(
          "that",
          "when",
          "while",
          "before",
          "after",
          "if",
          "because",
          "whether",
          "since",
          "until",
          "as",
          "though",
          "although",
          "once",
          "where");

  private boolean closesQuote(int k) {
    String w = c.lower(k);
    String open;
    if (w.equals("\u201d")) {
      open = "\u201c";
    } else if (w.equals("\"") && straightMarksBefore(k) % 2 == 1) {
      open = "\"";
    } else {
      return false;
    }
    boolean verb = false;
    int j = k - 1;
    for (; j >= 0 && !c.lower(j).equals(open); j--) {
      verb |= VERB_TAGS.contains(c.t.get(j).tag());
    }
    if (!verb || k - j <= 3) {
      return false; // a word or phrase, not a clause ("had \"paused\" his conversation")
    }
    for (int r = j - 1; r >= 0 && !c.lower(r).equals(","); r--) {
      if (RELATIVE.contains(c.lower(r))) {
        return false; // "Smith, who called the plan \"a mistake that will cost jobs,\" met B"
      }
    }
    return true;
  }

  private int straightMarksBefore(int k) {
    int marks = 0;
    for (int j = 0; j < k; j++) {
      if (c.lower(j).equals("\"")) {
        marks++;
      }
    }
    return marks;
  }

  /**
   * The verb of the clause before {@code at} (an "and", a comma or the preposition of a
   * participle's phrase), or -1.
   */
  private int previousVerb(int at) {
    for (int k = at - 1; k >= 0 && at - k <= WINDOW; k--) {
      String w = c.lower(k);
      if (w.equals(",")) {
        int place = placeBefore(k);
        if (place < 0) {
          return -1;
        }
        k = place; // "A visits Cape Town, South Africa, and meets B": the place is visited
        continue;
      }
      if (Clause.STOPPERS.contains(w) || Clause.REPORTING.contains(w) || closesQuote(k)) {
        return -1;
      }
      if ("VERB".equals(c.t.get(k).tag()) && !insideMention(k)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Where to look on from when a place ends at the comma {@code comma} ("Cape Town, South Africa,
   * and"): at the place's own start, or past the comma before a region that completes a town; -1
   * when no place ends there.
   */
  private int placeBefore(int comma) {
    Optional<Mention> m = c.endingAt(comma).filter(Mention::place);
    if (m.isEmpty()) {
      return -1;
    }
    int from = m.get().from();
    return c.lower(from - 1).equals(",") && townBefore(from - 1) >= 0 ? from - 1 : from;
  }

  /**
   * Where the town before a region's comma starts ("Cape Town, South Africa", "Rochester, New
   * York": a place mention or, for towns no list holds, a short capitalised run); -1 when none.
   */
  private int townBefore(int comma) {
    Optional<Mention> town = c.endingAt(comma).filter(Mention::place);
    if (town.isPresent()) {
      return town.get().from();
    }
    int k = comma - 1;
    while (k >= 0 && comma - k <= TOWN_WORDS && c.t.get(k).capitalized() && !insideMention(k)) {
      k--;
    }
    return k + 1 < comma ? k + 1 : -1;
  }

  /** How many words a town no list holds may have: "Rochester", "Palm Beach Gardens". */
  private static final int TOWN_WORDS = 3;

  private boolean insideMention(int k) {
    return c.mentions.stream().anyMatch(m -> m.from() <= k && k < m.to());
  }

  /** An appositive name and, when "A and the head of X, NAME" precedes it, A too. */
  private List<Participant> appositiveSubject(Mention named) {
    List<Participant> out = new ArrayList<>();
    for (int k = named.from() - 2; k >= 0 && named.from() - k < 14; k--) {
      if (c.lower(k).equals("and")) {
        c.endingAt(k)
            .filter(m -> m.participant().kind() == Participant.Kind.PERSON)
            .ifPresent(m -> out.add(m.participant()));
        break;
      }
      if (c.lower(k).equals(",") || Clause.STOPPERS.contains(c.lower(k))) {
        break;
      }
    }
    out.add(named.participant());
    return out;
  }

  /**
   * The comma that opens the parenthetical closed by the comma at {@code closing}: the one before a
   * relative pronoun ("…, which …,") if there is one, else the nearest; -1 when there is none.
   */
  static int openingComma(Clause c, int closing) {
    int nearest = -1;
    for (int k = closing - 1; k >= 0 && closing - k < 35; k--) {
      String w = c.lower(k);
      if (w.equals(";")) {
        break;
      }
      if (w.equals(",")) {
        if (RELATIVE.contains(c.lower(k + 1))) {
          return k;
        }
        if (nearest < 0) {
          nearest = k;
        }
      }
    }
    return nearest;
  }

  /**
   * "A wrote a letter to B", "A wrote in a letter to B": "wrote" also reports what A said, which
   * would make A a speaker and no party, but here it is the verb whose subject is sought.
   */
  private boolean writer(Mention m, int verbAt) {
    int before = c.before(m);
    // "Ana Vale of the Office of Special Counsel wrote", "members of Congress wrote": the body is
    // whom the writers belong to; but "the board of the Indiana chapter of NOW wrote" is NOW's
    boolean belongs = c.lower(before).equals("of") && !BODY_PARTS.contains(c.lower(before - 1));
    return m.to() == verbAt && WRITES.contains(c.lower(verbAt)) && !c.locative(m) && !belongs;
  }

  private static final Set<String> WRITES = Set.of("wrote", "writes");

  /** Parts of a body that write in its name: "the Indiana chapter of the National Organization". */
  private static final Set<String> BODY_PARTS =
      Set.of("chapter", "chapters", "branch", "board", "leadership", "unit", "division");

  /** A subject is never the object of a preposition ("Sitting in the Oval Office, …, A met"). */
  private boolean usable(Mention m) {
    int before = c.before(m);
    return !c.locative(m)
        && !c.reported(m)
        && !NOT_BEFORE_SUBJECT.contains(c.lower(before))
        && !visited(m);
  }

  /** A place visited ("visits Cape Town, South Africa, and meets B"): no one who met. */
  private boolean visited(Mention m) {
    if (!m.place()) {
      return false;
    }
    int before = m.from() - 1;
    int town = c.lower(before).equals(",") ? townBefore(before) : -1;
    if (town >= 0) {
      before = town - 1; // the region after its town
    }
    return VISITING.contains(c.lower(before));
  }

  /** Verbs whose object is a place visited (captions tag "visits" a noun). */
  private static final Set<String> VISITING =
      Set.of("visit", "visits", "visited", "visiting", "tours", "toured", "touring");

  /**
   * A country or body opening a list after a plural of people: "Leaders from A, B and C", "foreign
   * ministers of A, B and C": its people are among the subjects.
   */
  private boolean peopleOf(Mention m) {
    int k = c.before(m);
    return m.participant().kind() == Participant.Kind.GROUP
        && (c.lower(k).equals("from") || c.lower(k).equals("of"))
        && PEOPLE.contains(c.lower(k - 1));
  }

  /**
   * Whether a body did something to a person named after its verb ("Harlow Steel Corp sacked
   * Director Tom Lind weeks after visiting B", "the Senate censured Senator Lind after visiting
   * B"): then the person, nearest the participle, is the one who visited, as the reader takes it.
   */
  private boolean bodyActedOnPerson(List<Participant> mainSubject, int main, int verbAt) {
    if (mainSubject.isEmpty()
        || mainSubject.stream().anyMatch(p -> p.kind() != Participant.Kind.GROUP)
        || Lexicons.get().oneWordVerbs.contains(c.lower(main))) {
      return false; // "The World Bank met Lind on Monday before visiting B": the bank visited
    }
    for (int k = main + 1; k < verbAt; k++) {
      Optional<Mention> m = c.startingAt(k);
      if (m.isPresent() && m.get().participant().kind() == Participant.Kind.PERSON) {
        return true;
      }
    }
    return false;
  }

  /**
   * A chamber after "members of" ("other GOP members of Congress"): its members act each for
   * themselves, unlike "members of the Freedom Caucus", who stand for their caucus.
   */
  private boolean membersOfChamber(Mention m) {
    int k = c.before(m);
    return m.participant().kind() == Participant.Kind.GROUP
        && c.lower(k).equals("of")
        && (c.lower(k - 1).equals("members") || c.lower(k - 1).equals("member"))
        && NameRuns.LEGISLATURES.contains(m.participant().name().toLowerCase(Locale.ROOT));
  }

  /**
   * The person before ", head of (the) X" when {@code body} is that X: the office of someone in a
   * list, not a member of it; empty otherwise.
   */
  private Optional<Mention> officeHolder(Mention body) {
    int of = body.from() - 1;
    if (c.lower(of).equals("the")) {
      of--;
    }
    if (of < 2 || !c.lower(of).equals("of") || !OFFICES.contains(c.lower(of - 1))) {
      return Optional.empty();
    }
    return c.lower(of - 2).equals(",")
        ? c.endingAt(of - 2)
            .filter(m -> m.participant().kind() == Participant.Kind.PERSON && usable(m))
        : Optional.empty();
  }

  private static final Set<String> OFFICES =
      Set.of("head", "chairman", "chairwoman", "chair", "leader", "director", "president");

  /** Whether "other" stands just before the members of a chamber: "A and other GOP members of". */
  private boolean othersBefore(Mention chamber) {
    int members = c.before(chamber) - 1;
    for (int k = members - 1; k >= Math.max(0, members - 3); k--) {
      if (c.lower(k).equals("other")) {
        return true;
      }
    }
    return false;
  }

  /** Plurals of people who stand for the country or body they are "from" or "of". */
  static final Set<String> PEOPLE =
      Set.of(
          "leaders",
          "ministers",
          "officials",
          "representatives",
          "delegations",
          "delegates",
          "envoys",
          "diplomats",
          "negotiators",
          "heads");

  /** A lower-case noun or adjective, as in a title before a name: "national security adviser". */
  private boolean lowerTitleWord(int k) {
    Token t = c.t.get(k);
    return !t.capitalized() && ("NOUN".equals(t.tag()) || "ADJ".equals(t.tag()));
  }

  /** Verbs after an existential "there": "there are talks", "there have been talks". */
  private static final Set<String> THERE_VERBS =
      Set.of("is", "are", "was", "were", "has", "have", "had");

  /**
   * Whether the word at {@code i} opens a clause: "… and there are talks with B", not "Lind and his
   * staff there have held talks with B", whose "there" is where.
   */
  private boolean opensClause(int i) {
    return i == 0 || EXISTENTIAL_OPENERS.contains(c.lower(i - 1));
  }

  private static final Set<String> EXISTENTIAL_OPENERS = Set.of(",", "and", "but", "that", ";");

  /**
   * A common noun after an article right before the verb ("the governor spoke", "a spokesman met"):
   * the subject is someone described, whom the rules leave unnamed. Not "the company", which {@link
   * Pronouns} resolves, nor a capitalised one.
   */
  private boolean describedSubject(int i) {
    return "NOUN".equals(c.t.get(i).tag())
        && !c.t.get(i).capitalized()
        && !Referents.NOUNS.contains(c.lower(i))
        && !pairOfPeople(i)
        && c.endingAt(i + 1).isEmpty()
        && APPOSITIVE_ARTICLES.contains(c.lower(i - 1))
        && (i == 1 || CLAUSE_OPENERS.contains(c.lower(i - 2)));
  }

  private static final Set<String> APPOSITIVE_ARTICLES = Set.of("the", "a", "an");

  /**
   * Words before "the X" that make it a clause's whole subject: "before the governor spoke"; not
   * "Leaders of the Front opposed to the government met B", where it ends a longer one, nor "Lind
   * and a translator met B", where it ends a list.
   */
  private static final Set<String> CLAUSE_OPENERS =
      Set.of(
          "but", "when", "while", "before", "after", "as", "that", "because", "since", "until",
          "where", "once");

  /**
   * A subject pronoun that opens a list ("he and B met"): "he" and "she" are never objects; "it"
   * only right after a reporting verb or "that" ("A said it and B had talks"), since "discussed it
   * and B" has it as an object.
   */
  private boolean pronounOpensList(int at) {
    String w = c.lower(at);
    if (w.equals("he") || w.equals("she")) {
      return true;
    }
    return w.equals("it")
        && (Clause.REPORTING.contains(c.lower(at - 1)) || c.lower(at - 1).equals("that"));
  }

  private static final Set<String> OWNERS = Set.of("his", "her", "their");

  /** A lower-case word that says what a body named before it is ("union", "company", "bank"). */
  private boolean bodyNoun(int k) {
    return !c.t.get(k).capitalized() && Lexicons.get().orgWords.contains(c.lower(k));
  }

  private List<Participant> group(Mention last) {
    List<Participant> out = new ArrayList<>();
    out.add(last.participant());
    Mention m = last;
    while (m.from() >= 1) {
      int k = m.from() - 1;
      if (c.lower(k).equals("<")) {
        k--; // "Viacom Inc and <National Amusements Inc>": Reuters brackets unlisted firms
      }
      while (k >= 0 && (c.lower(k).equals("the") || c.lower(k).equals("its"))) {
        k--;
      }
      if (OWNERS.contains(c.lower(k))
          && c.lower(k - 1).equals("and")
          && m.participant().title() != null) {
        // "President Joe Biden and his Chinese counterpart Xi Jinping held talks": both, the
        // title ("Chinese counterpart") inside the mention
        k--;
      }
      int skipped = k;
      while (skipped >= 1 && k - skipped < 3 && lowerTitleWord(skipped)) {
        skipped--;
      }
      if (k >= 1 && "NOUN".equals(c.t.get(k).tag()) && c.lower(k - 1).equals("and")) {
        k--; // "Southmark Corp and affiliate Pratt Hotels Corp", "A and Ireland's Cardinal B"
      } else if (skipped < k && c.lower(skipped).equals("and")) {
        k = skipped; // "A and national security adviser B": a lower-case title the mention lacks
      }
      String sep = c.lower(k);
      if (!sep.equals("and") && !sep.equals(",") && !sep.equals("&")) {
        break;
      }
      Optional<Mention> prev = c.endingAt(k);
      if (prev.isEmpty() && k >= 2 && bodyNoun(k - 1)) {
        // "The United Auto Workers union and Tarvik Mills Inc resumed talks": the union is named
        prev = c.endingAt(k - 1).filter(b -> b.participant().kind() == Participant.Kind.GROUP);
      }
      if (prev.isPresent() && peopleOf(prev.get())) {
        out.add(0, prev.get().participant()); // "Leaders from A, B and C met": A's leaders too
        break;
      }
      if (prev.isPresent() && c.locative(prev.get()) && m != last && m.place() && last.place()) {
        // "spend two weeks in Hong Kong, Tokyo and Sydney discussing …": a list of places after
        // "in" is where, not who; one place after a comma may open the clause ("the war in
        // Ukraine, Turkey has held talks with Russia")
        return List.of();
      }
      Optional<Mention> holder = prev.flatMap(this::officeHolder);
      if (holder.isPresent()) {
        // "James Comer of Kentucky, head of the Oversight Committee and Bryan Steil": the head
        // is in the list, the committee he heads is not
        m = holder.get();
        out.add(0, m.participant());
        continue;
      }
      if (prev.isEmpty() && sep.equals("and") && pronounOpensList(k - 1)) {
        // "Blumenthal said he and Sen. Lindsey Graham are in talks": the speaker, or no one when
        // the reader cannot be sure who "he" is
        out.addAll(0, new Pronouns(c, refs).listHead(k - 1));
        break;
      }
      if (prev.isEmpty() || !usable(prev.get())) {
        break;
      }
      if (sep.equals(",")
          && prev.get().from() > 0
          && "ADP".equals(c.t.get(prev.get().from() - 1).tag())) {
        break; // "Before meeting with Bush, the prince …": Bush ends a fronted phrase
      }
      m = prev.get();
      out.add(0, m.participant());
    }
    return out;
  }
}
