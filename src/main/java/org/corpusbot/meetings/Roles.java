package org.corpusbot.meetings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who took part in a contact and where, from the mentions around its trigger. The argument
 * patterns: "N between A and B"; "A met B", "A held N with B", "A and B held N", "A proposed in a
 * letter to B" (subjects from {@link Subjects}, the rest from {@link Complements}); "a visit by A
 * to X", "A's visit"; a fronted phrase, "At a summit in X on D, A and B …". People quoted as
 * sources ("told the NYT", "as the NYT writes", "A said") are never participants.
 */
final class Roles {
  private static final int GOVERNOR_WINDOW = 8;

  /** Verbs whose object a contact noun can be: "held talks", "proposed in a letter". */
  private static final Set<String> GOVERNORS =
      Set.of(
          "held",
          "hold",
          "holds",
          "holding",
          "had",
          "has",
          "have",
          "began",
          "begin",
          "begun",
          "opened",
          "open",
          "started",
          "start",
          "ended",
          "end",
          "concluded",
          "conclude",
          "broke",
          "resumed",
          "resume",
          "attended",
          "attend",
          "attending",
          "hosted",
          "host",
          "hosting",
          "continued",
          "continuing",
          "continue",
          "continues",
          "suspending",
          "resuming",
          "conducted",
          "conducting",
          "opening",
          "ending",
          "concluding",
          "wrapped",
          "completed",
          "sent",
          "send",
          "received",
          "paid",
          "pay",
          "made",
          "make",
          "proposed",
          "wrote",
          "addressed",
          "led",
          "chaired",
          "joined",
          "entered",
          "placed",
          "place",
          "placing",
          "terminated",
          "terminate",
          "suspended",
          "broken",
          "finished",
          "having");

  private static final Set<String> PRESS = Set.of("press", "conference", "earnings", "background");

