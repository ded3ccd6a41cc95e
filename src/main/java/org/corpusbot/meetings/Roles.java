package org.corpusbot.meetings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who took part in a contact and where, from the mentions around its trigger. The argument
 * patterns: "N between A and B"; "A met B", "A held N with B", "A and B held N" (subjects from
 * {@link Subjects} and {@link NounOwners}, the rest from {@link Complements} or, failing that,
 * {@link OtherSides}); "a visit by A to X", "A's visit"; a fronted phrase, "At a summit in X on D,
 * A and B …". People quoted as sources ("told the NYT", "as the NYT writes", "A said") are never
 * participants.
 */
final class Roles {
  private static final Set<String> PRESS = Set.of("press", "conference", "earnings", "background");

  private static final Set<String> FRONT_HEADS = Set.of("on", "following");
  private static final Set<String> POSSESSIVES = Set.of("its", "his", "her", "their", "my");

  /**
   * The participants and the place of one contact: the first {@code firstSide} met the rest, or all
   * met each other when it is 0. {@code place} is null when none was found.
   */
  record Assignment(List<Participant> participants, int firstSide, String place, boolean unpaired) {
    /**
     * The participants as events: all in one, or each alone when they are {@code unpaired} ("talks
     * with A and B" by someone unnamed: A did not meet B). Empty when there is no participant.
     */
    List<List<Participant>> separately() {
      if (participants.isEmpty()) {
        return List.of();
      }
      return unpaired ? participants.stream().map(List::of).toList() : List.of(participants);
    }
  }

