package org.corpusbot.meetings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who took part in a contact and where, from the mentions around its trigger. The argument
 * patterns, in order: "N between A and B"; "A met B", "A held N with B", "A and B held N" (with the
 * subject found past an appositive: "A, the X's adviser, held…", or behind a reporting pronoun: "A
 * said it met B"); "a visit by A to X", "A's visit"; a fronted phrase, "At a summit in X on D, A
 * and B …". People quoted as sources ("told the NYT", "as the NYT writes", "A said") are never
 * participants.
 */
final class Roles {
  private static final Set<String> LIGHT_VERBS =
      Set.of(
          "held",
          "hold",
          "holds",
          "holding",
          "had",
          "began",
          "begin",
          "opened",
          "started",
          "ended",
          "concluded",
          "broke",
          "resumed",
          "attended",
          "attend",
          "attending",
          "hosted",
          "hosting",
          "host",
          "continued",
          "wrapped",
          "completed",
          "sent",
          "received",
          "paid",
          "made",
          "making");
  private static final Set<String> REPORTING =
      Set.of(
          "said",
          "says",
          "told",
          "tells",
          "reported",
          "reports",
          "writes",
          "wrote",
          "noted",
          "added",
          "according",
          "quoted",
          "announced");
  private static final Set<String> STOPPERS =
      Set.of(";", "that", "which", "who", "whom", "whose", "when", "while", "but", "if", "because");
  private static final Set<String> PRONOUNS = Set.of("it", "he", "she", "they", "we");
  private static final Set<String> PLACE_PREPS =
      Set.of("in", "at", "to", "from", "near", "outside");
  private static final int WINDOW = 12;

  /** The participants and the place of one contact. {@code place} is null when none was found. */
  record Assignment(List<Participant> participants, String place) {}

  Assignment assign(
      List<Token> t, List<Mention> mentions, int from, int to, boolean verb, EventKind kind) {
    Map<String, Participant> who = new LinkedHashMap<>();
    String place = null;
    List<Mention> objects = new ArrayList<>();
    if (!verb && at(t, to, "between")) {
      objects = coordinated(t, mentions, to + 1);
    } else if (!verb && at(t, to, "by")) {
      objects = coordinated(t, mentions, to + 1); // "a visit by A to X"
    } else {
      objects = after(t, mentions, to, verb);
    }
    List<Mention> subjects = List.of();
    int verbAt = verb ? from : lightVerbBefore(t, from);
    if (verbAt >= 0) {
      subjects = subjectBefore(t, mentions, verbAt);
    } else if (!verb && from > 0 && t.get(from - 1).possessive()) {
      subjects = mentionEndingAt(mentions, from).map(List::of).orElse(List.of());
    }
    if (subjects.isEmpty() && objects.isEmpty()) {
      subjects = fronted(t, mentions, to);
    }
    for (Mention m : subjects) {
      add(who, m, t);
    }
    for (Mention m : objects) {
      if (m.place() && m.from() > 0 && PLACE_PREPS.contains(t.get(m.from() - 1).lower())) {
        place = place == null ? m.participant().name() : place;
      } else if (m.place() && verb && m.from() == to && who.size() > 0) {
        place = m.participant().name(); // "visited Moscow"
      } else {
        add(who, m, t);
      }
    }
    if (place == null) {
      place = placeNear(t, mentions, from, to, who, kind == EventKind.VISIT);
    }
    return new Assignment(new ArrayList<>(who.values()), place);
  }

  private static void add(Map<String, Participant> who, Mention m, List<Token> t) {
    if (reported(t, m)) {
      return;
    }
    who.putIfAbsent(m.participant().key(), m.participant());
  }

  /** A source being quoted: "A said", "told A", "as A writes", "according to A". */
  private static boolean reported(List<Token> t, Mention m) {
    if (m.to() < t.size() && REPORTING.contains(t.get(m.to()).lower())) {
      return true;
    }
    if (m.from() > 0) {
      String before = t.get(m.from() - 1).lower();
      String before2 = m.from() > 1 ? t.get(m.from() - 2).lower() : "";
      return before.equals("told")
          || before.equals("as") && m.to() < t.size() && REPORTING.contains(t.get(m.to()).lower())
          || before.equals("to") && before2.equals("according")
          || before2.equals("as")
              && before.equals("the")
              && m.to() < t.size()
              && REPORTING.contains(t.get(m.to()).lower());
    }
    return false;
  }

  /**
   * Mentions after the trigger: "with B", a direct object, or coordinated ones, within the clause.
   */
  private static List<Mention> after(List<Token> t, List<Mention> mentions, int to, boolean verb) {
    for (int i = to; i < Math.min(t.size(), to + WINDOW); i++) {
      String w = t.get(i).lower();
      if (STOPPERS.contains(w) || w.equals(".") || i > to && w.equals(",") && !verb) {
        return List.of();
      }
      if (w.equals("with") || verb && i == to) {
        int start = w.equals("with") ? i + 1 : i;
        List<Mention> found = coordinated(t, mentions, start);
        if (!found.isEmpty()) {
          return found;
        }
      }
      if (verb
          && (w.equals("for")
              || w.equals("privately")
              || w.equals("separately")
              || w.equals("again"))) {
        continue;
      }
    }
    return List.of();
  }

  /**
   * The mention starting at (or just after a determiner at) {@code start}, and those joined to it
   * by "and" or commas.
   */
  private static List<Mention> coordinated(List<Token> t, List<Mention> mentions, int start) {
    List<Mention> out = new ArrayList<>();
    int i = start;
    while (i < t.size() && (t.get(i).lower().equals("the") || t.get(i).lower().equals("a"))) {
      i++;
    }
    var first = mentionStartingAt(mentions, i, start);
    if (first.isEmpty()) {
      return out;
    }
    Mention m = first.get();
    out.add(m);
    while (true) {
      int j = m.to();
      int k = j;
      while (k < t.size()
          && (t.get(k).word().equals(",")
              || t.get(k).lower().equals("and")
              || t.get(k).word().equals("&")
              || t.get(k).lower().equals("the"))) {
        k++;
      }
      if (k == j || k - j > 3) {
        return out;
      }
      var next = mentionStartingAt(mentions, k, k);
      if (next.isEmpty()) {
        return out;
      }
      m = next.get();
      out.add(m);
    }
  }

  private static java.util.Optional<Mention> mentionStartingAt(
      List<Mention> mentions, int i, int notBefore) {
    for (Mention m : mentions) {
      if (m.from() >= notBefore && m.from() <= i && m.to() > i) {
        return java.util.Optional.of(m);
      }
    }
    return java.util.Optional.empty();
  }

  private static java.util.Optional<Mention> mentionEndingAt(List<Mention> mentions, int end) {
    for (Mention m : mentions) {
      if (m.to() == end) {
        return java.util.Optional.of(m);
      }
    }
    return java.util.Optional.empty();
  }

  /** The index of a light verb ("held") a few tokens before a noun trigger, or -1. */
  private static int lightVerbBefore(List<Token> t, int from) {
    for (int i = from - 1; i >= Math.max(0, from - 8); i--) {
      String w = t.get(i).lower();
      if (LIGHT_VERBS.contains(w)) {
        return i;
      }
      if (STOPPERS.contains(w) || w.equals(",")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The subject of the verb at {@code verbAt}: the nearest mention group to its left, in its
   * clause.
   */
  private static List<Mention> subjectBefore(List<Token> t, List<Mention> mentions, int verbAt) {
    int i = verbAt - 1;
    int travelled = 0;
    while (i >= 0 && travelled < WINDOW) {
      Token tok = t.get(i);
      String w = tok.lower();
      if (STOPPERS.contains(w) || REPORTING.contains(w) && !PRONOUNS.contains(w)) {
        return List.of();
      }
      if (PRONOUNS.contains(w)) {
        return reportingSubject(t, mentions, i);
      }
      if (w.equals(",")) {
        List<Mention> appositive = beforeParenthetical(t, mentions, i);
        if (!appositive.isEmpty()) {
          return appositive;
        }
      }
      var m = mentionEndingAt(mentions, i + 1);
      if (m.isPresent() && usableSubject(t, m.get())) {
        return coordinatedLeft(t, mentions, m.get());
      }
      i--;
      travelled++;
    }
    return List.of();
  }

  private static boolean usableSubject(List<Token> t, Mention m) {
    boolean locative =
        m.place() && m.from() > 0 && PLACE_PREPS.contains(t.get(m.from() - 1).lower());
    return !locative && !reported(t, m);
  }

  /** "A, the White House's adviser, held …": the mention before the parenthetical. */
  private static List<Mention> beforeParenthetical(
      List<Token> t, List<Mention> mentions, int comma) {
    for (int c = comma - 1; c >= 0 && comma - c < 25; c--) {
      if (t.get(c).word().equals(",")) {
        var m = mentionEndingAt(mentions, c);
        if (m.isPresent()
            && m.get().participant().kind() != Participant.Kind.DESCRIBED
            && usableSubject(t, m.get())) {
          return coordinatedLeft(t, mentions, m.get());
        }
        return List.of();
      }
      if (STOPPERS.contains(t.get(c).lower())) {
        return List.of();
      }
    }
    return List.of();
  }

  /** "A said it met B": the pronoun's antecedent is the one who said it. */
  private static List<Mention> reportingSubject(
      List<Token> t, List<Mention> mentions, int pronoun) {
    if (pronoun >= 2 && REPORTING.contains(t.get(pronoun - 1).lower())) {
      var m = mentionEndingAt(mentions, pronoun - 1);
      if (m.isPresent()) {
        return List.of(m.get());
      }
    }
    return List.of();
  }

  private static List<Mention> coordinatedLeft(
      List<Token> t, List<Mention> mentions, Mention last) {
    List<Mention> out = new ArrayList<>();
    out.add(last);
    Mention m = last;
    while (m.from() >= 2) {
      String sep = t.get(m.from() - 1).lower();
      if (!sep.equals("and") && !sep.equals(",") && !sep.equals("&")) {
        break;
      }
      var prev = mentionEndingAt(mentions, m.from() - 1);
      if (prev.isEmpty() || !usableSubject(t, prev.get())) {
        break;
      }
      m = prev.get();
      out.add(0, m);
    }
    return out;
  }

  /** "At a summit in Geneva on June 16, Biden and Putin …": the group after the phrase's comma. */
  private static List<Mention> fronted(List<Token> t, List<Mention> mentions, int to) {
    for (int i = to; i < Math.min(t.size() - 1, to + WINDOW); i++) {
      if (t.get(i).word().equals(",")) {
        var m = mentionStartingAt(mentions, i + 1, i + 1);
        if (m.isPresent() && m.get().from() == i + 1 && !reported(t, m.get())) {
          return coordinated(t, mentions, i + 1);
        }
        return List.of();
      }
      if (STOPPERS.contains(t.get(i).lower())) {
        return List.of();
      }
    }
    return List.of();
  }

  /** "in X" or "at X" near the trigger, X a place that is not a participant. */
  private static String placeNear(
      List<Token> t,
      List<Mention> mentions,
      int from,
      int to,
      Map<String, Participant> who,
      boolean visit) {
    Mention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Mention m : mentions) {
      if (!m.place() || m.from() == 0 || who.containsKey(m.participant().key())) {
        continue;
      }
      String prep = t.get(m.from() - 1).lower();
      boolean destination = visit && prep.equals("to") && m.from() > to; // "a visit by A to Moscow"
      if (!prep.equals("in") && !prep.equals("at") && !destination) {
        continue;
      }
      int d =
          m.from() >= to
              ? m.from() - to
              : (from - m.to()) + 2; // after the trigger reads more naturally
      if (d < bestDistance && d <= 10 && !commaBetween(t, m, from, to)) {
        best = m;
        bestDistance = d;
      }
    }
    return best == null ? null : best.participant().name();
  }

  private static boolean commaBetween(List<Token> t, Mention m, int from, int to) {
    int a = Math.min(m.to(), to);
    int b = Math.max(m.from(), from);
    for (int i = a; i < b; i++) {
      if (t.get(i).word().equals(",")) {
        return true;
      }
    }
    return false;
  }

  private static boolean at(List<Token> t, int i, String word) {
    return i < t.size() && t.get(i).lower().equals(word);
  }
}
