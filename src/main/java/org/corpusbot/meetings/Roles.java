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
          "terminated",
          "terminate",
          "suspended",
          "broken",
          "finished",
          "having");

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
    List<Mention> complements = new Complements(c).of(to, verb, kind);
    List<Participant> subjects = new ArrayList<>();
    if (byAgent) {
      complements.forEach(m -> subjects.add(m.participant())); // "a visit by A": A is the visitor
      complements = List.of();
    } else if (verb) {
      subjects.addAll(new Subjects(c, refs).of(from));
    } else if (!between) {
      int governor = governor(c, from);
      if (governor >= 0) {
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
    if (subjects.isEmpty() && !between && startsWithPhrase(c, from)) {
      fronted(c, to).forEach(m -> subjects.add(m.participant()));
    }
    if (complements.isEmpty() && !subjects.isEmpty()) {
      complements = objectPronoun(c, from, new Complements(c).pronounAt(to, verb), subjects);
    }
    Map<String, Participant> who = new LinkedHashMap<>();
    subjects.forEach(p -> who.putIfAbsent(p.key(), p));
    int firstSide = who.size();
    String place = null;
    for (Mention m : complements) {
      boolean visited = m.place() && (verb && m.from() == to || c.locative(m));
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
    }
    return new Assignment(new ArrayList<>(who.values()), firstSide, place, unpaired);
  }

  /**
   * "A said [merger] talks with B …", "A said based on recent talks with B": A is a party to its
   * own talks. Up to four lower-case words that are not verbs may stand between.
   */
  private static List<Participant> reportingOwner(Clause c, int from) {
    int k = from - 1;
    while (k >= 0 && from - k <= 4 && ownerFiller(c, k)) {
      k--;
    }
    if (k < 1 || !Clause.REPORTING.contains(c.lower(k))) {
      return List.of();
    }
    return c.speakerOf(k)
        .filter(m -> m.participant().kind() != Participant.Kind.DESCRIBED && !c.locative(m))
        .map(m -> List.of(m.participant()))
        .orElse(List.of());
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
