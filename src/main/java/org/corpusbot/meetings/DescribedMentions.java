package org.corpusbot.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Described participants: a role noun with its modifiers and no name after it ("senior White House
 * officials", "her Moscow counterpart", "its bank advisory committee", "management and unions").
 */
final class DescribedMentions {
  static final Set<String> ROLE_HEADS =
      Set.of(
          "official",
          "officials",
          "counterpart",
          "counterparts",
          "delegation",
          "delegations",
          "negotiator",
          "negotiators",
          "envoy",
          "envoys",
          "diplomat",
          "diplomats",
          "representative",
          "representatives",
          "ministers",
          "leaders",
          "bankers",
          "creditors",
          "adviser",
          "advisers",
          "advisor",
          "advisors",
          "aide",
          "aides",
          "executives",
          "shareholders",
          "chiefs",
          "unions",
          "employers",
          "committee",
          "group",
          "management",
          "banks",
          "investors",
          "producers",
          "consumers",
          "parties",
          "workers",
          "lawmakers",
          "legislators",
          "senators",
          "colleagues",
          "staffers",
          "president");
  static final Set<String> DETERMINERS =
      Set.of("her", "his", "their", "its", "the", "a", "an", "our", "my", "your");
  static final Set<String> MODIFIERS =
      Set.of(
          "her",
          "his",
          "their",
          "its",
          "the",
          "a",
          "an",
          "two",
          "three",
          "four",
          "several",
          "some",
          "senior",
          "top",
          "high-level",
          "junior",
          "chief",
          "other",
          "both",
          "foreign",
          "trade",
          "finance",
          "agriculture",
          "farm",
          "economic",
          "military",
          "government",
          "bank",
          "union",
          "company",
          "state",
          "and",
          "cybersecurity",
          "security",
          "defense",
          "defence",
          "oil",
          "energy",
          "treasury",
          "commerce",
          "administration",
          "creditor",
          "commercial");

  /** A connective or preposition capitalised at a sentence's start, and the space after it. */
  private static final String CONNECTIVE =
      "^(?:When|While|But|And|As|For|After|Before|If|Since|Although|Though|Because|So|Yet|Then"
          + "|Once|Until|Unless|Whether|Where|Or|Nor) ";

  /** Titles distinctive enough that "the X" means the one X the article named. */
  private DescribedMentions() {}

  /**
   * Whether the role noun at {@code h} is "president" followed by "of" and a country: its head,
   * whom the country stands for, as for every other office ("the king of Jordan", "the foreign
   * minister of Ukraine"); "the president of" alone had been a description, so the contact lost its
   * named side.
   */
  private static boolean ofNamed(List<Token> tokens, int h) {
    if (!tokens.get(h).lower().equals("president") || h + 2 >= tokens.size()) {
      return false;
    }
    int n = tokens.get(h + 2).lower().equals("the") ? h + 3 : h + 2;
    if (!tokens.get(h + 1).lower().equals("of")) {
      return false;
    }
    StringBuilder name = new StringBuilder();
    for (int k = n; k < Math.min(tokens.size(), n + 3) && tokens.get(k).capitalized(); k++) {
      name.append(name.length() == 0 ? "" : " ").append(tokens.get(k).word());
      if (CountryNames.isCountry(name.toString())) {
        // the whole name, not a possessive ("of Brazil's central bank") nor the start of a
        // longer one ("of the United States Chamber of Commerce")
        Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
        return !tokens.get(k).possessive()
            && (next == null
                || !next.capitalized() && !next.possessiveMark() && !next.word().equals("-"));
      }
    }
    return false; // not "the president of the Peruvian central bank"
  }

  /** Role nouns with their modifiers, when no name follows them. */
  static List<Mention> find(List<Token> tokens) {
    List<Mention> out = new ArrayList<>();
    for (int h = 0; h < tokens.size(); h++) {
      Token head = tokens.get(h);
      if (!ROLE_HEADS.contains(head.lower()) || head.capitalized() && h > 0) {
        continue;
      }
      if (h + 1 < tokens.size()
          && tokens.get(h + 1).capitalized()
          && !tokens.get(h + 1).lower().equals("in")) {
        continue; // a title of the name that follows ("official Victoria Nuland")
      }
      if (ofNamed(tokens, h)) {
        continue; // "the president of Ukraine" stands for the body named, as "the king of Jordan"
      }
      int s = h;
      while (s > 0 && h - s < 5) {
        Token p = tokens.get(s - 1);
        boolean mod =
            MODIFIERS.contains(p.lower())
                || p.capitalized() && !p.possessive()
                || p.possessive()
                || "ADJ".equals(p.tag()) && !p.word().equals(",")
                || "NOUN".equals(p.tag()) && !p.capitalized() && s == h; // "bank committee"
        if (!mod || p.lower().equals("and") && s - 2 >= 0 && !tokens.get(s - 2).capitalized()) {
          break;
        }
        s--;
        if (DETERMINERS.contains(p.lower())) {
          break; // the phrase starts here ("The Philippines and its bank committee")
        }
      }
      if (s == h
          && !Set.of(
                  "officials",
                  "negotiators",
                  "delegation",
                  "delegations",
                  "management",
                  "unions",
                  "banks",
                  "creditors",
                  "producers",
                  "consumers")
              .contains(head.lower())) {
        continue; // a bare "president" or "aide" says too little to be a participant
      }
      StringBuilder sb = new StringBuilder();
      for (int k = s; k <= h; k++) {
        Token t = tokens.get(k);
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(t.text());
      }
      // a word capitalised for opening its sentence is no part of the description ("When
      // ministers met …", "But senators …"); the mention keeps its span, only its name loses it
      String name = sb.toString().replaceFirst(CONNECTIVE, "").replaceFirst("(?i)^(the|a|an) ", "");
      out.add(
          new Mention(s, h + 1, new Participant(name, Participant.Kind.DESCRIBED, null), false));
    }
    return out;
  }
}
