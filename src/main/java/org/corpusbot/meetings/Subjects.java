package org.corpusbot.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Finds who did something: the mention group left of a verb, in its clause. It looks past
 * appositives and relative clauses set off by commas ("A, the X's adviser, held…", "A, which
 * yesterday …, resumed …"), and resolves a pronoun subject to the one who said it ("A said it met
 * B"), to the nearest fitting mention earlier in the sentence, or to the person last named before
 * the sentence ("He had earlier met …").
 */
final class Subjects {
  private static final Set<String> PRONOUNS = Set.of("it", "he", "she", "they");
  private static final Set<String> RELATIVE = Set.of("which", "who", "whose", "whom");
  private static final Set<String> SKIPPABLE =
      Set.of(
          "earlier",
          "also",
          "yesterday",
          "today",
          "has",
          "had",
          "have",
          "previously",
          "recently",
          "last",
          "week");
  private static final int WINDOW = 14;

  private final Clause c;
  private final Supplier<Participant> lastPersonBefore;

  /**
   * {@code lastPersonBefore}: the person named last before a sentence, for "he"/"she" (nullable).
   */
  Subjects(Clause clause, Supplier<Participant> lastPersonBefore) {
    this.c = clause;
    this.lastPersonBefore = lastPersonBefore;
  }

  List<Participant> of(int verbAt) {
    int i = verbAt - 1;
    for (int travelled = 0; i >= 0 && travelled < WINDOW; travelled++, i--) {
      String w = c.lower(i);
      if (PRONOUNS.contains(w)) {
        return pronoun(i);
      }
      if ((w.equals("who") || w.equals("which")) && c.lower(i - 1).equals(",")) {
        Optional<Mention> antecedent = c.endingAt(i - 1); // "Nigel Lawson, who met Funaro"
        return antecedent.filter(this::usable).map(this::group).orElse(List.of());
      }
      if (Clause.STOPPERS.contains(w) || Clause.REPORTING.contains(w)) {
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
        int open = openingComma(i);
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
      if (m.isPresent() && usable(m.get()) && !objectOfVerb(m.get()) && !c.modifier(m.get())) {
        return group(m.get());
      }
    }
    return List.of();
  }

  /**
   * The object of an earlier verb ("A visited Saudi Arabia and met B"): not the subject of the verb
   * coordinated with it. A reporting verb's object may be ("said B met C" is never reached).
   */
  private boolean objectOfVerb(Mention m) {
    int k = m.from() - 1;
    while (k >= 0 && (c.lower(k).equals("the") || "ADJ".equals(c.t.get(k).tag()))) {
      k--;
    }
    return k >= 0
        && "VERB".equals(c.t.get(k).tag())
        && !Clause.REPORTING.contains(c.lower(k))
        && c.lower(m.to()).equals("and");
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
  private int openingComma(int closing) {
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

  private boolean usable(Mention m) {
    return !c.locative(m) && !c.reported(m);
  }

  private List<Participant> group(Mention last) {
    List<Participant> out = new ArrayList<>();
    out.add(last.participant());
    Mention m = last;
    while (m.from() >= 1) {
      int k = m.from() - 1;
      while (k >= 0 && (c.lower(k).equals("the") || c.lower(k).equals("its"))) {
        k--;
      }
      if (k >= 1 && "NOUN".equals(c.t.get(k).tag()) && c.lower(k - 1).equals("and")) {
        k--; // "Southmark Corp and affiliate Pratt Hotels Corp"
      }
      String sep = c.lower(k);
      if (!sep.equals("and") && !sep.equals(",") && !sep.equals("&")) {
        break;
      }
      Optional<Mention> prev = c.endingAt(k);
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

  /**
   * The owner of a possessive pronoun before a noun trigger: "its talks with Peking" is the
   * clause's subject (the first fitting mention), "his meeting" the person last named, "their
   * summit" the people named.
   */
  List<Participant> owner(int pronounAt) {
    String p = c.lower(pronounAt);
    if (p.equals("their")) {
      return several(pronounAt);
    }
    String as = p.equals("its") ? "it" : "he";
    for (Mention m : c.mentions) {
      if (m.to() <= pronounAt && fits(as, m.participant()) && !c.locative(m) && !c.reported(m)) {
        return List.of(m.participant());
      }
    }
    if (!as.equals("it") && lastPersonBefore != null) {
      Participant last = lastPersonBefore.get();
      return last == null ? List.of() : List.of(last);
    }
    return List.of();
  }

  /** "they met", "their first summit": the people (or groups) named earlier in the sentence. */
  private List<Participant> several(int before) {
    List<Participant> people = new ArrayList<>();
    List<Participant> groups = new ArrayList<>();
    for (Mention m : c.mentions) {
      if (m.to() > before
          || c.reported(m)
          || c.locative(m)
          || m.participant().kind() == Participant.Kind.DESCRIBED) {
        continue;
      }
      (m.participant().kind() == Participant.Kind.PERSON ? people : groups).add(m.participant());
    }
    List<Participant> pick = people.size() >= 2 ? people : groups.size() >= 2 ? groups : List.of();
    return pick.size() > 3 ? pick.subList(pick.size() - 3, pick.size()) : pick;
  }

  private List<Participant> pronoun(int i) {
    int k = i - 1;
    if (Clause.REPORTING.contains(c.lower(k))) {
      k--;
      while (k >= 0
          && (SKIPPABLE.contains(c.lower(k))
              || c.lower(k).equals(">")
              || c.lower(k).equals("<")
              || c.lower(k - 1).equals("<") && c.t.get(k).allCaps())) {
        k--; // "Montedison Spa <MONI.MI> said it …": past the stock ticker
      }
      if (c.lower(k).equals(",")) {
        k = openingComma(k) - 1; // "A, a firm with a stake in B, said it …": A said it
      }
      Optional<Mention> speaker = k < -1 ? Optional.empty() : c.endingAt(k + 1);
      if (speaker.isPresent()) {
        return List.of(speaker.get().participant()); // "A said it met B"
      }
    }
    String p = c.lower(i);
    if (p.equals("they")) {
      return several(i);
    }
    for (int j = i - 1; j >= 0; j--) {
      Optional<Mention> m = c.endingAt(j + 1);
      if (m.isPresent() && fits(p, m.get().participant()) && !c.locative(m.get())) {
        return List.of(m.get().participant());
      }
    }
    if ((p.equals("he") || p.equals("she")) && lastPersonBefore != null) {
      Participant last = lastPersonBefore.get();
      if (last != null) {
        return List.of(last);
      }
    }
    return List.of();
  }

  private static boolean fits(String pronoun, Participant p) {
    return switch (pronoun) {
      case "he", "she" -> p.kind() == Participant.Kind.PERSON;
      case "it" -> p.kind() == Participant.Kind.GROUP;
      default -> true;
    };
  }
}
