package org.corpusbot.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A country's officials, delegation or government named by its nationality ("talks with Canadian
 * officials", "a Chinese delegation", "their Turkish counterparts", "India's ambassadors"): the
 * country, as a group, as the labelling rule counts them; and a company's officials or management
 * named by the company: the company. A city's counterpart ("her Moscow counterpart") and a
 * building's officials ("senior White House officials") stay described.
 */
final class CountryMentions {
  /** Nouns for people or bodies that act for their country. */
  private static final Set<String> HEADS =
      Set.of(
          "officials",
          "delegation",
          "delegations",
          "negotiators",
          "diplomats",
          "counterpart",
          "counterparts",
          "envoys",
          "government",
          "authorities",
          "leadership",
          "ambassador",
          "ambassadors",
          "representative",
          "representatives",
          "envoy");

  private static final int MODIFIERS = 2;

  private CountryMentions() {}

  static List<Mention> find(List<Token> tokens, Lexicons lex) {
    List<Mention> out = new ArrayList<>();
    for (int h = 1; h < tokens.size(); h++) {
      boolean named =
          h + 1 < tokens.size()
              && tokens.get(h + 1).capitalized()
              && !NameParts.NOT_NAMES.contains(tokens.get(h + 1).lower());
      if (!HEADS.contains(tokens.get(h).lower()) || named) {
        continue; // "Chinese officials Li Wei and …": a title of the names after it
      }
      int k = h - 1;
      while (k > 0 && h - k <= MODIFIERS && !tokens.get(k).capitalized()) {
        k--; // "Canadian trade officials", "Chinese government negotiators"
      }
      Token t = tokens.get(k);
      String one = t.lower();
      String two = k > 0 ? tokens.get(k - 1).lower() + " " + one : "";
      String country = lex.countries.get(two);
      int from = k - 1;
      if (country == null) {
        country = lex.countries.get(one);
        from = k;
      }
      if (country == null && t.possessive() && lex.places.contains(t.word())) {
        country = t.word(); // "Cyprus's representative", "India's ambassadors"
        from = k;
      }
      if (country != null && t.capitalized()) {
        out.add(
            new Mention(
                from, h + 1, new Participant(country, Participant.Kind.GROUP, null), false));
      }
    }
    return out;
  }

  /** Nouns for people or bodies that act for the country or organisation named before them. */
  private static final Set<String> BODY_HEADS =
      Set.of(
          "officials",
          "management",
          "executives",
          "representatives",
          "negotiators",
          "delegation",
          "delegations",
          "government");

  /**
   * "Fairchild Industries officials", "AMI management", "the Canadian delegation": the country or
   * organisation the capitalised words before the role name (by nationality, a company suffix or
   * organisation word, a known place, its ticker or a company the article named in full); else
   * null, and the mention stays described ("US military officials", "her Moscow counterpart").
   */
  static Participant bodyOf(
      Mention described, List<Token> tokens, NameRegistry names, Lexicons lex) {
    int h = described.to() - 1;
    if (!BODY_HEADS.contains(tokens.get(h).lower())) {
      return null;
    }
    int s = h;
    while (s > described.from() && tokens.get(s - 1).capitalized()) {
      s--;
    }
    boolean whole = s == described.from() || tokens.get(s - 1).lower().matches("the|its|a|an");
    if (s == h || !whole || tokens.subList(s, h).stream().anyMatch(Token::possessive)) {
      return null;
    }
    List<String> words = tokens.subList(s, h).stream().map(Token::word).toList();
    String joined = String.join(" ", words);
    String country = lex.countries.get(joined.toLowerCase(Locale.ROOT));
    if (country != null) {
      return new Participant(country, Participant.Kind.GROUP, null);
    }
    String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
    if (words.size() == 1 && NameParts.KIND_ONLY.contains(last)) {
      return null; // "Administration officials": whose administration, unsaid
    }
    boolean known =
        NameParts.COMPANY_SUFFIXES.contains(last)
            || NameParts.isOrganisation(words, lex)
            || lex.places.contains(joined);
    String org = known ? joined : names.tickerOwner(joined);
    if (org == null) {
      org = names.organisationStartingWith(joined);
    }
    return org == null ? null : new Participant(org, Participant.Kind.GROUP, null);
  }

  private static final Set<String> OFFICIALS =
      Set.of("officials", "representatives", "delegation", "executives", "negotiators", "envoys");

  /**
   * Plurals of people who stand for a government, and only for one: "the leaders of Japan and
   * India", "foreign ministers from A and B" are those countries, while "leaders of the union" or
   * "ministers of the church" are no delegation of anyone; so only a country counts after them.
   */
  private static final Set<String> GOVERNMENT_PEOPLE =
      Set.of("leaders", "ministers", "counterparts", "diplomats", "delegations", "delegates");

  /**
   * Modifiers that keep a {@link #GOVERNMENT_PEOPLE} noun a government's: "top leaders of",
   * "foreign ministers of"; any other noun or adjective before it does not ("business leaders of
   * Japan", "opposition leaders").
   */
  private static final Set<String> GOVERNMENT_MODIFIERS =
      Set.of(
          "the",
          "their",
          "two",
          "three",
          "four",
          "several",
          "both",
          "top",
          "senior",
          "foreign",
          "finance",
          "prime",
          "defense",
          "defence",
          "trade",
          "economy",
          "agriculture",
          "energy",
          "health",
          "interior",
          "deputy",
          "other");

