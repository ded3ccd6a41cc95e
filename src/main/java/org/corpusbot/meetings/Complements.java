package org.corpusbot.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds whom a contact was with: "between A and B", "with B", "to B" (a letter or a call), or the
 * direct object of a verb ("met B"), each with the mentions coordinated to it ("B, C and D"). The
 * search stays in the trigger's phrase: it stops at a clause boundary or, after a noun trigger, at
 * the next verb ("Abe's visit is to prepare for … talks with Reagan" is not a visit with Reagan).
 */
final class Complements {
  private static final int WINDOW = 14;
  private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her");
  private static final Set<String> DEMONYMS = ShortNames.oneWordDemonyms();
  private static final int SKIP = 7;

  /** Words before a participant's name or title that name no one ("acting Attorney General"). */
  private static final Set<String> FILLERS =
      Set.of("the", "a", "an", "his", "her", "their", "its", "both", "acting", "interim");

  private final Clause c;

  Complements(Clause clause) {
    this.c = clause;
  }

  /**
   * Mentions after a trigger ending at {@code to}; {@code verb} for a verb trigger, {@code
   * withOnly} for a verb whose other side is only its "with" phrase in the same clause ("discussed
   * the war with B", not "discussed Ukraine", nor "discussed his relationship with B").
   */
  List<Mention> of(int from, int to, boolean verb, boolean withOnly, EventKind kind) {
    // "A meeting between A and B lasted an hour": the verb after B is the phrase's own, not B's
    boolean listMayMeetVerb = !verb && headsClause(from);
    if (c.lower(to).equals("between") || c.lower(to).equals("by")) {
      return coordinated(firstMention(to + 1), listMayMeetVerb);
    }
    if (!verb && kind == EventKind.LETTER) {
      Optional<Mention> sentTo = sentBefore(from);
      if (sentTo.isPresent()) {
        return coordinated(sentTo, false); // "Pelosi sent Biden a letter": written to Biden
      }
    }
    boolean gerund = !verb && c.lower(to - 1).equals("meeting") && c.startingAt(to).isPresent();
    if (verb && !withOnly || gerund) {
      Optional<Mention> direct = firstMention(to); // "met B", "after meeting president Alan Garcia"
      if (direct.isPresent()) {
        return coordinated(direct, false);
      }
      if (verb && (c.lower(to - 1).equals("with") || c.lower(to - 1).equals("to"))) {
        return List.of(); // "spoke to reporters in a call with B": B was not spoken to
      }
    }
    if (verb && c.lower(to).equals("about")) {
      // "talked about … joint exercises with Japan", "talked about his friendship with O'Connor":
      // the "with" belongs to what was talked about
      return List.of();
    }
    for (int i = to; i < Math.min(c.t.size(), to + WINDOW); i++) {
      String w = c.lower(i);
      int past = w.equals(",") && verb ? Math.max(pastRegion(i, to), pastYear(i, to)) : -1;
      if (past > 0) {
        i = past - 1; // "met in Washington, D.C., with B": the place's region, then on
        continue;
      }
      if (w.equals(";")
          || w.equals(".")
          || Clause.STOPPERS.contains(w)
          || w.equals(",") && i > to) {
        return List.of();
      }
      if ((!verb || withOnly) && i > to && c.isVerb(i)) {
        return List.of();
      }
      if (verb
          && i > to
          && w.equals("to")
          && c.isVerb(i + 1)
          && !TALKING.contains(c.lower(i + 1))) {
        // "visited Arizona to campaign with B": a purpose, B not visited; but "visited Mar-a-Lago
        // to speak with B" is with B
        return List.of();
      }
      boolean recipient =
          w.equals("to") && (kind == EventKind.LETTER || kind == EventKind.CALL)
              || w.equals("on") && kind == EventKind.VISIT; // "a courtesy call on President Reagan"
      if (w.equals("to") && !verb && kind == EventKind.VISIT) {
        // "paid a visit to King Charles": the person visited. Only a person: "a visit to the
        // World Bank", "to the city for the U.N. General Assembly", "to Dumfries House" are most
        // often the place the visit went to, and the visit's place is found apart
        List<Mention> visited = coordinated(c.startingAt(i + 1), false);
        if (!visited.isEmpty()
            && visited.stream().allMatch(m -> m.participant().kind() == Participant.Kind.PERSON)
            && !modifier(visited.get(visited.size() - 1).to())) {
          // right after "to": not "to the grave of B", "to the house where B …"; nor "to B's
          // home state", "to the Gemelli hospital"
          return visited;
        }
      }
      if (w.equals("with") && i - 1 >= to && topicContact(to, i - 1)) {
        // "a letter about trade talks with China to B": the talks' other side, not the letter's
        // (the talks are a contact of their own); read on past it for the letter's own
        Optional<Mention> inner = firstMention(i + 1);
        i = inner.map(m -> m.to() - 1).orElse(i);
        continue;
      }
      if (w.equals("with") && ALONG.contains(c.lower(i - 1))) {
        return List.of(); // "signed the letter along with ten other Republicans": co-signers
      }
      if (w.equals("with") || recipient) {
        Optional<Mention> first = firstMention(i + 1);
        if (w.equals("with")
            && i > 0
            && c.lower(i - 1).equals(",")
            && first.isPresent()
            && absolute(first.get().to())) {
          return List.of(); // "during a phone call, with the White House being one …"
        }
        List<Mention> with = coordinated(first, listMayMeetVerb);
        boolean named = // not "with B, an adviser to C": the adviser is B
            with.stream().noneMatch(m -> m.participant().kind() == Participant.Kind.DESCRIBED);
        if (w.equals("with") && kind == EventKind.LETTER && !with.isEmpty() && named) {
          Optional<Mention> addressee = recipientAfter(with.get(with.size() - 1).to());
          if (addressee.isPresent()) {
            return coordinated(addressee, false); // "sent a letter with B to C": B signed it too
          }
        }
        return with;
      }
    }
    return List.of();
  }

