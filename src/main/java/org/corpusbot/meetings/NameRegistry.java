package org.corpusbot.meetings;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpusbot.corpus.SentenceSplitter;
import org.corpusbot.corpus.Span;

/**
 * The full names of people in one article, so that a later "Biden" or "Putin's" is "Joe Biden" and
 * "Vladimir Putin". Found with a cheap pattern over the whole text (capitalised word runs of two or
 * more), titles, places and organisations removed. The first full name with a given last name wins.
 */
final class NameRegistry {
  private static final Pattern RUN =
      Pattern.compile(
          "\\b\\p{Lu}(?:[\\p{L}'’-]+|\\.)(?:\\s+(?:(?:de|van|von|der|da|du|di|bin|al|el|la|le|of|of the)\\s+)?\\p{Lu}(?:[\\p{L}'’-]+|\\.))+");

  private final Map<String, String> bySurname = new HashMap<>();
  private final Map<String, String> firstNames = new HashMap<>();
  private final TreeMap<Integer, String> people = new TreeMap<>();
  private final TreeMap<Integer, String> subjects = new TreeMap<>();
  private final Map<String, String> orgsByStart = new HashMap<>();
  private final Map<String, String> byTitle = new HashMap<>();

  NameRegistry(String text, Lexicons lex) {
    Matcher m = RUN.matcher(text);
    while (m.find()) {
      List<String> words = List.of(m.group().split("\\s+"));
      List<String> name = NameParts.withoutTitle(words, lex);
      if (name.size() >= 3 && NameParts.isOrganisation(name, lex)) {
        String org = NameParts.clean(String.join(" ", name));
        orgsByStart.putIfAbsent(String.join(" ", name.subList(0, 2)).toLowerCase(Locale.ROOT), org);
      }
      if (name.size() >= 2 && NameParts.isPersonName(name, lex)) {
        String full = NameParts.clean(String.join(" ", name));
        String last = NameParts.clean(name.get(name.size() - 1)).toLowerCase(Locale.ROOT);
        bySurname.putIfAbsent(last, full);
        if (name.size() >= 3 && name.stream().noneMatch(w -> Character.isLowerCase(w.charAt(0)))) {
          // "Lim Keng Yaik", "Lho Shin-yong": family name first, and later "Lim" alone
          firstNames.putIfAbsent(NameParts.clean(name.get(0)).toLowerCase(Locale.ROOT), full);
        }
        people.put(m.start(), full);
        for (String title : words.subList(0, words.size() - name.size())) {
          byTitle.putIfAbsent(NameParts.clean(title).toLowerCase(Locale.ROOT), full);
        }
      }
    }
    for (var e : bySurname.entrySet()) {
      Matcher s =
          Pattern.compile("\\b" + Pattern.quote(capitalised(e.getKey())) + "\\b").matcher(text);
      while (s.find()) {
        people.putIfAbsent(s.start(), e.getValue());
      }
    }
    markSubjects(text);
  }

  private void markSubjects(String text) {
    for (Span s : new SentenceSplitter().split(text)) {
      var first = people.ceilingEntry(s.start());
      if (first != null && first.getKey() < Math.min(s.end(), s.start() + 60)) {
        subjects.put(first.getKey(), first.getValue());
      }
    }
  }

  private static String capitalised(String lower) {
    return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  /**
   * The person a sentence's "he" most likely is: the last person who opened a sentence before
   * {@code offset} (news keeps its protagonist as subject), else the last person named.
   */
  Participant lastPersonBefore(int offset) {
    var e = subjects.lowerEntry(offset);
    if (e == null) {
      e = people.lowerEntry(offset);
    }
    return e == null ? null : new Participant(e.getValue(), Participant.Kind.PERSON, null);
  }

  /**
   * The last {@code n} different people named before {@code offset}, earliest first: who "the two
   * leaders" are. Fewer when the article names fewer.
   */
  List<Participant> lastPeopleBefore(int offset, int n) {
    java.util.LinkedList<Participant> out = new java.util.LinkedList<>();
    for (var e = people.lowerEntry(offset);
        e != null && out.size() < n;
        e = people.lowerEntry(e.getKey())) {
      String name = e.getValue();
      if (out.stream().noneMatch(p -> p.name().equals(name))) {
        out.addFirst(new Participant(name, Participant.Kind.PERSON, null));
      }
    }
    return out;
  }

  /**
   * The organisation whose name starts with {@code name} ("Sante Fe" → "Sante Fe Southern Pacific
   * Corp"), or null.
   */
  String organisationStartingWith(String name) {
    String[] w = name.toLowerCase(Locale.ROOT).split("\\s+");
    return w.length == 2 ? orgsByStart.get(w[0] + " " + w[1]) : null;
  }

  /**
   * The person who holds a distinctive title in this article ("the prince" → the Crown Prince
   * named), or null.
   */
  String holderOf(String titleWord) {
    return byTitle.get(titleWord.toLowerCase(Locale.ROOT));
  }

  /** The full name for a last name seen in the article, or null. */
  String fullName(String surname) {
    String key = NameParts.clean(surname).toLowerCase(Locale.ROOT);
    String full = bySurname.get(key);
    return full != null ? full : firstNames.get(key);
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
