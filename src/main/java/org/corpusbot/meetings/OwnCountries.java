package org.corpusbot.meetings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A country beside its own official ("I had a great meeting with German Chancellor Angela Merkel"
 * after "Trump lashes out at Germany"; "visits Cape Town, South Africa, and meets South African
 * President Nelson Mandela"): the official is the country's side, so the country met no one there.
 * The official's nationality is read from the title the article gives ("German Chancellor").
 */
final class OwnCountries {
  private OwnCountries() {}

  /**
   * The event without the countries its officials' titles name, in this sentence or anywhere in the
   * article; as it is when there are none.
   */
  static ContactEvent without(ContactEvent e, Lexicons lex, NameRegistry names) {
    Set<String> titled = new HashSet<>();
    for (Participant p : e.participants()) {
      if (p.kind() == Participant.Kind.PERSON) {
        // "he held talks with the Turkish ambassador", "he" named "Turkish Prime Minister Turgut
        // Ozal" at the story's top: Turkey is his own side here too
        names.titleWordsOf(p.name()).stream()
            .map(lex.countries::get)
            .filter(java.util.Objects::nonNull)
            .forEach(titled::add);
      }
      if (p.kind() == Participant.Kind.PERSON && p.title() != null) {
        String[] words = p.title().split("\\s+");
        for (int i = 0; i < words.length; i++) {
          if (words[i].contains("-") || i + 1 < words.length && words[i + 1].startsWith("-")) {
            continue; // "Indian-American Rep." (the tokenizer gives "Indian -"): a heritage
          }
          String bare = words[i].replaceAll("(?:'s|’s)$", "").toLowerCase(Locale.ROOT);
          String country = lex.countries.get(bare);
          if (country != null) {
            titled.add(country);
          }
        }
      }
    }
    if (titled.isEmpty()) {
      return e;
    }
    List<Participant> kept = new ArrayList<>();
    int firstKept = 0;
    for (int i = 0; i < e.participants().size(); i++) {
      Participant p = e.participants().get(i);
      if (p.kind() == Participant.Kind.GROUP && titled.contains(p.name())) {
        continue;
      }
      kept.add(p);
      if (i < e.firstSide()) {
        firstKept++;
      }
    }
    if (kept.size() == e.participants().size()) {
      return e; // (never empty: the titled person stays)
    }
    return e.keeping(kept, firstKept);
  }
}