  /**
   * Where the body after a role noun of {@link #OFFICIALS} or {@link #GOVERNMENT_PEOPLE} at {@code
   * k} and "from" or "of" (the) starts ("representatives from Brazil" gives where "Brazil" is), or
   * -1: the one reading of "officials of X" for {@link #officialsOf} and for a bare noun after
   * "attended by"; {@link #sentBy} says whether the body found there stands for them.
   */
  static int pastSentBy(List<Token> tokens, int k) {
    if (k < 0
        || k + 2 >= tokens.size()
        || !(OFFICIALS.contains(tokens.get(k).lower())
            || GOVERNMENT_PEOPLE.contains(tokens.get(k).lower()) && governmentModified(tokens, k))
        || !tokens.get(k + 1).lower().matches("from|of")) {
      return -1;
    }
    return tokens.get(k + 2).lower().equals("the") ? k + 3 : k + 2;
  }

  /**
   * Whether {@code body} is the group the people at {@code k} were sent by: right after their
   * "from" or "of" ({@link #pastSentBy}), and a country when they are a {@link #GOVERNMENT_PEOPLE}
   * noun.
   */
  static boolean sentBy(List<Token> tokens, int k, Mention body) {
    boolean town = body.place() && !CountryNames.isCountry(body.participant().name());
    return pastSentBy(tokens, k) == body.from()
        && !town // "executives from Detroit" come from a place, not from a body
        && !ownedAhead(tokens, body.from())
        && sentBy(tokens, k, body.participant());
  }

  /**
   * Whether the list of names from {@code from} ends in a possessive: "leaders of Nigeria's
   * opposition", "the leaders of Japan and India's remarks" are of something of theirs.
   */
  private static boolean ownedAhead(List<Token> tokens, int from) {
    for (int k = from; k < Math.min(tokens.size(), from + LIST_REACH); k++) {
      Token t = tokens.get(k);
      if (t.possessive() || t.possessiveMark()) {
        return true;
      }
      boolean list = t.capitalized() || LIST_WORDS.contains(t.lower());
      if (!list) {
        return false;
      }
    }
    return false;
  }

  private static final int LIST_REACH = 24;
  private static final Set<String> LIST_WORDS = Set.of(",", "and", "the", "&", "of");

  private static boolean sentBy(List<Token> tokens, int k, Participant body) {
    return body.kind() == Participant.Kind.GROUP
        && (OFFICIALS.contains(tokens.get(k).lower()) || CountryNames.isCountry(body.name()));
  }

  /**
   * Whether {@code m} is a body named together with the people it sent, as {@link #officialsOf}
   * joins them ("the leaders of Japan", "officials from Brazil"): a host's guests ("hosted the
   * leaders of Japan and India").
   */
  static boolean namesItsPeople(List<Token> tokens, Mention m) {
    for (int k = m.from(); k < m.to(); k++) {
      int body = pastSentBy(tokens, k);
      if (body > k && body < m.to()) {
        return sentBy(tokens, k, m.participant());
      }
    }
    return false;
  }

  /**
   * Whether {@code m} is the body named after the people it sent, "leaders from Fiji": the people
   * are no mention of their own, so the body stands for them.
   */
  static boolean sentAhead(List<Token> tokens, Mention m) {
    int prep = m.from() >= 1 && tokens.get(m.from() - 1).lower().equals("the") ? 2 : 1;
    int k = m.from() - prep - 1;
    return k >= 0 && sentBy(tokens, k, m);
  }

  private static boolean governmentModified(List<Token> tokens, int k) {
    if (k == 0) {
      return true;
    }
    Token before = tokens.get(k - 1);
    return GOVERNMENT_MODIFIERS.contains(before.lower())
        || !MODIFIER_TAGS.contains(before.tag()); // "met with leaders of", ". Leaders of"
  }

  /** Tags of a word that makes the people another kind: "business leaders", "Church ministers". */
  private static final Set<String> MODIFIER_TAGS = Set.of("NOUN", "ADJ", "PROPN");

  /**
   * "officials from the Department of Homeland Security", "representatives of Acme Corp": the body
   * they come from, in their place.
   */
  static List<Mention> officialsOf(List<Token> tokens, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions);
    for (int n = 0; n + 1 < out.size(); n++) {
      Mention d = out.get(n);
      Mention body = out.get(n + 1);
      if (d.participant().kind() == Participant.Kind.DESCRIBED
          && sentBy(tokens, d.to() - 1, body)) {
        out.set(n, new Mention(d.from(), body.to(), body.participant(), false));
        out.remove(n + 1);
      }
    }
    return out;
  }

  /**
   * The person a country's possessive names right after it ("met with Ukraine's President Volodymyr
   * Zelensky", "hosted Poland's President Andrzej Duda"): the country only says whose leader it is.
   * Not after anyone else's possessive ("Trump's Butler", "Musk's SpaceX"), nor a person who owns
   * something ("… Zelensky's aide") or, by {@code qualifiesNoun}, only qualifies a noun ("Israel's
   * Netanyahu government").
   */
  static Optional<Mention> personOfCountry(
      List<Token> tokens, List<Mention> mentions, Mention owner, Predicate<Mention> qualifiesNoun) {
    boolean country = owner.place() || CountryNames.isCountry(owner.participant().name());
    if (!country || !tokens.get(owner.to() - 1).possessive()) {
      return Optional.empty();
    }
    return mentions.stream()
        .filter(n -> n.from() == owner.to() && n.participant().kind() == Participant.Kind.PERSON)
        .filter(n -> !tokens.get(n.to() - 1).possessive())
        .filter(qualifiesNoun.negate())
        .findFirst();
  }
}
