package org.corpusbot.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who a visit met. Most visits in the news are to places ("visited El Paso", "visited Ecuador,
 * Costa Rica and Panama", "visited the Memory Wall"), and a visit to a place meets no one, while a
 * capitalised place the lists do not hold reads like a name. So a visit keeps only participants the
 * article shows to be people or bodies: a person named with a title, or by the surname alone
 * elsewhere ("visited his ally Lind"); a group that is no place and no site. What a visit loses
 * here is a person named once, in full and without a title: a missing contact, not a wrong one.
 */
final class Visits {
  /** Last words of sites one visits and meets no one at, beside {@code placewords.txt}. */
  private static final Set<String> SITES =
      Set.of(
          "embassy",
          "consulate",
          "memorial",
          "monument",
          "museum",
          "wall",
          "harbor",
          "harbour",
          "base",
          "home",
          "church",
          "temple",
          "mosque",
          "cemetery",
          "shrine",
          "site",
          "hospital",
          "school",
          "camp",
          "barracks",
          "center",
          "centre",
          "facility",
          "factory",
          "plant",
          "border",
          "zoo");

  private Visits() {}

  /**
   * The event without the participants a visit cannot have met, with the host of a seat of office
   * it was a visit to; null when none is left. Events of other kinds are returned as they are.
   */
  static ContactEvent checked(ContactEvent e, NameRegistry names, Lexicons lex) {
    ContactEvent visit = visitors(e, names, lex);
    return visit == null ? null : withHost(visit, names);
  }

  private static ContactEvent visitors(ContactEvent e, NameRegistry names, Lexicons lex) {
    if (e.kind() != EventKind.VISIT
        || e.participants().size() == 1 && !place(e.participants().get(0), lex)) {
      return e; // a visitor alone pairs with no one: "Victoria Nuland visited Moscow" stays
    }
    List<Participant> kept = new ArrayList<>();
    int firstSide = e.firstSide();
    for (int i = 0; i < e.participants().size(); i++) {
      Participant p = e.participants().get(i);
      if (met(p, names, lex)) {
        kept.add(p);
      } else if (i < e.firstSide()) {
        firstSide--;
      }
    }
    if (kept.isEmpty()) {
      return null;
    }
    return kept.equals(e.participants()) ? e : e.withParticipants(kept, firstSide);
  }

  /** "A visited the White House": A met the president the article names, its host. */
  private static ContactEvent withHost(ContactEvent e, NameRegistry names) {
    if (e.kind() != EventKind.VISIT
        || e.place() == null
        || e.firstSide() != 0
        || e.participants().stream().anyMatch(p -> p.kind() == Participant.Kind.DESCRIBED)) {
      return e; // "an aide visited Buckingham Palace": no named visitor, no contact to add
    }
    Participant host = occupant(e.place(), names);
    if (host == null || e.participants().stream().anyMatch(p -> p.key().equals(host.key()))) {
      return e;
    }
    List<Participant> all = new ArrayList<>(e.participants());
    all.add(host);
    return e.withParticipants(all, e.participants().size());
  }

  /**
   * Who a visit to a seat of office met: "visited the White House" is a visit to the president the
   * article names (only when it names one), "Mar-a-Lago" to the Donald Trump it names, "Buckingham
   * Palace" to its one king or queen; null for any other place, or when the article does not name
   * the holder. Never a holder the article does not name.
   */
  private static Participant occupant(String place, NameRegistry names) {
    String holder =
        switch (place.toLowerCase(Locale.ROOT).replaceFirst("^the ", "")) {
          case "white house" -> names.solePresident();
          case "mar-a-lago" -> trump(names);
          case "buckingham palace", "windsor castle" -> monarch(names);
          default -> null;
        };
    return holder == null ? null : new Participant(holder, Participant.Kind.PERSON, null);
  }

  private static String trump(NameRegistry names) {
    String full = names.fullName("Trump");
    return full != null && full.equals("Donald Trump") ? full : null;
  }

  private static String monarch(NameRegistry names) {
    String king = names.holderOf("king");
    String queen = names.holderOf("queen");
    return king == null ? queen : queen == null ? king : null;
  }

  private static boolean met(Participant p, NameRegistry names, Lexicons lex) {
    if (p.kind() == Participant.Kind.DESCRIBED) {
      return true;
    }
    if (place(p, lex)) {
      return false;
    }
    return p.kind() == Participant.Kind.GROUP || p.title() != null || names.shownAsPerson(p.name());
  }

  /** A place or a site, whatever the name looked like: "the U.S. Embassy", "Pearl Harbor". */
  private static boolean place(Participant p, Lexicons lex) {
    String[] w = p.name().toLowerCase(Locale.ROOT).split("\\s+");
    String last = w[w.length - 1];
    return lex.placeWords.contains(last)
        || SITES.contains(last)
        || p.kind() == Participant.Kind.GROUP
            && (lex.places.contains(p.name()) || lex.countries.containsValue(p.name()));
  }
}
