package org.corpusbot.meetings;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The other side of a contact when it is not the trigger's complement: the addressee of "A told B
 * in a letter", "him"/"her" after a contact, the person before ", with whom she met", and the two
 * ends of "a call from A to B". Stateless.
 */
final class OtherSides {
  private OtherSides() {}

  /**
   * "A told B in a letter that …", "A told B in a phone call on Monday": where "told" is, or -1. A
   * call with someone named after it ("told B during a call with C") is left to its own complement:
   * B may be no side of it. Not a meeting: "Shoigu told Putin at a meeting of the security council"
   * is a minister reporting to his own president more often than two sides meeting (audit 40).
   */
  static int toldIn(Clause c, int from, int to, EventKind kind) {
    boolean addressed =
        kind == EventKind.LETTER
            || kind == EventKind.CALL
                && !c.lower(to).equals("with")
                && !c.lower(to).equals("between");
    boolean in = kind == EventKind.LETTER; // a call only "in", "during" or "at" one
    for (int i = from - 1; addressed && i >= Math.max(0, from - 10); i--) {
      if (c.lower(i).equals("told")) {
        // not "told B the meeting did not take place", "never told B in a call"
        return in && !negated(c, i) ? i : -1;
      }
      boolean verb = kind != EventKind.LETTER && c.isVerb(i); // "told B as he handed him a letter"
      if (c.lower(i).equals(",") || Clause.STOPPERS.contains(c.lower(i)) || verb) {
        return -1;
      }
      in |= IN_A_CONTACT.contains(c.lower(i)) && DETERMINERS.contains(c.lower(i + 1));
    }
    return -1;
  }

  /**
   * Whether a negation stands right before the verb at {@code verb}: "never told", "didn't tell".
   */
  static boolean negated(Clause c, int verb) {
    return negation(c.lower(verb - 1))
        || verb >= 2 && negation(c.lower(verb - 2)); // "did not tell", "has never told"
  }

  private static boolean negation(String w) {
    return NEGATIONS.contains(w) || Modality.negated(w); // "didn't", "hadn't", "n't" as split
  }

  private static final Set<String> NEGATIONS = Set.of("not", "never", "no");

  /** What opens the contact noun of "told B in a call" ("in March ahead of the call" is not). */
  private static final Set<String> DETERMINERS =
      Set.of("a", "an", "the", "their", "his", "her", "its", "our", "one");

  /** Prepositions of "told B in a call", "… during a call", "… at a call". */
  private static final Set<String> IN_A_CONTACT = Set.of("in", "during", "at");

  /**
   * "A … met her", "meetings with him": the person named last before the trigger in the same
   * sentence who is not a subject ("Biden had known the queen … and had met her"); nothing when the
   * sentence names none, since a guess across sentences is too often wrong.
   */
  static List<Mention> objectPronoun(
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

  /** "… Tomas Berg, the governor of Nordland, with whom she met": Tomas Berg. */
  static Optional<Mention> withWhom(Clause c, int from) {
    for (int k = from - 1; k >= Math.max(2, from - 4); k--) {
      if (c.lower(k).equals("whom")
          && c.lower(k - 1).equals("with")
          && c.lower(k - 2).equals(",")) {
        return personBefore(c, k - 2, false);
      }
    }
    return Optional.empty();
  }

  /** The person named last before {@code end}; with {@code notMet}, not as one met ("with B"). */
  static Optional<Mention> personBefore(Clause c, int end, boolean notMet) {
    for (int n = c.mentions.size() - 1; n >= 0; n--) {
      Mention m = c.mentions.get(n);
      boolean met = c.lower(m.from() - 1).equals("with");
      if (m.to() <= end && m.participant().kind() == Participant.Kind.PERSON && !(notMet && met)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  static String key(Optional<Mention> m) {
    return m.map(x -> x.participant().key()).orElse("");
  }

  /**
   * "a letter from B", "a telephone call from B" with no "to" after: the sender, when a named
   * person or body right after "from" (not a place: "said in a telephone call from Paris").
   */
  static Optional<Mention> sender(Clause c, int from, int to, EventKind kind) {
    if (!(kind == EventKind.CALL || kind == EventKind.LETTER)
        || !c.lower(to).equals("from")
        || !received(c, from)) {
      return Optional.empty();
    }
    // not an owner: "a letter from Joe Biden's physician" is the physician's
    return c.startingAt(to + 1)
        .filter(m -> !m.place() && !c.media(m) && !c.t.get(m.to() - 1).possessive());
  }

  /**
   * Whether the letter or call at {@code from} is the object of a verb of receiving ("received a
   * letter from B", "had a telephone call from B", "received the offer in a letter from B"): its
   * subject is then the other side. A letter quoted, sent on, made public or read aloud is not one
   * the subject received, and a letter opening the sentence has no receiver named.
   */
  private static boolean received(Clause c, int from) {
    for (int k = from - 1; k >= Math.max(0, from - RECEIVED_REACH); k--) {
      String tag = c.t.get(k).tag();
      if ("VERB".equals(tag) || "AUX".equals(tag)) {
        return RECEIVING.contains(c.lower(k));
      }
      if (!RECEIVED_PHRASE.contains(tag) && !c.lower(k).equals("in")) {
        return false;
      }
    }
    return false;
  }

  private static final int RECEIVED_REACH = 8;

  /** Tags between a verb and its letter: "received the takeover offer in a (15-minute) call". */
  private static final Set<String> RECEIVED_PHRASE = Set.of("DET", "ADJ", "NOUN", "NUM", "PUNCT");

  private static final Set<String> RECEIVING =
      Set.of(
          "received",
          "receive",
          "receives",
          "receiving",
          "got",
          "get",
          "gets",
          "getting",
          "had",
          "has",
          "have",
          "having",
          "took",
          "take",
          "takes",
          "taking");

  record FromTo(Mention caller, Mention called) {}

  /**
   * "a (phone) call from A to B", "a letter from A to B": the caller and the one called, when both
   * are named people or bodies right after "from" and "to".
   */
  static Optional<FromTo> fromTo(Clause c, int to, EventKind kind) {
    if (!(kind == EventKind.CALL || kind == EventKind.LETTER) || !c.lower(to).equals("from")) {
      return Optional.empty();
    }
    Optional<Mention> caller = c.startingAt(to + 1).filter(m -> !m.place() && !c.media(m));
    if (caller.isEmpty() || !c.lower(caller.get().to()).equals("to")) {
      return Optional.empty();
    }
    return c.startingAt(caller.get().to() + 1)
        .filter(m -> !m.place() && !c.media(m))
        .map(called -> new FromTo(caller.get(), called));
  }
}