  /**
   * Where the phrase goes on after the region of a place, when the comma at {@code comma} opens one
   * ("met in Washington, D.C., with B", "met in Austin, Texas, with B"): the index of the "with"
   * after it, or -1. Only "in" right after the verb ending at {@code to} and a place, one to three
   * capitalised words, a comma and "with"; not "visited a factory in Austin, Texas, with B", where
   * B came along.
   */
  private int pastRegion(int comma, int to) {
    boolean place = c.endingAt(comma).map(Mention::place).orElse(false);
    if (!place || c.endingAt(comma).get().from() - 1 != to || !c.lower(to).equals("in")) {
      return -1;
    }
    for (int k = comma + 1; k <= comma + 3 && k + 1 < c.t.size(); k++) {
      if (!c.t.get(k).capitalized()) {
        return -1;
      }
      if (c.lower(k + 1).equals(",")) {
        return c.lower(k + 2).equals("with") ? k + 2 : -1;
      }
    }
    return -1;
  }

  /**
   * Past a date's year between commas right after the verb ("met on Jan. 2, 2021, with B", "met
   * Sept. 12, 1987, with B"): the index of the "with" after it, or -1. Only a month, a day, the
   * year, a comma and "with".
   */
  private int pastYear(int comma, int to) {
    int k = c.lower(to).equals("on") ? to + 1 : to;
    boolean date =
        comma == k + 2
            && EventDates.isMonth(c.lower(k))
            && c.lower(k + 1).matches("\\d{1,2}")
            && c.lower(comma + 1).matches("\\d{4}")
            && c.lower(comma + 2).equals(",")
            && c.lower(comma + 3).equals("with");
    return date ? comma + 3 : -1;
  }

  /**
   * Whether the name ending before {@code next} is something's owner ("B's home state") or modifies
   * the lower-case noun after it ("the Gemelli hospital").
   */
  private boolean modifier(int next) {
    return c.t.get(next - 1).possessive()
        || next < c.t.size() && "NOUN".equals(c.t.get(next).tag()) && !c.t.get(next).capitalized();
  }

