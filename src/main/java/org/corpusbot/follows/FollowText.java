package org.corpusbot.follows;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads what a user types after {@code /follow} as a topic, a person or a pair. The rule, in order:
 *
 * <ol>
 *   <li>Spaces are collapsed; empty text, text longer than {@value #MAX_LENGTH} characters and text
 *       without a letter or digit are refused ({@link FollowException}, with examples).
 *   <li>Text in quotes ({@code "Biden Putin"}) is a TOPIC, as quoted.
 *   <li>Two names joined by {@code &}, {@code +}, a comma, {@code and} or {@code with} ("Biden &
 *       Putin", "Biden with Putin") are a PAIR. Other text around such a separator is a TOPIC.
 *   <li>A name is one to three capitalised words ("Nuland", "Victoria Nuland", "G7"), which may
 *       also hold initials ("George W. Bush") and lower-case particles ("Ursula von der Leyen",
 *       "Bashar al-Assad", "Mohammed bin Salman"). A name alone is a PERSON (any named party).
 *   <li>Two single capitalised words with no separator ("Biden Putin") are a PAIR only when the
 *       supplied predicate knows both words as parties and does not know the two together as one
 *       name; otherwise ("Victoria Nuland") a PERSON.
 *   <li>Anything else (lower-case words, more words, quotes) is a TOPIC.
 * </ol>
 *
 * Thread-safe when the predicate is.
 */
public final class FollowText {
  /** The longest follow text, in characters. */
  public static final int MAX_LENGTH = 100;

  static final String EXAMPLES =
      "/follow Russia cyber talks, /follow Nuland, /follow Biden & Putin";
  private static final Pattern SEPARATOR =
      Pattern.compile("\\s*[&+,]\\s*|\\s+(?:and|with)\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern WORD =
      Pattern.compile(
          "(?:(?:al|el|bin|ibn|d|o|l)['’-])?\\p{Lu}[\\p{L}\\p{M}\\p{N}]*"
              + "(?:['’-][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*\\.?");
  private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?(?:\\p{Lu}\\.)*");
  private static final Set<String> PARTICLES =
      Set.of(
          "al", "bin", "ibn", "ben", "el", "da", "das", "de", "del", "della", "der", "den", "des",
          "di", "do", "dos", "du", "la", "le", "st", "ter", "ten", "van", "von", "zu", "y");
  private static final String QUOTES = "\"'“”„«»‘’‚";

  /** What the text means: the kind, the text as stored and shown, the names (for PERSON, PAIR). */
  public record Parsed(Follow.Kind kind, String text, List<String> people) {
    public Parsed {
      people = List.copyOf(people);
    }
  }

  private final Predicate<String> known;

  /**
   * {@code known} says whether a name (one word, or two words as one name) is a party the bot
   * knows, e.g. from the contacts' name registry; it only decides "Biden Putin" (pair or person).
   */
  public FollowText(Predicate<String> known) {
    this.known = Objects.requireNonNull(known, "known");
  }

  /** Reads {@code typed}; throws {@link FollowException} (a message for the user) when it can't. */
  public Parsed parse(String typed) {
    String t = checked(typed);
    if (t.length() >= 2 && QUOTES.indexOf(t.charAt(0)) >= 0) {
      if (QUOTES.indexOf(t.charAt(t.length() - 1)) >= 0) {
        return new Parsed(Follow.Kind.TOPIC, checked(t.substring(1, t.length() - 1)), List.of());
      }
    }
    String[] parts = SEPARATOR.split(t, -1);
    if (parts.length > 1) {
      if (parts.length == 2 && isName(parts[0]) && isName(parts[1])) {
        return pair(parts[0], parts[1]);
      }
      return new Parsed(Follow.Kind.TOPIC, t, List.of());
    }
    if (!isName(t)) {
      return new Parsed(Follow.Kind.TOPIC, t, List.of());
    }
    String[] words = t.split(" ");
    if (words.length == 2
        && Arrays.stream(words).allMatch(w -> isPlainWord(w))
        && known.test(words[0])
        && known.test(words[1])
        && !known.test(t)) {
      return pair(words[0], words[1]);
    }
    return new Parsed(Follow.Kind.PERSON, t, List.of(t));
  }

  private static Parsed pair(String a, String b) {
    if (a.equalsIgnoreCase(b)) {
      throw new FollowException(
          "A pair takes two different names, e.g. /follow Biden & Putin; to follow one, /follow "
              + a);
    }
    return new Parsed(Follow.Kind.PAIR, a + " & " + b, List.of(a, b));
  }

  /** Spaces collapsed and limits checked. */
  private static String checked(String typed) {
    String t =
        Normalizer.normalize(typed == null ? "" : typed, Normalizer.Form.NFKC)
            .replaceAll("[\\s\\p{Cc}\\p{Cf}]+", " ")
            .strip();
    if (t.isEmpty()) {
      throw new FollowException(
          "Follow what? A topic, a name or two names, e.g. " + EXAMPLES + ".");
    }
    if (t.length() > MAX_LENGTH) {
      throw new FollowException(
          "That is "
              + t.length()
              + " characters; a follow takes at most "
              + MAX_LENGTH
              + ". A few words work best, e.g. "
              + EXAMPLES
              + ".");
    }
    if (t.codePoints().noneMatch(Character::isLetterOrDigit)) {
      throw new FollowException("There are no words to follow in that. Try e.g. " + EXAMPLES + ".");
    }
    return t;
  }

  /** One to three capitalised words, with initials and particles, ending on a capitalised word. */
  static boolean isName(String part) {
    String[] tokens = part.strip().split(" ");
    if (tokens.length > 5 || !WORD.matcher(tokens[tokens.length - 1]).matches()) {
      return false;
    }
    int words = 0;
    for (String token : tokens) {
      if (PARTICLES.contains(token)) {
        continue;
      }
      if (INITIAL.matcher(token).matches() && token.length() <= 4) {
        continue;
      }
      if (!WORD.matcher(token).matches()) {
        return false;
      }
      words++;
    }
    return words >= 1 && words <= 3;
  }

  private static boolean isPlainWord(String w) {
    return WORD.matcher(w).matches() && !INITIAL.matcher(w).matches() && !w.endsWith(".");
  }

  /** The key two follows of one chat are the same by: kind, and names or text ignoring case. */
  static String sameness(Follow.Kind kind, String text, List<String> people) {
    String body =
        kind == Follow.Kind.PAIR
            ? people.stream().map(p -> p.toLowerCase(Locale.ROOT)).sorted().toList().toString()
            : text.toLowerCase(Locale.ROOT);
    return kind + ":" + body;
  }
}
