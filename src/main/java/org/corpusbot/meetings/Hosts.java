package org.corpusbot.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a guest verb ("hosted", "welcomed", "received") has a guest: a person named as its
 * object, right after it ("hosted Prime Minister B"; in the passive, the host after "by": "B was
 * received by King A"), or a delegation ("hosted a delegation of Chinese officials"). Most of what
 * these verbs take is no one ("hosted a fundraiser", "hosted the G20", "welcomed the decision by
 * B", "welcomed B's remarks"), so anything further on, a body, a possessive or a place makes no
 * contact. An envoy verb ("summoned") takes only a country named for its envoy: most summonses are
 * subpoenas ("summoned B to testify") or crowds.
 */
final class Hosts {
  /** Tags of a lower-case word that makes a country only where someone is from. */
  private static final Set<String> QUALIFYING_TAGS = Set.of("NOUN", "ADJ", "PROPN");

  private static final Set<String> LEADS = Set.of("the", "a", "an", "his", "her", "their", "its");
  private static final Set<String> GROUPS = Set.of("delegation", "delegations", "team");
  private static final Set<String> LINKS = Set.of("of", "from");
  private static final Set<String> BIRTH = Set.of("born", "birth", "baby", "newborn");
  private static final int BIRTH_REACH = 6; // tokens after the guest: ", who was born on Monday"
  private static final Set<String> KIN =
      Set.of("child", "son", "daughter", "grandchild", "grandson", "granddaughter", "twins");
  private static final Set<String> ENVOYS =
      Set.of("ambassador", "ambassadors", "envoy", "envoys", "chargé", "charge");

  private Hosts() {}

  /**
   * The guest: a participant whose name starts the object of the verb ending at {@code to}; for
   * {@code ENVOY}, a country named for its ambassador or envoy ("the Russian ambassador").
   */
  static Optional<Mention> guestAt(
      List<Token> t, List<Mention> mentions, int to, Lexicons.Guest needs) {
    boolean passive = passive(t, to);
    if (passive && !bareSubject(t, mentions, to - 2)) {
      return Optional.empty(); // "Vick's resignation was welcomed by Lind": no guest came
    }
    int i = passive ? to + 1 : to; // "B was received by A": A, the host, after "by"
    if (i < t.size() && LEADS.contains(t.get(i).lower())) {
      boolean nameAfter = i + 1 < t.size() && t.get(i + 1).capitalized();
      if (t.get(to - 1).lower().equals("received") && i == to && nameAfter) {
        return Optional.empty(); // "received the John F. Kennedy Profile in Courage Award"
      }
      i++;
    }
    boolean delegation =
        i + 1 < t.size()
            && GROUPS.contains(t.get(i).lower())
            && LINKS.contains(t.get(i + 1).lower());
    int lead = i;
    if (delegation) {
      i += 2; // "a delegation of Chinese officials"
    }
    // "hosted leaders from Fiji and Samoa": the people are no mention, the country that sent them
    // is
    int sender = CountryMentions.pastSentBy(t, i);
    for (Mention m : mentions) {
      // the body behind "a delegation of Chinese officials" may span the whole phrase
      boolean sentPeople = m.from() == to && CountryMentions.namesItsPeople(t, m);
      // not "leaders from the U.S. auto industry": the country only qualifies where they are from
      boolean sentFrom =
          sender > i
              && m.from() == sender
              && CountryMentions.sentAhead(t, m)
              && !(m.to() < t.size()
                  && Character.isLowerCase(t.get(m.to()).word().charAt(0))
                  && QUALIFYING_TAGS.contains(t.get(m.to()).tag()));
      if (m.from() == i
          || delegation && (m.from() == lead || m.from() == to)
          || sentPeople
          || sentFrom) {
        if (birth(t, to, m) || fromAfar(t, to, m) || onStage(t, m) || qualifies(t, m)) {
          return Optional.empty();
        }
        Participant.Kind kind = m.participant().kind();
        if (needs == Lexicons.Guest.ENVOY) {
          return envoy(t, m) ? Optional.of(m) : Optional.empty();
        }
        Optional<Mention> countrys =
            CountryMentions.personOfCountry(t, mentions, m, n -> qualifies(t, n));
        if (countrys.isPresent()) {
          return countrys; // "hosted Poland's President Andrzej Duda": the president
        }
        boolean guest =
            sentFrom && kind == Participant.Kind.GROUP
                || !m.place()
                    && !t.get(m.to() - 1).possessive()
                    && (kind == Participant.Kind.PERSON
                        || (delegation || sentPeople || sentBy(t, m))
                            && kind == Participant.Kind.GROUP);
        return guest ? Optional.of(m) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * "received Secret Service protection": the name qualifies the lower-case noun after it, which is
   * what was received.
   */
  private static boolean qualifies(List<Token> t, Mention m) {
    return m.to() < t.size()
        && "NOUN".equals(t.get(m.to()).tag())
        && Character.isLowerCase(t.get(m.to()).word().charAt(0));
  }

  /**
   * Whether the subject before the auxiliary at {@code aux} is a person himself, a name or "he" or
   * "she" right before it ("Vick was received by …"), not something of theirs ("Vick's resignation
   * was welcomed by …", "the nomination of Vick was welcomed by …").
   */
  private static boolean bareSubject(List<Token> t, List<Mention> mentions, int aux) {
    if (aux >= 1 && HE_OR_SHE.contains(t.get(aux - 1).lower())) {
      return true;
    }
    for (Mention m : mentions) {
      if (m.to() == aux) {
        boolean owned = m.from() >= 1 && t.get(m.from() - 1).lower().equals("of");
        return m.participant().kind() == Participant.Kind.PERSON
            && !t.get(m.to() - 1).possessive()
            && !owned;
      }
    }
    return false;
  }

  /**
   * Whether the guest verb ending at {@code to} is passive: "was welcomed by", "were hosted by".
   */
  static boolean passive(List<Token> t, int to) {
    return to < t.size()
        && to >= 2
        && t.get(to).lower().equals("by")
        && PASSIVE_AUXILIARIES.contains(t.get(to - 2).lower());
  }

  private static final Set<String> HE_OR_SHE = Set.of("he", "she");

  private static final Set<String> PASSIVE_AUXILIARIES =
      Set.of("was", "were", "is", "are", "been", "being", "be");

  private static final Set<String> SENT =
      Set.of("delegation", "delegations", "officials", "envoys", "negotiators", "diplomats");

  /**
   * "hosted Chinese officials", "welcomed a Chinese delegation": a country's people, its guests.
   */
  private static boolean sentBy(List<Token> t, Mention m) {
    return SENT.contains(t.get(m.to() - 1).lower());
  }

  /**
   * "greeted B on her birthday in a post on X", "greeted B as a reformer": a greeting sent or a
   * figure of speech, not a guest met; "B was welcomed by A in a statement" too. Only for "greeted"
   * and the passive; within a few words after the guest.
   */
  private static boolean fromAfar(List<Token> t, int to, Mention guest) {
    if (!t.get(to - 1).lower().equals("greeted") && !passive(t, to)) {
      return false;
    }
    for (int k = guest.to(); k < Math.min(t.size(), guest.to() + AFAR_REACH); k++) {
      String w = t.get(k).lower();
      if (AFAR.contains(w) || w.equals("as") && k == guest.to()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "welcomed DeSantis to the stage", "… to the podium", "welcomed Guaido to Tuesday's State of the
   * Union speech": introduced to an audience or acknowledged in a speech, which the guidelines
   * leave out, not a guest received.
   */
  private static boolean onStage(List<Token> t, Mention guest) {
    int k = guest.to();
    if (k >= t.size() || !t.get(k).lower().equals("to")) {
      return false;
    }
    for (int i = k + 1; i < Math.min(t.size(), k + 1 + STAGE_REACH); i++) {
      if (STAGES.contains(t.get(i).lower())) {
        return true;
      }
      if (t.get(i).lower().equals(",") || t.get(i).lower().equals(".")) {
        return false;
      }
    }
    return false;
  }

  private static final int STAGE_REACH = 7;
  private static final Set<String> STAGES =
      Set.of("stage", "podium", "microphone", "lectern", "speech", "address", "rally");

  private static final int AFAR_REACH = 8;
  private static final Set<String> AFAR =
      Set.of(
          "post",
          "posts",
          "tweet",
          "twitter",
          "message",
          "statement",
          "video",
          "column",
          "letter",
          "online",
          "remotely",
          "virtually",
          "phone",
          "call");

  /**
   * "A and B welcomed Prince Louis, their third child" or "… welcomed baby Lilibet, born on …": a
   * birth, not a guest (12 of the 6,089 rtqa articles). Only next to the guest, and "born in" (a
   * birthplace or year: "welcomed B, who was born in Tel Aviv, to Rome") describes a guest.
   */
  private static boolean birth(List<Token> t, int to, Mention guest) {
    if (!t.get(to - 1).lower().startsWith("welcom")) {
      return false;
    }
    for (int k = to; k < Math.min(t.size(), guest.to() + BIRTH_REACH); k++) {
      String w = t.get(k).lower();
      boolean birthplace =
          w.equals("born") && k + 1 < t.size() && t.get(k + 1).lower().equals("in");
      if (BIRTH.contains(w) && !birthplace) {
        return true;
      }
    }
    int after = guest.to();
    if (after >= t.size() || !t.get(after).word().equals(",")) {
      return false;
    }
    for (int k = after + 1; k < Math.min(t.size(), after + 5); k++) {
      if (KIN.contains(t.get(k).lower())) {
        return true; // "welcomed B, their third child"
      }
    }
    return false;
  }

  /** "the Russian ambassador", "India's ambassadors": a country by its envoy. */
  private static boolean envoy(List<Token> t, Mention m) {
    return m.participant().kind() == Participant.Kind.GROUP
        && !m.place()
        && ENVOYS.contains(t.get(m.to() - 1).lower());
  }

  /**
   * The event with only the host(s) and the guests the article shows to be people (named with a
   * title somewhere, or by the surname alone: not "the zoo hosted Tian Tian and Mei Xiang"), or the
   * delegation, with the other countries listed beside one named for its people ("the leaders of A,
   * B and C"); not a country in an apposition ("welcomed Modi, the prime minister of India"). With
   * {@code peopleOnly}, for "received" and the passive, whose objects and subjects are far more
   * often things ("received Secret Service protection", "supplies … received by the Red Crescent"),
   * every side is people the article shows to be such. Null when no guest or no host is left.
   */
  static ContactEvent checked(
      ContactEvent e, Mention guest, NameRegistry names, List<Token> tokens, boolean peopleOnly) {
    List<Participant> kept = new ArrayList<>();
    int guests = 0;
    int hosts = 0;
    boolean countryGuest = // not "summoned India's ambassadors, and Saudi Arabia … issued …"
        CountryNames.isCountry(guest.participant().name())
            && (CountryMentions.namesItsPeople(tokens, guest)
                || CountryMentions.sentAhead(tokens, guest));
    for (int i = 0; i < e.participants().size(); i++) {
      Participant p = e.participants().get(i);
      boolean host = i < e.firstSide();
      boolean person =
          p.kind() == Participant.Kind.PERSON
              && (p.title() != null || names.shownAsPerson(p.name())); // guests and envoys alike
      boolean fellowCountry = // "hosted the leaders of Japan, India and Australia": all three
          countryGuest && p.kind() == Participant.Kind.GROUP && CountryNames.isCountry(p.name());
      boolean theGuest = !peopleOnly && p.key().equals(guest.participant().key());
      // one word is too little to tell a person there: "Minister of Foreign Affairs" read as a
      // minister called Affairs
      person &= !peopleOnly || host || p.name().contains(" ");
      if (host && (!peopleOnly || person) || person || fellowCountry || theGuest) {
        kept.add(p);
        guests += host ? 0 : 1;
        hosts += host ? 1 : 0;
      }
    }
    if (guests == 0 || hosts == 0) {
      return null;
    }
    return kept.size() == e.participants().size() ? e : e.withParticipants(kept, hosts);
  }
}
