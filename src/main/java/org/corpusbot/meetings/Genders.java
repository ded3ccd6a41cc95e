package org.corpusbot.meetings;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a person can be the "he" or "she" of a sentence, from the first name or the title the
 * article gives them ({@code gender-names.tsv}; "Queen", "first lady", "Mrs."). Only a clear
 * mismatch counts: "her meeting with Xi" is never Joe Biden's, "his meeting in Helsinki" never
 * Meghan McCain's. A name the list does not hold fits either pronoun, as before.
 */
final class Genders {
  enum Gender {
    MALE,
    FEMALE
  }

  private static final Map<String, Gender> NAMES = load();

  private static final Set<String> FEMALE_TITLES =
      Set.of(
          "queen",
          "princess",
          "duchess",
          "lady",
          "dame",
          "mrs.",
          "mrs",
          "ms.",
          "ms",
          "first lady",
          "countess",
          "empress",
          "madam",
          "congresswoman",
          "chairwoman",
          "spokeswoman");
  private static final Set<String> MALE_TITLES =
      Set.of(
          "king",
          "prince",
          "duke",
          "lord",
          "sir",
          "mr.",
          "mr",
          "count",
          "emperor",
          "congressman",
          "chairman",
          "spokesman",
          "pope");

  private Genders() {}

  private static Map<String, Gender> load() {
    Map<String, Gender> out = new HashMap<>();
    for (String line : Lexicons.lines("gender-names.tsv")) {
      String[] f = line.split("\t");
      out.put(f[0].strip(), f[1].strip().equals("F") ? Gender.FEMALE : Gender.MALE);
    }
    return Map.copyOf(out);
  }

  /** The gender a pronoun names, or null for "it", "they" and the rest. */
  static Gender of(String pronoun) {
    return switch (pronoun) {
      case "he", "his", "him", "himself" -> Gender.MALE;
      case "she", "her", "hers", "herself" -> Gender.FEMALE;
      default -> null;
    };
  }

  /**
   * The gender a kin word before a name gives ("his daughter Meadow", "her husband Doug"), or null:
   * a first name the list lacks says nothing, the relation does.
   */
  static Gender ofKin(String lower) {
    return switch (lower) {
      case "daughter", "wife", "mother", "sister", "granddaughter", "niece", "aunt", "widow" ->
          Gender.FEMALE;
      case "son", "husband", "father", "brother", "grandson", "nephew", "uncle", "widower" ->
          Gender.MALE;
      default -> null;
    };
  }

  /** Whether two genders are known and differ. */
  static boolean mismatch(Gender a, Gender b) {
    return a != null && b != null && a != b;
  }

  /** Whether the person, by title or first name, is clearly not of {@code gender}. */
  static boolean mismatch(Participant p, Gender gender) {
    if (gender == null || p.kind() != Participant.Kind.PERSON) {
      return false;
    }
    return mismatch(known(p), gender);
  }

  private static Gender known(Participant p) {
    Gender titled = ofTitle(p.title());
    return titled != null ? titled : ofName(p.name());
  }

  /**
   * The gender of a courtesy title alone ("Mr.", "Mrs.", "Ms.", "Sir", "Dame"), or null: offices
   * such as "Chairman" are held by women too, and say too little to choose between two people.
   */
  static Gender ofCourtesyTitle(String title) {
    if (title == null) {
      return null;
    }
    String t = title.toLowerCase(Locale.ROOT);
    String last = t.substring(t.lastIndexOf(' ') + 1);
    return switch (last) {
      case "mrs.", "mrs", "ms.", "ms", "miss", "dame", "madam" -> Gender.FEMALE;
      case "mr.", "mr", "sir" -> Gender.MALE;
      default -> null;
    };
  }

  /** The gender a title gives ("Mrs.", "Queen", "first lady", "Mr."), or null ("President"). */
  static Gender ofTitle(String title) {
    if (title == null) {
      return null;
    }
    String t = title.toLowerCase(Locale.ROOT);
    if (FEMALE_TITLES.stream().anyMatch(w -> t.equals(w) || t.endsWith(" " + w))) {
      return Gender.FEMALE;
    }
    if (MALE_TITLES.stream().anyMatch(w -> t.equals(w) || t.endsWith(" " + w))) {
      return Gender.MALE;
    }
    return null;
  }

  /** Whether a word (lower case) is a first name the list holds. */
  static boolean firstName(String lower) {
    return NAMES.containsKey(lower);
  }

  /** The gender of a full name's first word, when the list holds it. */
  static Gender ofName(String name) {
    int space = name.indexOf(' ');
    if (space < 0) {
      return null; // "Lind" alone: no first name to go by
    }
    return NAMES.get(name.substring(0, space).toLowerCase(Locale.ROOT));
  }
}
