package org.corpusbot.meetings;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Someone taking part in a contact: a person by canonical name ("Vladimir Putin", with the title
 * the text gave, "President"), a group (a government, company, union: "Washington", "UAW"), or a
 * described person or group the text does not name ("senior White House officials", "her Moscow
 * counterpart"). {@code title} is null when none was given.
 */
public record Participant(String name, Kind kind, String title) {
  public enum Kind {
    PERSON,
    GROUP,
    DESCRIBED
  }

  public Participant {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    if (name.isBlank()) {
      throw new IllegalArgumentException("participant without a name");
    }
  }

  /** "son of" / "daughter of" in Arabic names: the word after it is the father's name. */
  private static final Set<String> PATRONYMIC = Set.of("bin", "bint", "ibn");

  /**
   * A key for matching mentions of the same participant: a person's last name (before a "Jr."),
   * else the name.
   */
  public String key() {
    String n = name.toLowerCase(Locale.ROOT);
    if (kind != Kind.PERSON) {
      return n;
    }
    String[] parts = n.split("\\s+");
    if (Arrays.stream(parts).anyMatch(PATRONYMIC::contains)) {
      return n; // "Mohammed bin Salman" is not his father King Salman
    }
    int last = parts.length - 1;
    if (last > 0 && NameParts.isGeneration(parts[last])) {
      last--; // "Ferdinand Marcos Jr.", "Martin Luther King Jr.": not every junior one person
    }
    return parts[last];
  }
}
