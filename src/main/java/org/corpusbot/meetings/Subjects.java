package org.corpusbot.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

  /** Words between "and" and a second verb that shares the first one's subject. */
  private static final Set<String> ADVERBS =
      Set.of("also", "then", "later", "briefly", "privately");

  /**
   * Prepositions whose object is no subject ("Sitting in the Oval Office, …, A met"); "members of
   * X" and "negotiators for X" are X acting, so "of" and "for" are not among them.
   */
  private static final Set<String> NOT_BEFORE_SUBJECT =
      Set.of("in", "at", "to", "from", "near", "outside", "with", "by", "about", "against");

  private static final int WINDOW = 14;
  private static final Set<String> PAIRS =
      Set.of("leaders", "men", "women", "presidents", "ministers");

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
    int comma =
        Set.of("from", "while", "by").contains(c.lower(verbAt - 1)) ? verbAt - 2 : verbAt - 1;
    if (c.lower(verbAt).endsWith("ing") && c.lower(comma).equals(",")) {
      int main = previousVerb(comma);
      if (main >= 0) {
        return of(main); // "A courted B for a year, holding meetings with him": A held them
      }
    }
    i = verbAt - 1;
    for (int travelled = 0; i >= 0 && travelled < WINDOW; travelled++, i--) {
      String w = c.lower(i);
      if (PRONOUNS.contains(w)) {
        return pronoun(i);
      }
      if (PAIRS.contains(w) && c.lower(i - 1).equals("two") && c.lower(i - 2).equals("the")) {
        return refs == null ? List.of() : refs.lastTwo(); // "the two leaders met"
      }
      if (Referents.NOUNS.contains(w) && c.lower(i - 1).equals("the")) {
        Participant org = organisation(i - 1, w);
        return org == null ? List.of() : List.of(org); // "the company had ended talks with B"
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

  /** The verb of the clause coordinated before the "and" at {@code and}, or -1. */
  private int previousVerb(int and) {
    for (int k = and - 1; k >= 0 && and - k <= WINDOW; k--) {
      String w = c.lower(k);
      if (w.equals(",") || Clause.STOPPERS.contains(w) || Clause.REPORTING.contains(w)) {
        return -1;
      }
      if ("VERB".equals(c.t.get(k).tag()) && !insideMention(k)) {
        return k;
      }
    }
    return -1;
  }

  private boolean insideMention(int k) {
    return c.mentions.stream().anyMatch(m -> m.from() <= k && k < m.to());
  }

  /**
   * What "the company" (the {@code noun} after "the" at {@code theAt}) stands for: the speaker when
   * it reports ("Zenith Steel chairman Paul Ames said the company …": his company), else the
   * organisation of the story; null when neither is sure.
   */
  private Participant organisation(int theAt, String noun) {
    if (Clause.REPORTING.contains(c.lower(theAt - 1))) {
      Optional<Mention> speaker = c.speakerOf(theAt - 1);
      if (speaker.isPresent()) {
        Participant p = speaker.get().participant();
        if (p.kind() == Participant.Kind.GROUP && !speaker.get().place()) {
          return p;
        }
        if (p.kind() == Participant.Kind.PERSON) {
          Participant employer = employer(p.title());
          if (employer != null) {
            return employer;
          }
        }
      }
    }
    return refs == null ? null : refs.organisation(noun);
  }

  /** The organisation a title names before its role ("Zenith Steel chairman"), or null. */
  private static Participant employer(String title) {
    if (title == null) {
      return null;
    }
    List<String> words = new ArrayList<>();
    for (String w : title.split("\\s+")) {
      if (!Character.isUpperCase(w.charAt(0))) {
        break;
      }
      words.add(w);
    }
    boolean roleFollows = words.size() < title.split("\\s+").length;
    return roleFollows && NameParts.isOrganisation(words, Lexicons.get())
        ? new Participant(NameParts.clean(String.join(" ", words)), Participant.Kind.GROUP, null)
        : null;
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

  /** A subject is never the object of a preposition ("Sitting in the Oval Office, …, A met"). */
  private boolean usable(Mention m) {
    int before = c.lower(m.from() - 1).equals("the") ? m.from() - 2 : m.from() - 1;
    return !c.locative(m) && !c.reported(m) && !NOT_BEFORE_SUBJECT.contains(c.lower(before));
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
    if (!as.equals("it") && refs != null) {
      Participant last = refs.person();
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

  /**
   * Who reports with the verb at {@code verbAt}: "A said", "A <TICK> said", or past a parenthetical
   * ("A, a firm with a stake in B, said it …": A said it).
   */
  private Optional<Mention> speaker(int verbAt) {
    Optional<Mention> speaker = c.speakerOf(verbAt);
    if (speaker.isPresent()) {
      return speaker;
    }
    int k = verbAt - 1;
    while (k >= 0
        && (Clause.BETWEEN_SPEAKER_AND_VERB.contains(c.lower(k))
            || c.lower(k - 1).equals("<") && c.t.get(k).allCaps())) {
      k--; // "Montedison Spa <MONI.MI> said it …": past the stock ticker
    }
    if (!c.lower(k).equals(",")) {
      return Optional.empty();
    }
    k = openingComma(k) - 1;
    return k < -1 ? Optional.empty() : c.endingAt(k + 1);
  }

  private List<Participant> pronoun(int i) {
    if (Clause.REPORTING.contains(c.lower(i - 1))) {
      Optional<Mention> speaker = speaker(i - 1);
      if (speaker.isPresent()) {
        return List.of(speaker.get().participant()); // "A said it met B"
      }
    }
    String p = c.lower(i);
    if (p.equals("they")) {
      return several(i);
    }
    if (Clause.REPORTING.contains(c.lower(i - 1))
        && Referents.NOUNS.contains(c.lower(i - 2))
        && c.lower(i - 3).equals("the")) {
      Participant org = organisation(i - 3, c.lower(i - 2)); // "the union said it broke off …"
      return org == null ? List.of() : List.of(org);
    }
    for (int j = i - 1; j >= 0; j--) {
      Optional<Mention> m = c.endingAt(j + 1);
      boolean person = p.equals("he") || p.equals("she");
      if (m.isPresent()
          && fits(p, m.get().participant())
          && !c.locative(m.get())
          && !(person && c.lower(m.get().from() - 1).equals("with"))) {
        return List.of(m.get().participant()); // not "the interview A did with B, she …": B
      }
    }
    if (refs == null) {
      return List.of();
    }
    Participant fallback =
        p.equals("it") ? refs.organisation("it") : p.equals("they") ? null : refs.person();
    return fallback == null ? List.of() : List.of(fallback);
  }

  private static boolean fits(String pronoun, Participant p) {
    return switch (pronoun) {
      case "he", "she" -> p.kind() == Participant.Kind.PERSON;
      case "it" -> p.kind() == Participant.Kind.GROUP;
      default -> true;
    };
  }
}