  Assignment assign(
      List<Token> t,
      List<Mention> mentions,
      int from,
      int triggerEnd,
      boolean verb,
      boolean withOnly,
      EventKind kind,
      Referents.Scope refs) {
    Clause c = new Clause(t, mentions);
    // "meetings in Riyadh between A and B" are meetings between A and B: the rest reads on from
    // the "between"
    int to = verb ? triggerEnd : betweenAfterPlace(c, from, triggerEnd, kind).orElse(triggerEnd);
    boolean between = c.lower(to).equals("between");
    boolean byAgent = !verb && c.lower(to).equals("by");
    List<Mention> complements =
        kind == EventKind.CALL && PRESS.contains(c.lower(from - 1))
            ? List.of() // "a press call with B": B spoke to reporters alongside, not to A
            : new Complements(c).of(from, to, verb, withOnly, kind);
    List<Participant> subjects = new ArrayList<>();
    Optional<OtherSides.FromTo> fromTo = verb ? Optional.empty() : OtherSides.fromTo(c, to, kind);
    if (fromTo.isEmpty() && complements.isEmpty() && !verb) {
      // "A received a letter from B", "A had a telephone call from B": the sender is the other
      // side; who received it is read below as for any noun (the subject of its verb)
      complements = OtherSides.sender(c, from, to, kind).map(List::of).orElse(List.of());
    }
    if (fromTo.isPresent()) {
      subjects.add(fromTo.get().caller().participant()); // "a phone call from A to B"
      complements = List.of(fromTo.get().called());
    } else if (byAgent) {
      complements.forEach(m -> subjects.add(m.participant())); // "a visit by A": A is the visitor
      complements = List.of();
    } else if (verb
        && kind == EventKind.TALKS
        && c.lower(to).equals("by")
        && (c.startingAt(to + 1).isPresent() || AGENT_OPENERS.contains(c.lower(to + 1)))) {
      // "an agreement negotiated by A, B and C": what was negotiated is no party (the agents after
      // "by" stay unpaired, as "talks with A and B" by someone unnamed); not "talked by phone"
    } else if (verb) {
      subjects.addAll(new Subjects(c, refs).of(from));
    } else if (!between) {
      int governor = NounOwners.governor(c, from);
      int owner = ownerAt(c, from);
      int told = OtherSides.toldIn(c, from, to, kind);
      Optional<Mention> addressee = told < 0 ? Optional.empty() : c.startingAt(told + 1);
      if (addressee.isPresent() && !c.media(addressee.get())) {
        Optional<Mention> writer = c.endingAt(told); // "A told B in a letter", "… in a call"
        subjects.addAll(
            writer.isPresent()
                ? List.of(writer.get().participant())
                : new Subjects(c, refs).of(told));
        complements = List.of(addressee.get());
      } else if (governor >= 0) {
        List<Participant> bySubject = new Subjects(c, refs).of(governor);
        // "Biden would bring up the behavior that the U.S. has characterized as dangerous in his
        // meeting with Xi": the verb's subject is no "his"; the possessive's owner is
        boolean possessive = POSSESSIVES.contains(c.lower(from - 1));
        subjects.addAll(
            possessive && !Pronouns.fitAll(c.lower(from - 1), bySubject)
                ? new Pronouns(c, refs).owner(from - 1)
                : bySubject);
      } else if (owner >= 0) {
        // "Nuland's visit", "Biden's working visit with MBS"; "A and B's virtual meeting": both
        Optional<Mention> last = c.endingAt(owner + 1);
        last.ifPresent(m -> subjects.add(m.participant()));
        // (one side of a contact with others named; each other's only in a meeting of their own,
        // not "A and B's visit to Oslo", "A and B's meetings with voters")
        boolean others = !complements.isEmpty();
        boolean ownOnly = !others && kind != EventKind.VISIT && !WITH_TO.contains(c.lower(to));
        Optional<Mention> other =
            last.filter(m -> c.lower(m.from() - 1).equals("and"))
                .flatMap(m -> c.endingAt(m.from() - 1))
                .filter(m -> !m.place() && !c.t.get(m.to() - 1).possessive())
                .filter(m -> ownOnly || others);
        other.ifPresent(m -> subjects.add(0, m.participant()));
      } else if (POSSESSIVES.contains(c.lower(from - 1))) {
        subjects.addAll(new Pronouns(c, refs).owner(from - 1)); // "its talks with Peking"
      } else {
        subjects.addAll(
            NounOwners.reportingOwner(
                c, from)); // "McDonnell Douglas said recent talks with Airbus …"
      }
      if (subjects.isEmpty()) {
        subjects.addAll(NounOwners.agent(c, from)); // "made by A at a meeting with B"
      }
    }
    // "We discussed Trade, Venezuela, Ukraine": what was discussed is no fronted group
    if (subjects.isEmpty()
        && !between
        && !withOnly
        && fronting(c, from, verb, !complements.isEmpty())) {
      List<Mention> others = complements;
      // past the whole list of those met: in "After meetings with A, B and C, D told …" the
      // comma after A is inside the list, the one after C closes the phrase
      int phraseEnd = complements.stream().mapToInt(Mention::to).reduce(to, Math::max);
      List<Mention> group =
          fronted(c, phraseEnd, !complements.isEmpty()).stream()
              .takeWhile(m -> !others.contains(m)) // "talks with A, B and C" are no fronted phrase
              .toList();
      group.forEach(m -> subjects.add(m.participant()));
      if (complements.isEmpty() && !group.isEmpty()) {
        // "In a July phone call, Trump asked the president of Ukraine …": whom A addressed
        complements =
            addressee(c, group.get(group.size() - 1).to()).map(List::of).orElse(List.of());
      }
    }
    Optional<Mention> whom =
        verb && complements.isEmpty() ? OtherSides.withWhom(c, from) : Optional.empty();
    if (whom.isPresent()
        && subjects.size() == 1
        && subjects.get(0).key().equals(OtherSides.key(whom))) {
      subjects.clear(); // "she" is not B in "B, with whom she met": the person named before B
      OtherSides.personBefore(c, whom.get().from(), true)
          .ifPresent(m -> subjects.add(m.participant()));
    }
    if (whom.isPresent() && !subjects.isEmpty()) {
      complements = List.of(whom.get()); // "B, the governor of X, with whom she met"
    }
    if (complements.isEmpty() && !subjects.isEmpty()) {
      complements =
          OtherSides.objectPronoun(c, from, new Complements(c).pronounAt(to, verb), subjects);
    }
    int me = complements.isEmpty() ? new Complements(c).meAt(to, verb) : -1;
    if (me >= 0 && !subjects.isEmpty()) {
      // "“Biden called me on Tuesday,” Zelensky said": the one quoted
      complements =
          new Pronouns(c, refs)
              .quotedSpeaker(me).stream().map(p -> new Mention(me, me + 1, p, false)).toList();
    }
    Map<String, Participant> who = new LinkedHashMap<>();
    subjects.forEach(p -> add(who, p));
    int firstSide = who.size();
    String place = null;
    boolean person =
        complements.stream().anyMatch(m -> m.participant().kind() == Participant.Kind.PERSON);
    for (Mention m : complements) {
      if (person && byNationality(c, m)) {
        continue; // "with Shevardnadze and Soviet negotiators": the minister, not the country
      }
      if (m.participant().kind() == Participant.Kind.GROUP
          && NOT_ITS_VOICE.contains(c.lower(m.to()))) {
        continue; // "a meeting with Duke University alumni": people of it, who do not speak for it
      }
      // the object of "visited (the) X", not of a trigger ending in "with" or "to" when it is a
      // country or capital (a government): "is negotiating with Pakistan", "spoke to Moscow"
      boolean object =
          (m.from() == to || m.from() == to + 1 && c.lower(to).equals("the"))
              && !(WITH_TO.contains(c.lower(to - 1)) && government(m));
      boolean visited = m.place() && (verb && object || c.locative(m)); // "visited (the) X"
      if (visited) {
        place =
            place == null ? m.participant().name() : place; // "visited Moscow", "a visit to Moscow"
      } else {
        add(who, m.participant());
      }
    }
    if (place == null) {
      place = Places.near(c, from, to, who.keySet(), kind == EventKind.VISIT);
    }
    // "talks with A and B", "letters to A and B", "a meeting with A and B" of someone unnamed:
    // A and B are one side of it (the labelling guidelines' two sides), not a pair
    boolean unpaired =
        firstSide == 0 && !between && who.size() > 1
            || firstSide == who.size()
                && firstSide > 1
                && !between
                && oneSide(c, from, to, verb, kind);
    if (between || firstSide == who.size()) {
      boolean aligned = // each complement one participant, in order
          !complements.isEmpty()
              && who.size() == complements.size()
              && who.values().iterator().next().equals(complements.get(0).participant());
      int split = between ? appositiveSplit(c, complements, new ArrayList<>(who.values())) : -1;
      if (split > 0) {
        firstSide = split; // "two of Biden's advisers, A and B, and C": A and B against C
      } else {
        firstSide = between && aligned && oneAgainstAList(c, complements) ? 1 : 0;
      }
    }
    return new Assignment(new ArrayList<>(who.values()), firstSide, place, unpaired);
  }