  private static final Set<String> POSSESSIVES = Set.of("its", "his", "her", "their");
  private static final Set<String> PHRASE_HEADS = Set.of("in", "after", "during", "at", "before");

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
      int to,
      boolean verb,
      EventKind kind,
      Referents.Scope refs) {
    Clause c = new Clause(t, mentions);
    boolean between = c.lower(to).equals("between");
    boolean byAgent = !verb && c.lower(to).equals("by");
    List<Mention> complements =
        kind == EventKind.CALL && PRESS.contains(c.lower(from - 1))
            ? List.of() // "a press call with B": B spoke to reporters alongside, not to A
            : new Complements(c).of(to, verb, kind);
    List<Participant> subjects = new ArrayList<>();
    if (byAgent) {
      complements.forEach(m -> subjects.add(m.participant())); // "a visit by A": A is the visitor
      complements = List.of();
    } else if (verb) {
      subjects.addAll(new Subjects(c, refs).of(from));
    } else if (!between) {
      int governor = governor(c, from);
      int told = toldInALetter(c, from, kind);
      Optional<Mention> addressee = told < 0 ? Optional.empty() : c.startingAt(told + 1);
      if (addressee.isPresent() && !c.media(addressee.get())) {
        Optional<Mention> writer = c.endingAt(told); // "A told B in a letter"
        subjects.addAll(
            writer.isPresent()
                ? List.of(writer.get().participant())
                : new Subjects(c, refs).of(told));
        complements = List.of(addressee.get());
      } else if (governor >= 0) {
        subjects.addAll(new Subjects(c, refs).of(governor));
      } else if (from > 0 && t.get(from - 1).possessive()) {
        c.endingAt(from).ifPresent(m -> subjects.add(m.participant())); // "Nuland's visit"
      } else if (POSSESSIVES.contains(c.lower(from - 1))) {
        subjects.addAll(new Subjects(c, refs).owner(from - 1)); // "its talks with Peking"
      } else {
        subjects.addAll(
            reportingOwner(c, from)); // "McDonnell Douglas said recent talks with Airbus …"
      }
      if (subjects.isEmpty()) {
        subjects.addAll(agent(c, from)); // "made by A at a meeting with B"
      }
    }
    if (subjects.isEmpty() && !between && (fronting(c, from) || startsWithPhrase(c, from))) {
      List<Mention> others = complements;
      fronted(c, to).stream()
          .takeWhile(m -> !others.contains(m)) // "talks with A, B and C" are no fronted phrase
          .forEach(m -> subjects.add(m.participant()));
    }
    if (complements.isEmpty() && !subjects.isEmpty()) {
      complements = objectPronoun(c, from, new Complements(c).pronounAt(to, verb), subjects);
    }
    Map<String, Participant> who = new LinkedHashMap<>();
    subjects.forEach(p -> who.putIfAbsent(p.key(), p));
    int firstSide = who.size();
    String place = null;
    boolean person =
        complements.stream().anyMatch(m -> m.participant().kind() == Participant.Kind.PERSON);
    for (Mention m : complements) {
      if (person && byNationality(c, m)) {
        continue; // "with Shevardnadze and Soviet negotiators": the minister, not the country
      }
      boolean object = m.from() == to || m.from() == to + 1 && c.lower(to).equals("the");
      boolean visited = m.place() && (verb && object || c.locative(m)); // "visited (the) X"
      if (visited) {
        place =
            place == null ? m.participant().name() : place; // "visited Moscow", "a visit to Moscow"
      } else {
        who.putIfAbsent(m.participant().key(), m.participant());
      }
    }
    if (place == null) {
      place = Places.near(c, from, to, who.keySet(), kind == EventKind.VISIT);
    }
    // "met with A, B and C" and "a meeting with A, B and C" are one gathering; "talks with A and
    // B" by someone unnamed are often two (the World Bank did not negotiate with the IMF).
    boolean gathering = verb || kind == EventKind.MEETING || kind == EventKind.SUMMIT;
    boolean unpaired = firstSide == 0 && !between && !gathering && who.size() > 1;
    if (between || firstSide == who.size()) {
      firstSide = 0;
    } else if (firstSide == 0 && who.size() > 1 && kind != EventKind.MEETING) {
      // "talks with A and B", "letters to A and B" of someone unnamed: A did not meet B, while
      // those "meeting with A, B and C" were in one room
      firstSide = who.size();
    }
    return new Assignment(new ArrayList<>(who.values()), firstSide, place, unpaired);
  }

  /** Words between "A said" and its talks: "A said that merger talks", "said based on talks". */
  private static final Set<String> REPORTED_LEAD =
      Set.of("the", "that", "based", "on", "its", "after", "following");

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
   * "A said [merger] talks with B …", "A said based on recent talks with B": A is a party to its
   * own talks. Up to five lower-case words that are not verbs may stand between.
   */
  private static List<Participant> reportingOwner(Clause c, int from) {
    int k = from - 1;
    while (k >= 0 && from - k <= 5 && (ownerFiller(c, k) || REPORTED_LEAD.contains(c.lower(k)))) {
      k--; // "said merger talks", "said based on recent talks" (the tagger may call "merger" PRON)
    }
    if (k < 1 || !Clause.REPORTING.contains(c.lower(k))) {
      return List.of();
    }
    return c.speakerOf(k)
        .filter(m -> m.participant().kind() != Participant.Kind.DESCRIBED && !c.locative(m))
        .map(m -> List.of(m.participant()))
        .orElse(List.of());
  }

  /** "A told B in a letter that …": where "told" is, or -1. */
  private static int toldInALetter(Clause c, int from, EventKind kind) {
    for (int i = from - 1; kind == EventKind.LETTER && i >= Math.max(0, from - 10); i--) {
      if (c.lower(i).equals("told")) {
        return i;
      }
      if (c.lower(i).equals(",") || Clause.STOPPERS.contains(c.lower(i))) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean ownerFiller(Clause c, int k) {
    String w = c.lower(k);
    Token tok = c.t.get(k);
    boolean word = !tok.word().isEmpty() && Character.isLowerCase(tok.word().charAt(0));
    return w.equals("based")
        || word
            && !c.isVerb(k)
            && !Clause.STOPPERS.contains(w)
            && !Clause.REPORTING.contains(w)
            && !w.equals("and");
  }

  /**
   * "A … met her", "meetings with him": the person named last before the trigger in the same
   * sentence who is not a subject ("Biden had known the queen … and had met her"); nothing when the
   * sentence names none, since a guess across sentences is too often wrong.
   */
  private static List<Mention> objectPronoun(
      Clause c, int from, int pronounAt, List<Participant> subjects) {
    if (pronounAt < 0) {
      return List.of();
    }
    for (int k = c.mentions.size() - 1; k >= 0; k--) {
      Mention m = c.mentions.get(k);
      boolean subject = subjects.stream().anyMatch(p -> p.key().equals(m.participant().key()));
      if (m.to() <= from && m.participant().kind() == Participant.Kind.PERSON && !subject) {
        return List.of(m);
      }
    }
    return List.of();
  }

  /**
   * "… was made yesterday by A at a meeting with B": the agent named just before the phrase that
   * holds the trigger is a party to it.
   */
  private static List<Participant> agent(Clause c, int from) {
    for (int k = from - 1; k >= Math.max(1, from - 3); k--) {
      if (PHRASE_HEADS.contains(c.lower(k))) {
        return c.endingAt(k)
            .filter(m -> c.lower(m.from() - 1).equals("by"))
            .filter(m -> m.participant().kind() != Participant.Kind.DESCRIBED && !m.place())
            .map(m -> List.of(m.participant()))
            .orElse(List.of());
      }
    }
    return List.of();
  }

  /** The verb a noun trigger is the object of ("held talks", "proposed in a letter"), or -1. */
  private static int governor(Clause c, int from) {
    boolean inPhrase = false; // "emphasised in talks with", "was speaking after a meeting with"
    for (int i = from - 1; i >= Math.max(0, from - GOVERNOR_WINDOW); i--) {
      String w = c.lower(i);
      if (Clause.STOPPERS.contains(w) || w.equals(",")) {
        return -1;
      }
      if (GOVERNORS.contains(w) || inPhrase && c.isVerb(i) && !Clause.REPORTING.contains(w)) {
        return i;
      }
      if (PHRASE_HEADS.contains(w) && from - i <= 3) {
        inPhrase = true;
      }
    }
    return -1;
  }

  /**
   * Whether the trigger can be in a phrase fronted before its clause: no verb between it and the
   * comma before it ("At a summit in Geneva, …", "Including, as the NYT writes, during such a
   * meeting, …", not "… it was agreed that unless the discussions were terminated, A and B …").
   */
  private static boolean fronting(Clause c, int from) {
    for (int i = from - 1; i >= 0 && !c.lower(i).equals(","); i--) {
      if (c.isVerb(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the trigger sits in a prepositional phrase ("At a summit in Geneva, …", "…, during such
   * a meeting, …") that may open the clause, not in an object ("the talks with A, B and C").
   */
  private static boolean startsWithPhrase(Clause c, int from) {
    for (int k = from - 1; k >= Math.max(0, from - 3); k--) {
      if (PHRASE_HEADS.contains(c.lower(k)) || Set.of("on", "following").contains(c.lower(k))) {
        return true;
      }
    }
    return false;
  }

  /** "At a summit in Geneva on June 16, Biden and Putin …": the group after the phrase's comma. */
  private static List<Mention> fronted(Clause c, int to) {
    for (int i = to; i < Math.min(c.t.size() - 1, to + 14); i++) {
      String w = c.lower(i);
      if (w.equals(",")) {
        Optional<Mention> m = c.startingAt(i + 1);
        if (m.isEmpty() || c.reported(m.get())) {
          return List.of();
        }
        List<Mention> out = new ArrayList<>();
        Mention cur = m.get();
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
      if (Clause.STOPPERS.contains(w)) {
        return List.of();
      }
    }
    return List.of();
  }
}
