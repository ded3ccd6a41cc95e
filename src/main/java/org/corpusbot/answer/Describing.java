package org.corpusbot.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A word alone that describes people rather than naming one: a place's adjective ("Canadian",
 * "Republican") or a word of race, faith or party that news capitalises ("Black", "Catholic",
 * "Democrat"). No ground for a refusal ("The articles don't mention Black.") and no answer to "who"
 * ("Republican" for "Who is Ashley Kalus running against?"). Thread-safe.
 */
final class Describing {
  private static final Pattern ADJECTIVE =
      Pattern.compile("\\p{Lu}\\p{L}+(?:ian|ean|ese|ish|ican|ccan|uban|rman|ghan|yan|lan)s?");
  private static final Set<String> WORDS = words("/answer/describing.txt");

  private Describing() {}

  /** Whether {@code text} is one such word (a closing "s" of the plural allowed). */
  static boolean alone(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.contains(" ")) {
      return false;
    }
    return ADJECTIVE.matcher(t).matches() || WORDS.contains(t.toLowerCase(Locale.ROOT));
  }

  private static Set<String> words(String resource) {
    try (InputStream in = Describing.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the class path");
      }
      Set<String> out = new HashSet<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip());
        }
      }
      return Set.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + resource, e);
    }
  }
}