  /**
   * "talks between banks and Mexico, Chile and Venezuela": the first against each of a list after
   * its "and", the list's members no party to each other's talks (where "between A, B and C" are
   * all one another's, and "between A and B, and C and D" two pairs).
   */
  private static boolean oneAgainstAList(Clause c, List<Mention> between) {
    return between.size() >= 3
        && c.lower(between.get(0).to()).equals("and")
        && c.lower(between.get(1).to()).equals(",")
        && !c.lower(between.get(1).to() + 1).equals("and");
  }

  /**
   * The index of the "between" of a contact noun's "in PLACE between A and B" when a party follows
   * it; empty for "meetings in Oslo between Monday and Wednesday", a time.
   */
  private static Optional<Integer> betweenAfterPlace(Clause c, int from, int to, EventKind kind) {
    if (!c.lower(to).equals("in")) {
      return Optional.empty();
    }
    Optional<Mention> place = c.startingAt(to + 1).filter(Mention::place);
    if (place.isEmpty() || !c.lower(place.get().to()).equals("between")) {
      return Optional.empty();
    }
    int at = place.get().to();
    boolean parties = !new Complements(c).of(from, at, false, false, kind).isEmpty();
    return parties ? Optional.of(at) : Optional.empty();
  }

  /**
   * "meetings between two of Biden's top advisers, A and B, and Saudi officials, including C": a
   * list given as an aside to the first side's description ends at the ", and" that opens the other
   * side, so A and B meet C, not each other (audit 36); the number of the first side's members, or
   * -1.
   */
  private static int appositiveSplit(Clause c, List<Mention> between, List<Participant> who) {
    if (between.size() < 3) {
      return -1;
    }
    Participant described = between.get(0).participant();
    if (described.kind() != Participant.Kind.DESCRIBED
        || !owned(described.name()) // "the two leaders, A and B, and …": both sides
        || !c.lower(between.get(1).from() - 1).equals(",")) {
      return -1; // not "between Russia, China, and Iran", one list
    }
    for (int k = 1; k + 1 < between.size(); k++) {
      int end = between.get(k).to();
      if (c.lower(end).equals(",") && c.lower(end + 1).equals("and")) {
        // "A and B, and C"; not "A, B, and C", a list with a comma before its "and"
        boolean pair = k >= 2 && c.lower(between.get(k).from() - 1).equals("and");
        // -1 too when the participant was left out or merged with another of its surname
        int last = who.indexOf(between.get(k).participant());
        return pair && last >= 0 && last + 1 < who.size() ? last + 1 : -1;
      }
    }
    return -1;
  }

