package org.corpusbot.meetings;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The full names of people in one article, so that a later "Biden" or "Putin's" is "Joe Biden" and
 * "Vladimir Putin". Found with a cheap pattern over the whole text (capitalised word runs of two or
 * more), titles, places and organisations removed. The first full name with a given last name wins.
 */
final class NameRegistry {
  private static final Pattern RUN =
      Pattern.compile(
          "\\b\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:(?:de|van|von|der|da|du|di|bin|al|el|la|le)\\s+)?\\p{Lu}[\\p{L}'’.-]+)+");

  private final Map<String, String> bySurname = new HashMap<>();

  NameRegistry(String text, Lexicons lex) {
    Matcher m = RUN.matcher(text);
    while (m.find()) {
      List<String> words = List.of(m.group().split("\\s+"));
      List<String> name = NameParts.withoutTitle(words, lex);
      if (name.size() >= 2 && NameParts.isPersonName(name, lex)) {
        String full = NameParts.clean(String.join(" ", name));
        String last = NameParts.clean(name.get(name.size() - 1)).toLowerCase(Locale.ROOT);
        bySurname.putIfAbsent(last, full);
      }
    }
  }

  /** The full name for a last name seen in the article, or null. */
  String fullName(String surname) {
    return bySurname.get(NameParts.clean(surname).toLowerCase(Locale.ROOT));
  }

  /** The canonical form of a person's name: the full name when only the last name was given. */
  String canonical(String name) {
    if (name.contains(" ")) {
      return name;
    }
    String full = fullName(name);
    return full != null ? full : name;
  }
}