  /**
   * The one written to right after a letter's "with" phrase: "with Rep. B, R-La., to C" gives C;
   * only commas and a party-and-state tag between, so "with B, an adviser to C", "with B in
   * addition to C" give none.
   */
  private Optional<Mention> recipientAfter(int from) {
    for (int i = from; i < Math.min(c.t.size() - 1, from + WINDOW); i++) {
      String w = c.t.get(i).word();
      if (w.equals("to")) {
        return firstMention(i + 1);
      }
      if (!PARTY_TAG.matcher(w).matches()) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the contact noun at {@code noun} is what a topic word names ("about trade talks", "on
   * the talks"), only articles, adjectives and nouns between; not "met on Monday for talks".
   */
  private boolean topicContact(int from, int noun) {
    if (!INNER_CONTACTS.contains(c.lower(noun))) {
      return false;
    }
    for (int j = noun - 1; j >= Math.max(from, noun - 4); j--) {
      if (TOPIC.contains(c.lower(j))) {
        return true;
      }
      String tag = c.t.get(j).tag();
      if (!"DET".equals(tag) && !"ADJ".equals(tag) && !"NOUN".equals(tag)) {
        return false;
      }
    }
    return false;
  }

  /**
   * The first of those a letter at {@code letter} was sent to when they stand between a verb of
   * sending and the letter ("sent Biden a letter", "wrote Sen. A and Sen. B a two-page letter"), or
   * empty.
   */
  private Optional<Mention> sentBefore(int letter) {
    int k = letter - 1;
    while (k >= 0 && !c.lower(k).equals("a") && !c.lower(k).equals("an") && letter - k <= 3) {
      k--; // "a two-page letter", "a joint letter"
    }
    Optional<Mention> last = c.endingAt(k);
    if (k < 0 || !(c.lower(k).equals("a") || c.lower(k).equals("an")) || last.isEmpty()) {
      return Optional.empty();
    }
    Mention first = last.get();
    while (c.lower(first.from() - 1).equals("and") || c.lower(first.from() - 1).equals(",")) {
      Optional<Mention> before = c.endingAt(first.from() - 1);
      if (before.isEmpty()) {
        return Optional.empty();
      }
      first = before.get();
    }
    return SENDING.contains(c.lower(first.from() - 1)) ? Optional.of(first) : Optional.empty();
  }

  /** Verbs whose first object is whom a letter after it went to. */
  private static final Set<String> SENDING =
      Set.of("sent", "send", "sends", "sending", "wrote", "write", "writes", "written", "writing");

  /** Words that make what follows the topic of a contact: "a letter about …". */
  private static final Set<String> TOPIC = Set.of("about", "on", "over", "regarding", "concerning");

  /** "along with", "together with" (and the "long with" of a dropped letter): the same side. */
  private static final Set<String> ALONG = Set.of("along", "long", "together");

  /** Contact nouns whose own "with" a trigger before them must not take after a {@link #TOPIC}. */
  private static final Set<String> INNER_CONTACTS =
      Set.of("talks", "negotiations", "discussions", "meeting", "meetings", "summit");

  /** Commas and the pieces of a party-and-state tag ("R-La.", "D-N.Y."). */
  private static final Pattern PARTY_TAG = Pattern.compile("[,.-]|\\p{Lu}[\\p{L}.-]{0,5}");

  /**
   * Whether a "with" phrase is an absolute one, its noun the subject of a participle ("with the
   * White House being one of …", "with Lind saying …"): a circumstance, not whom the contact was
   * with.
   */
  private boolean absolute(int after) {
    return after < c.t.size()
        && c.lower(after).endsWith("ing")
        && c.isVerb(after)
        && !PREPOSITION_LIKE.contains(c.lower(after));
  }

  /** Participles that work as prepositions: "talks with B regarding …" is still with B. */
  private static final Set<String> PREPOSITION_LIKE =
      Set.of(
          "regarding",
          "concerning",
          "including",
          "involving",
          "following",
          "according",
          "excluding",
          "surrounding",
          "pending",
          "considering");

  /**
   * Where "him" or "her" stands as whom the contact was with ("met her", "talks with him"), or -1.
   */
  int pronounAt(int to, boolean verb) {
    return objectAt(to, verb, OBJECT_PRONOUNS);
  }

  /** Where "me" stands as whom the contact was with ("called me", "met with me"), or -1. */
  int meAt(int to, boolean verb) {
    return objectAt(to, verb, Set.of("me"));
  }

  private int objectAt(int to, boolean verb, Set<String> pronouns) {
    if (verb && pronouns.contains(c.lower(to))) {
      return to;
    }
    int with =
        c.lower(to).equals("with") ? to : verb ? -1 : c.lower(to + 1).equals("with") ? to + 1 : -1;
    return with >= 0 && pronouns.contains(c.lower(with + 1)) ? with + 1 : -1;
  }

  /**
   * A described participant named a few words on ("the president of the bank of Mexico, Miguel
   * Mancera Aguayo"): the named person instead.
   */
  private Mention appositive(Mention m) {
    boolean held = officeHeld(m);
    if (m.participant().kind() != Participant.Kind.DESCRIBED && !held) {
      return m;
    }
    if (held && !c.lower(m.to()).equals(",")) {
      return m; // the holder stands right after the body: not "the king of Norway over …, B"
    }
    for (int k = m.to(); k < Math.min(c.t.size() - 1, m.to() + 8); k++) {
      if (c.lower(k).equals(",")) {
        Optional<Mention> named = c.startingAt(k + 1);
        boolean ends =
            named.isPresent()
                && (named.get().to() >= c.t.size() - 1
                    || c.lower(named.get().to()).matches("[,.;]"));
        return ends && named.get().participant().kind() == Participant.Kind.PERSON
            ? named.get()
            : m;
      }
      if (Clause.STOPPERS.contains(c.lower(k)) || c.isVerb(k)) {
        return m;
      }
    }
    return m;
  }

  /**
   * Whether {@code m} is the body of a one-person office before it ("the king of Jordan", "the
   * president of Mexico"): a name in apposition after it is that office's holder ("the president of
   * Mexico, Andres Manuel Lopez Obrador,"), the one party meant; the body and the holder had been
   * two sides.
   */
  private boolean officeHeld(Mention m) {
    int of = m.from() - 1;
    if (of >= 0 && c.lower(of).equals("the")) {
      of--;
    }
    return of >= 1
        && m.participant().kind() == Participant.Kind.GROUP
        && c.lower(of).equals("of")
        && ONE_HOLDER.contains(c.lower(of - 1));
  }

  /** Offices one person holds, whose holder an apposition may name. */
  private static final Set<String> ONE_HOLDER =
      Set.of(
          "president",
          "king",
          "queen",
          "minister",
          "premier",
          "chancellor",
          "leader",
          "emir",
          "head",
          "chairman",
          "secretary",
          "ambassador");

  /**
   * The first mention starting within a few filler tokens of {@code start}; a place or group that
   * only qualifies a person's title ("Tokyo stock exchange (TSE) head Michio Takeuchi") gives way
   * to the person.
   */
  private Optional<Mention> firstMention(int start) {
    for (int i = start; i < Math.min(c.t.size(), start + SKIP); i++) {
      Optional<Mention> m = c.startingAt(i);
      if (m.isPresent() && c.t.get(m.get().to() - 1).possessive()) {
        return c.media(m.get())
            ? Optional.empty() // "spoke with CNN's Tom Lind": an interview
            : CountryMentions.personOfCountry(c.t, c.mentions, m.get(), c::nounAfter)
                .or(() -> namedAfterHead(m.get().to())); // "met Lind's deputy, Tomas Hale"
      }
      if (m.isPresent()) {
        if (m.get().participant().kind() != Participant.Kind.GROUP) {
          return c.qualifyingSurname(m.get()) ? personQualifiedBy(m.get()) : m; // "Trump attorneys"
        }
        Optional<Mention> person = personQualifiedBy(m.get());
        return person.isPresent() || c.modifier(m.get()) ? person : m; // not "GOP lawmakers"
      }
      Optional<Mention> sender = c.sentByAt(i); // "met with leaders from A and B": A's leaders
      if (sender.isPresent()) {
        return sender;
      }
      if (!filler(i)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** After a possessive's head noun, the person named in apposition, if any. */
  private Optional<Mention> namedAfterHead(int from) {
    for (int k = from; k < Math.min(c.t.size() - 1, from + 4); k++) {
      if (c.lower(k).equals(",")) {
        Optional<Mention> named = c.startingAt(k + 1);
        return named.filter(n -> n.participant().kind() == Participant.Kind.PERSON);
      }
      Optional<Mention> direct = c.startingAt(k); // "Lind's deputy Tomas Hale"
      if (k > from && direct.isPresent()) {
        return direct.filter(n -> n.participant().kind() == Participant.Kind.PERSON);
      }
      int joiner = c.lower(k).equals("and") ? 1 : c.lower(k).equals("as") ? joiner(k) : 0;
      if (k > from && joiner > 0) {
        return firstMention(k + joiner) // "Norway's king as well as Crown Prince Tomas Berg"
            .filter(n -> n.participant().kind() == Participant.Kind.PERSON);
      }
      boolean head = k == from && Character.isLowerCase(c.t.get(k).word().charAt(0));
      if (!filler(k) && !head) { // the head noun, whatever the tagger says ("Sweden's king/VERB")
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Whether the words from {@code k} to {@code to} tell whose part the next name is. */
  private boolean owner(int k, int to) {
    for (int i = k; i < to; i++) {
      if (OWNED.contains(c.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Olena Zelenska, the first lady of Ukraine,", "Tim Cook, chief executive of Apple": a body
   * named in a person's appositive after "of" is the office held, not another party.
   */
  private boolean officeOf(Mention person, Mention body) {
    int k = person.to();
    int of = c.before(body); // "chairman of Finance", "chairman of the Finance …"
    if (person.participant().kind() != Participant.Kind.PERSON
        || body.participant().kind() != Participant.Kind.GROUP
        || !c.lower(k).equals(",")
        || !c.lower(of).equals("of")) {
      return false;
    }
    int first = APPOSITIVE_DETERMINERS.contains(c.lower(k + 1)) ? k + 2 : k + 1;
    int words = of - first;
    for (int i = first; i < of; i++) {
      if (c.isVerb(i) || !Character.isLetter(c.lower(i).isEmpty() ? ' ' : c.lower(i).charAt(0))) {
        return false;
      }
    }
    return words >= 1 && words <= 4;
  }

  private static final Set<String> APPOSITIVE_DETERMINERS = Set.of("the", "a", "an");

  /** Purposes that are themselves a contact with whom they name. */
  private static final Set<String> TALKING =
      Set.of("meet", "speak", "talk", "discuss", "confer", "negotiate", "consult", "see");

  /** A body's standing to the one named after it: "a unit of", "a subsidiary of". */
  private static final Set<String> OWNED =
      Set.of("unit", "subsidiary", "division", "affiliate", "arm", "parent", "offshoot");

  /** Tags a lower-case word may wrongly carry inside a title: "its de facto leader". */
  private static final Set<String> LOWER_CASE_TAGS = Set.of("X", "PROPN", "ADV");

  /** Prepositions of standing near someone, which the tagger may call adverbs. */
  private static final Set<String> AROUND =
      Set.of("around", "near", "behind", "beside", "alongside", "against", "beyond");

  /** Words that open another clause, which a contact's object never reaches into. */
  private static final Set<String> CLAUSE_OPENERS =
      Set.of("when", "while", "because", "until", "where", "whereas");

  /**
   * Words that may stand before a contact's named side: "more than 40 of", "for", a ticker's "(".
   */
  private static final Set<String> BETWEEN_WORDS =
      Set.of("for", "more", "than", "of", "without", "<", "(");

  /** Words that join the names of a list: commas, "and", "including", a ticker's brackets. */
  private static final Set<String> JOINERS = Set.of(",", "and", "&", "including", "<", ">", "the");

  private boolean filler(int i) {
    String w = c.lower(i);
    if (CLAUSE_OPENERS.contains(w)) {
      return false; // "met the press when B arrived": B is in another clause
    }
    if (AROUND.contains(w)) {
      return false; // "spoke with individuals around Trump" (the tagger's ADV): his circle
    }
    String tag = c.t.get(i).tag();
    boolean lowerCase = Character.isLowerCase(c.t.get(i).word().charAt(0));
    return FILLERS.contains(w)
        || "ADJ".equals(tag)
        || "NOUN".equals(tag)
        || "NUM".equals(tag)
        || "DET".equals(tag) // "Ukrainian first lady Olena Zelenska", as the tagger has it
        || lowerCase && LOWER_CASE_TAGS.contains(tag) // "its de facto leader"
        || DEMONYMS.contains(w)
        || Lexicons.get().countries.containsKey(w) // "Ukrainian first lady X"
        || BETWEEN_WORDS.contains(w);
  }

  /**
   * The person named right after a group that only qualifies their role ("House Armed Services
   * Committee member Rep. Ana Vick", "Tokyo stock exchange head Michio Takeuchi"), or empty.
   */
  Optional<Mention> personQualifiedBy(Mention group) {
    for (int k = group.to(); k < Math.min(c.t.size(), group.to() + 6); k++) {
      Optional<Mention> m = c.startingAt(k);
      if (m.isPresent()) {
        return m.get().participant().kind() == Participant.Kind.PERSON ? m : Optional.empty();
      }
      String tag = c.t.get(k).tag();
      if (!("NOUN".equals(tag)
          || "ADJ".equals(tag) // "former Trump national security official Kash Patel"
          || "PROPN".equals(tag)
          || "PUNCT".equals(tag) && !c.lower(k).equals(","))) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a noun trigger at {@code from} opens its sentence's subject: no verb, preposition,
   * subordinator or comma before it since the sentence's start or a dateline's dash ("Wednesday's
   * talks between …", "OSLO, June 18 - Talks between …"); "After talks with Shultz, Baker said …"
   * is not one.
   */
  private boolean headsClause(int from) {
    for (int i = from - 1; i >= 0; i--) {
      String w = c.lower(i);
      boolean dash = w.equals("-") || w.equals("—") || w.equals("–");
      if (dash && !(i > 0 && c.t.get(i).gluedTo(c.t.get(i - 1)))) {
        return true; // the story starts after its dateline ("OSLO, June 18 - "; not "in-person")
      }
      String tag = c.t.get(i).tag();
      if (c.isVerb(i) || "ADP".equals(tag) || "SCONJ".equals(tag) || w.equals(",")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The mention {@code first} and those coordinated to it; a mention followed by a verb opens a
   * clause of its own and ends the list, unless {@code verbMayFollow} (the list ends a clause's
   * subject phrase, and the verb is that phrase's).
   */
  private List<Mention> coordinated(Optional<Mention> first, boolean verbMayFollow) {
    List<Mention> out = new ArrayList<>();
    if (first.isEmpty() || c.reported(first.get()) || c.media(first.get())) {
      return out; // "spoke to CNN" is an interview
    }
    Mention m = appositive(first.get());
    out.add(m);
    while (true) {
      int k = m.to();
      if (c.lower(k).equals("<") && c.lower(k + 2).equals(">")) {
        k += 3; // past a stock ticker: "Pratt Hotel Corp <PRAT> and Southmark Corp"
      }
      k = pastWhenBeforeIncluding(m, k);
      int pastAppositive = pastAppositive(k);
      k = pastOffice(m, pastAppositive);
      boolean pastBody = k != pastAppositive;
      int after = k;
      int joiners = 0;
      for (int n = joiner(k); n > 0 && k < c.t.size(); n = joiner(k)) {
        k += n;
        joiners++;
      }
      boolean joined = false; // "Funaro the need for …": a "the" alone joins nothing
      boolean conjoined = false; // "and", "&", "as well as": not "Meeting with B, A thanked him"
      for (int x = after; x < k; x++) {
        joined |= !c.lower(x).equals("the") && !c.lower(x).equals("<") && !c.lower(x).equals(">");
        conjoined |= c.lower(x).equals("and") || c.lower(x).equals("&") || c.lower(x).equals("as");
      }
      if (k == after || joiners > 3 || !joined) {
        return out;
      }
      Optional<Mention> next =
          firstMention(k); // "and Yugoslavian minister without portfolio Egon Padovan"
      if (next.isEmpty()
          || c.reported(next.get())
          || c.media(next.get())
          || !(verbMayFollow && conjoined) && c.isVerb(next.get().to())
          // "In a letter to B, A also called for …": past a comma alone, a name before an adverb
          // and a verb opens the main clause (not "talks between A and B still had …")
          || (!conjoined || pastBody && !verbMayFollow) && c.verbAfter(next.get().to())
          // "In a letter to B, Rep. A, chairman of the caucus, called …": the same past A's
          // appositive
          || !conjoined && verbAfterAppositive(next.get().to())) {
        return out; // "met A, and B apologised": B opens a clause of its own
      }
      if (owner(k, next.get().from())) {
        return out; // "with Noranda Exploration Inc, a unit of Noranda Inc": the unit alone
      }
      boolean office = officeOf(m, next.get());
      m = next.get();
      if (!office) {
        out.add(m);
      }
    }
  }

  /**
   * Past the time or place between a described group and the names it includes ("met with several
   * lawmakers on Monday, including A and B"; "… on January 6 – including A"): where "including" is,
   * when only a short phrase with no verb and no one named stands between; else {@code k}.
   */
  private int pastWhenBeforeIncluding(Mention group, int k) {
    if (group.participant().kind() != Participant.Kind.DESCRIBED
        || !WHEN_OR_WHERE.contains(c.lower(k))) {
      return k;
    }
    for (int j = k + 1; j < Math.min(c.t.size(), k + 7); j++) {
      if (c.lower(j).equals("including") && BEFORE_INCLUDING.contains(c.lower(j - 1))) {
        // only countries: "A bipartisan delegation met with Israeli leaders in Jerusalem on Sunday,
        // including Sen. A and Sen. B" may include the senators in the delegation
        int first = c.lower(j + 1).equals("the") ? j + 2 : j + 1;
        boolean country =
            c.startingAt(first)
                .filter(x -> CountryNames.isCountry(x.participant().name()))
                .isPresent();
        return country ? j : k;
      }
      if (c.isVerb(j) || c.startingAt(j).filter(x -> !x.place()).isPresent()) {
        return k;
      }
    }
    return k;
  }

  private static final Set<String> WHEN_OR_WHERE = Set.of("on", "in", "at", "last", "this", "over");
  private static final Set<String> BEFORE_INCLUDING = Set.of(",", "–", "—", "-");

  /**
   * Past a lower-case appositive between two members of a list ("met with Ana Vick, the finance
   * minister, and Sara Brun"; "with Senator Pete Domenici of New Mexico, the senior Republican on
   * the Senate Budget Committee, and with House Speaker Jim Wright"): the comma that closes it,
   * when it holds no verb or clause word and "and" follows; else {@code k} itself.
   */
  private int pastAppositive(int k) {
    int close = appositiveEnd(k, true);
    return close > 0 && c.lower(close + 1).equals("and") ? close : k;
  }

  /**
   * The comma closing a lower-case appositive that opens with the comma at {@code k}, or -1: none
   * opens there, or a verb, a clause word, "and" or, when {@code personEnds}, a person's name comes
   * first ("Donald Trump, his former lawyer Michael Cohen, and …": a member, described).
   */
  private int appositiveEnd(int k, boolean personEnds) {
    if (!c.lower(k).equals(",") || k + 1 >= c.t.size() || c.t.get(k + 1).capitalized()) {
      return -1;
    }
    for (int j = k + 1; j < Math.min(c.t.size(), k + 1 + APPOSITIVE); j++) {
      String w = c.lower(j);
      if (w.equals(",")) {
        return j > k + 1 ? j : -1;
      }
      boolean person =
          personEnds
              && c.startingAt(j)
                  .filter(m -> m.participant().kind() == Participant.Kind.PERSON)
                  .isPresent();
      if (person
          || c.isVerb(j)
          || Clause.STOPPERS.contains(w)
          || w.equals(".")
          || w.equals("and")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Past the body a listed person belongs to ("met with Treasury Secretary James Baker, Chairman
   * Beryl Sprinkel of the President's Council of Economic Advisers and chief of staff Howard
   * Baker"): from "of" to the "and" or comma that follows, when all between are the body's words
   * (capitalised, "the", lower-case nouns and adjectives) and no verb or person; else {@code k}.
   * The body is no party of its own: it is the office of the person before it.
   */
  private int pastOffice(Mention person, int k) {
    if (person.participant().kind() != Participant.Kind.PERSON || !c.lower(k).equals("of")) {
      return k;
    }
    for (int j = k + 1; j < Math.min(c.t.size(), k + 1 + APPOSITIVE); j++) {
      String w = c.lower(j);
      if (w.equals(",") && c.startingAt(j + 1).filter(Mention::place).isPresent()) {
        return k; // "Tom Lind of the University of Oslo, Norway, and …": the body's place
      }
      if (w.equals("and") || w.equals(",")) {
        return j > k + 1 ? j : k;
      }
      Token t = c.t.get(j);
      String tag = t.tag();
      boolean bodyWord =
          w.equals("the")
              || t.capitalized()
              || "NOUN".equals(tag)
              || "ADJ".equals(tag)
              || t.possessiveMark()
              || INNER_LINKS.contains(w) && j + 1 < c.t.size() && c.t.get(j + 1).capitalized();
      boolean someone =
          c.startingAt(j)
              .filter(m -> m.participant().kind() == Participant.Kind.PERSON)
              .isPresent();
      if (!bodyWord || someone || c.isVerb(j) || Clause.STOPPERS.contains(w)) {
        return k;
      }
    }
    return k;
  }

  /**
   * Whether a lower-case appositive opens at {@code k} and a verb follows the comma that closes it
   * (", chairman of the Congressional Black Caucus, called"): the name before it is a subject.
   */
  private boolean verbAfterAppositive(int k) {
    int close = appositiveEnd(k, false);
    return close > 0 && c.verbAfter(close + 1);
  }

  /** Words inside a body's name before a capitalised word: "Council of Economic Advisers". */
  private static final Set<String> INNER_LINKS = Set.of("of", "for", "on");

  /** How far an appositive inside a list may run: "the senior Republican on the … Committee". */
  private static final int APPOSITIVE = 12;

  /**
   * How many tokens at {@code k} join one participant to the next: one for ",", "and", "including"
   * and the like, three for "as well as" (four with its preposition: "as well as with B"); 0 when
   * none does.
   */
  private int joiner(int k) {
    String w = c.lower(k);
    if (w.equals("as") && c.lower(k + 1).equals("well") && c.lower(k + 2).equals("as")) {
      return c.lower(k + 3).equals("with") || c.lower(k + 3).equals("to") ? 4 : 3;
    }
    if (w.equals("and") && c.lower(k + 1).equals("with")) {
      return 2; // "met with A and with B"
    }
    return JOINERS.contains(w) ? 1 : 0;
  }
}