  /**
   * A description by whose people they are: "Biden's top advisers", "the union's negotiators", "two
   * Vellix advisers"; not "the two leaders".
   */
  private static boolean owned(String described) {
    return OWNED.matcher(described).find() || !described.equals(described.toLowerCase(Locale.ROOT));
  }

  private static final Pattern OWNED = Pattern.compile("['’]s\\b");

  /**
   * Adds a participant once: "Biden" and "Joe Biden" are one person (a person's key is the
   * surname), but "Joe Biden and first lady Jill Biden" are two.
   */
  private static void add(Map<String, Participant> who, Participant p) {
    Participant same = who.get(p.key());
    boolean twoPeople =
        same != null
            && same.kind() == Participant.Kind.PERSON
            && p.kind() == Participant.Kind.PERSON
            && same.name().contains(" ")
            && p.name().contains(" ")
            && !same.name().equalsIgnoreCase(p.name());
    who.putIfAbsent(twoPeople ? p.name().toLowerCase(Locale.ROOT) : p.key(), p);
  }

  /**
   * Whether subjects named with no other participant are one side of the contact, not each other's:
   * the co-signers of a letter ("Senators A, B and C sent a letter urging members …", but "A and B
   * exchanged letters"), or a verb whose other side is a phrase naming no one ("officials from A, B
   * and C have met with both candidates", "crossings into A and B speak to the backlash"), where "A
   * and B met on Monday", "met privately", "met with each other" are a pair.
   */
  private static boolean oneSide(Clause c, int from, int to, boolean verb, EventKind kind) {
    if (kind == EventKind.LETTER) {
      for (int k = to; k < Math.min(c.t.size(), to + FROM_REACH); k++) {
        if (c.lower(k).equals("from")) {
          return false; // "a letter this weekend from Kohl to Delors": writer and addressee
        }
      }
      return !c.lower(from - 1).startsWith("exchang"); // "A and B exchanged letters"
    }
    if (!verb) {
      return false;
    }
    int k = to;
    if (c.lower(k).equals("with") || c.lower(k).equals("to")) {
      k++;
    } else if (!c.lower(to - 1).equals("with") && !c.lower(to - 1).equals("to")) {
      return false; // "A and B met on Monday": nothing is met but each other
    }
    String next = c.lower(k);
    // a capitalised word the rules did not take for a participant is still someone met ("met with
    // Cherelle this week", a given name alone): the subjects are one side of it
    return k < c.t.size()
        && !"VERB".equals(c.t.get(k).tag()) // "met to discuss": a purpose, no one met
        && Character.isLetter(next.isEmpty() ? ' ' : next.charAt(0))
        && !RECIPROCAL.contains(next)
        && !MANNER.contains(next); // "A and B met with little fanfare": how, not whom
  }

  /** Words after "met with" that tell how they met: "with little fanfare", "with urgency". */
  private static final Set<String> MANNER =
      Set.of(
          "little",
          "great",
          "much",
          "considerable",
          "fanfare",
          "urgency",
          "caution",
          "warmth",
          "enthusiasm");

  /** Words opening an agent after "negotiated by" ("by a team of …"); "by phone" opens none. */
  private static final Set<String> AGENT_OPENERS = Set.of("the", "a", "an");

  /** How far after "a letter" its "from" may stand: "a letter this weekend from A to B". */
  private static final int FROM_REACH = 5;

  /** "met with each other", "spoke to one another": the subjects met each other. */
  private static final Set<String> RECIPROCAL = Set.of("each", "one");

  /** A country named for its officials ("Soviet negotiators"), not by its own name. */
  private static boolean byNationality(Clause c, Mention m) {
    return m.participant().kind() == Participant.Kind.GROUP
        && !m.place()
        && !c.t.subList(m.from(), m.to()).stream()
            .map(Token::word)
            .collect(java.util.stream.Collectors.joining(" "))
            .equals(m.participant().name());
  }

  /**
   * Whether the trigger can be in a phrase fronted before its clause: no verb between it and the
   * comma before it ("Including, as the NYT writes, during such a meeting, …"), or a preposition
   * just before it ("At a summit in Geneva, …", "Following talks with B, A …"); not "… it was
   * agreed that unless the discussions were terminated, A and B …".
   */
  private static boolean fronting(Clause c, int from, boolean verb, boolean withOther) {
    if (topic(c, from)) {
      return false; // "In public comments on the talks, A and B said …": the talks are a topic
    }
    for (int k = from - 1; k >= Math.max(0, from - 3); k--) {
      if (NounOwners.PHRASE_HEADS.contains(c.lower(k)) || FRONT_HEADS.contains(c.lower(k))) {
        return true;
      }
    }
    // a participle and its preposition opening the sentence are the phrase's own ("Speaking after
    // an hour-long meeting with B, A said …"), no clause before the contact noun; only when the
    // phrase names the other side ("Signing the letter along with A were …", "Leaving the
    // meeting, A …" name none)
    int opener =
        withOther
                && c.lower(0).endsWith("ing")
                && "VERB".equals(c.t.get(0).tag())
                && OPENER_PREPOSITIONS.contains(c.lower(1))
                && onlyModifiers(c, 2, from)
            ? 0
            : -1;
    for (int i = from - 1; i >= 0 && !c.lower(i).equals(","); i--) {
      if (c.isVerb(i) && i != opener) {
        return false;
      }
    }
    // a phrase opens the sentence ("Amid talks with B, A …", "Speaking after talks, A …") or the
    // contact noun does, not a subject ("The Academy Award-winning actor met B …, White House
    // press secretary C said")
    String first = c.lower(0);
    return !verb
            && from
                <= 2 // the contact noun opens the sentence: "The meeting was attended by A, B …"
        || Set.of("ADP", "SCONJ").contains(c.t.get(0).tag())
        || first.endsWith("ing") && "VERB".equals(c.t.get(0).tag())
        || FRONT_HEADS.contains(first);
  }

  /** What a sentence-opening participle's phrase may start with: "Speaking after …". */
  private static final Set<String> OPENER_PREPOSITIONS =
      Set.of("after", "at", "during", "following", "in");

  /**
   * Whether the tokens from {@code start} to {@code end} only modify the contact noun ("an
   * hour-long", "a two-hour"): no other phrase ("the cancellation of"), no owner ("Vick's").
   */
  private static boolean onlyModifiers(Clause c, int start, int end) {
    for (int k = start; k < end; k++) {
      Token t = c.t.get(k);
      String tag = t.tag();
      boolean modifier =
          "DET".equals(tag) && !POSSESSIVES.contains(t.lower())
              || "ADJ".equals(tag)
              || "NUM".equals(tag)
              || "NOUN".equals(tag) && !t.capitalized() // "an hour-long", "at a luncheon after"
              || t.lower().equals("after")
              || t.word().contains("-") // "hour-long", or its hyphen alone
              || k + 1 < end && c.t.get(k + 1).word().startsWith("-")
              || k > start && c.t.get(k - 1).word().endsWith("-"); // "hour-" "long"
      if (!modifier || t.possessive()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the contact noun at {@code from} is what a noun before it is about: "comments on the
   * talks", "a report about the meeting" (only an article or adjective between).
   */
  private static boolean topic(Clause c, int from) {
    int k = from - 1;
    while (k > 0 && from - k <= 2 && ARTICLE_OR_ADJECTIVE.contains(c.t.get(k).tag())) {
      k--;
    }
    return k > 0
        && TOPIC_PREPOSITIONS.contains(c.lower(k))
        && "NOUN".equals(c.t.get(k - 1).tag())
        && !c.t.get(k - 1).capitalized();
  }

  private static final Set<String> WITH_TO = Set.of("with", "to");

  /**
   * A country or a national capital standing for its government ("Pakistan", "Moscow"), as the
   * country names and this list hold them; not a US state ("Florida") or a state that shares a name
   * with a country ("Georgia"). "Jordan" is read as the country even after Rep. Jim Jordan: a
   * surname that is a country's name is never a person's here (see {@code NameParts}).
   */
  private static boolean government(Mention m) {
    String name = m.participant().name();
    Lexicons lex = Lexicons.get();
    return m.participant().kind() == Participant.Kind.GROUP
        && !lex.regions.contains(name)
        && !STATES_NAMED_LIKE_PEOPLE.contains(name)
        && (lex.countries.containsKey(name.toLowerCase(Locale.ROOT))
            || CountryNames.isCountry(name)
            || CAPITALS.contains(name));
  }

  private static final Set<String> STATES_NAMED_LIKE_PEOPLE =
      Set.of("Virginia", "Montana", "Indiana", "Nevada", "Georgia");

  /** National capitals that news names for their governments ("talks with Moscow"). */
  private static final Set<String> CAPITALS =
      Set.of(
          "Washington",
          "Moscow",
          "Beijing",
          "Peking",
          "Seoul",
          "Tokyo",
          "Kyiv",
          "Kiev",
          "Tehran",
          "London",
          "Paris",
          "Berlin",
          "Bonn",
          "Ottawa",
          "Canberra",
          "Pyongyang",
          "Taipei",
          "Jerusalem",
          "Ankara",
          "Brussels",
          "Cairo",
          "Riyadh",
          "Damascus",
          "Baghdad",
          "Havana",
          "Caracas",
          "Manila",
          "New Delhi",
          "Islamabad",
          "Kabul",
          "Rome",
          "Madrid",
          "Warsaw",
          "Mexico City",
          "Brasilia",
          "Buenos Aires",
          "Pretoria",
          "Nairobi",
          "Doha",
          "Abu Dhabi",
          "Minsk",
          "Belgrade",
          "Hanoi",
          "Bangkok",
          "Jakarta",
          "Wellington");

  /**
   * People named after a body who do not speak for it, unlike its officials or leaders (whom {@link
   * DescribedMentions} reads as described people): its alumni, students, voters, fans.
   */
  private static final Set<String> NOT_ITS_VOICE =
      Set.of("alumni", "students", "voters", "supporters", "donors", "fans", "customers");

  private static final Set<String> ARTICLE_OR_ADJECTIVE = Set.of("DET", "ADJ");

  private static final Set<String> TOPIC_PREPOSITIONS = Set.of("on", "about", "regarding");

  /**
   * Times that take a possessive without owning the contact: "after a week's talks with B", "three
   * weeks' discussions", "at Friday's meeting with B" are the subject's own, as "after talks with
   * B" is.
   */
  static final Set<String> TIME_OWNERS =
      Stream.concat(
              Calls.WHEN.stream(),
              Stream.of(
                  "day",
                  "days",
                  "week",
                  "weeks",
                  "month",
                  "months",
                  "year",
                  "years",
                  "hour",
                  "hours",
                  "minute",
                  "minutes",
                  "weekend",
                  "night",
                  "morning",
                  "afternoon",
                  "evening",
                  "tomorrow",
                  "tonight"))
          .collect(Collectors.toUnmodifiableSet());

  /**
   * Whether the token at {@code k} is a time as a possessive ("week's", "Friday's") or the lone
   * apostrophe the tokenizer splits from a plural one ("weeks" "'"); not a bare time ("said
   * Thursday diplomatic talks with Russia …" is no one's own talks).
   */
  static boolean timeOwner(Clause c, int k) {
    Token tok = c.t.get(k);
    boolean apostrophe =
        (tok.word().equals("'") || tok.word().equals("’"))
            && k > 0
            && tok.gluedTo(c.t.get(k - 1))
            && TIME_OWNERS.contains(c.lower(k - 1));
    return apostrophe || tok.possessive() && TIME_OWNERS.contains(tok.lower());
  }

  /**
   * The possessive token that owns the noun trigger at {@code from}, past up to three lower-case
   * modifiers or a date ("Biden's working visit", "Xi's first state visit", "Huang's July 10
   * meeting"), or -1.
   */
  private static int ownerAt(Clause c, int from) {
    for (int k = from - 1; k >= Math.max(0, from - 4); k--) {
      Token tok = c.t.get(k);
      if (tok.possessive() && !TIME_OWNERS.contains(tok.lower())) {
        return k;
      }
      boolean modifier =
          timeOwner(c, k) // "after a week's talks", "three weeks' talks", "at Friday's meeting"
              || Character.isLowerCase(tok.word().charAt(0))
                  && (Set.of("ADJ", "ADV", "NOUN", "NUM").contains(tok.tag())
                      || tok.word().endsWith("ing"))
              || tok.capitalized() && Pronouns.month(tok.lower()) // "Huang's July 10 meeting"
              || tok.word().chars().allMatch(Character::isDigit);
      if (!modifier) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "In an Oval Office meeting with Rutte, Trump said …": a person who speaks after a fronted
   * contact with someone named is its other side; "At a summit in X, the official said" names no
   * one met, and an outlet or someone told ("told Fox") never is.
   */
  private static boolean speaksThere(Clause c, Mention m, boolean withOther) {
    return withOther
        && SPEAKS_THERE_OPENERS.contains(c.lower(0)) // not "On the talks with B, A said": a topic
        && m.participant().kind() == Participant.Kind.PERSON
        && Clause.REPORTING.contains(c.lower(m.to()))
        && !c.lower(m.from() - 1).equals("told")
        && !c.media(m);
  }

  /**
   * "In a phone call on Monday, A told B that …": A reports nothing to the reader but speaks to B,
   * the other side (not "A told CNN", an interview).
   */
  private static boolean tellsSomeone(Clause c, Mention m, int to) {
    return TELLING_OPENERS.contains(c.lower(0)) // not "After the meeting, A told B"
        && !c.lower(to).equals("with") // "In a phone call with reporters, A told B": the press
        && !OtherSides.negated(c, m.to())
        && c.lower(m.to()).equals("told")
        && m.participant().kind() == Participant.Kind.PERSON
        && addressee(c, m.to()).filter(b -> !c.media(b)).isPresent();
  }

  /** How a sentence opens a contact in which its subject told someone something. */
  private static final Set<String> TELLING_OPENERS = Set.of("in", "during");

  /** How a sentence opens a contact its speaker took part in: "In a meeting with B, A said". */
  private static final Set<String> SPEAKS_THERE_OPENERS =
      Set.of("in", "at", "during", "after", "following", "speaking", "shortly");

  /** Verbs by which one side of a call, meeting or letter addresses the other. */
  private static final Set<String> ADDRESSING =
      Set.of(
          "told",
          "asked",
          "urged",
          "pressed",
          "warned",
          "assured",
          "reassured",
          "thanked",
          "congratulated",
          "informed",
          "reminded",
          "briefed",
          "implored",
          "pushed",
          "challenged",
          "promised",
          "offered",
          "invited",
          "encouraged",
          "begged");

  /**
   * Whom the group of a fronted phrase addressed: "In a phone call, A urged B to …" gives B; the
   * mention right after the verb (or after its "the"), and none that is a place or described, else
   * the country of the office named there ("asked the president of Ukraine").
   */
  private static Optional<Mention> addressee(Clause c, int after) {
    int k = after;
    if (Set.of("also", "then", "later", "reportedly", "personally").contains(c.lower(k))) {
      k++;
    }
    if (!ADDRESSING.contains(c.lower(k))) {
      return Optional.empty();
    }
    int at = c.lower(k + 1).equals("the") ? k + 2 : k + 1;
    Optional<Mention> named =
        c.startingAt(at)
            .filter(m -> m.participant().kind() != Participant.Kind.DESCRIBED && !m.place())
            .filter(m -> !c.modifier(m))
            .filter(m -> Character.isUpperCase(c.t.get(m.to() - 1).word().charAt(0)))
            // not "urged Communist Party officials", "Arab nations": people described, a speech
            .filter(m -> !c.lower(m.to()).equals("'s") && !c.t.get(m.to() - 1).possessive());
    return named.or(() -> countryOfOffice(c, at));
  }

  /**
   * The country whose office is named at {@code at}: "asked the president of Ukraine to …", "urged
   * the prime minister of Japan", as "met with the king of Jordan" is a contact with Jordan; the
   * office is one to three lower-case words before "of [the]".
   */
  private static Optional<Mention> countryOfOffice(Clause c, int at) {
    for (int k = at; k < at + 3 && k < c.t.size(); k++) {
      String tag = c.t.get(k).tag();
      if (c.t.get(k).capitalized() || !("NOUN".equals(tag) || "ADJ".equals(tag))) {
        return Optional.empty();
      }
      if (c.lower(k + 1).equals("of")) {
        int body = c.lower(k + 2).equals("the") ? k + 3 : k + 2;
        return c.startingAt(body)
            .filter(m -> CountryNames.isCountry(m.participant().name()))
            .filter(m -> !c.t.get(m.to() - 1).possessive() && !c.lower(m.to()).equals("'s"));
      }
    }
    return Optional.empty();
  }

  /** {@code first} and the mentions joined after it by "and" or commas: "A, B and C". */
  private static List<Mention> listFrom(Clause c, Mention first) {
    List<Mention> out = new ArrayList<>();
    Mention cur = first;
    out.add(cur);
    while (c.lower(cur.to()).equals("and") || c.lower(cur.to()).equals(",")) {
      Optional<Mention> next = c.startingAt(cur.to() + 1);
      if (next.isEmpty()) {
        break;
      }
      cur = next.get();
      out.add(cur);
    }
    return out;
  }

  /**
   * "At a summit in Geneva on June 16, Biden and Putin …": the group after the phrase's comma; "The
   * summit was attended by A, B and C": the agents.
   */
  private static List<Mention> fronted(Clause c, int to, boolean withOther) {
    for (int i = to; i < Math.min(c.t.size() - 1, to + 14); i++) {
      String w = c.lower(i);
      if (w.equals("by") && c.lower(i - 1).equals("attended")) {
        // "The summit was attended by A, B and C", "… by representatives from A, B and C"
        int k = i + 1;
        Optional<Mention> first = c.startingAt(k).or(() -> c.sentByAt(k));
        if (first.isPresent()) {
          return listFrom(c, first.get());
        }
      }
      if (w.equals(",")) {
        Optional<Mention> m = c.startingAt(i + 1);
        Optional<Mention> before = c.endingAt(i);
        if (m.isPresent() && m.get().place() && before.isPresent() && before.get().place()) {
          continue; // "At a summit in Reykjavik, Iceland, A …": the place's country, not A
        }
        if (m.isEmpty()
            || c.reported(m.get())
                && !speaksThere(c, m.get(), withOther)
                && !tellsSomeone(c, m.get(), to)) {
          return List.of();
        }
        boolean group = m.get().participant().kind() == Participant.Kind.GROUP;
        // "In a letter to B, House Armed Services Committee member Rep. A …": A wrote, not the
        // committee (audit 38)
        Optional<Mention> member =
            group ? new Complements(c).personQualifiedBy(m.get()) : Optional.empty();
        return listFrom(c, member.orElse(m.get()));
      }
      if (Clause.STOPPERS.contains(w)) {
        return List.of();
      }
    }
    return List.of();
  }
}
