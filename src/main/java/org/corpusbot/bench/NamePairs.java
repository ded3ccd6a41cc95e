package org.corpusbot.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corpusbot.meetings.CountryNames;

/**
 * Who-met-whom pairs as the contact benchmarks score them: unordered pairs of names, where two
 * names match when the shorter one's last significant word is in the longer ("Sante Fe" ~ "Sante Fe
 * Southern Pacific Corp", "Baker" ~ "James Baker"); company suffixes and function words do not
 * count.
 */
public final class NamePairs {
  private static final Set<String> NOISE =
      Set.of(
          "corp",
          "inc",
          "co",
          "ltd",
          "the",
          "of",
          "and",
          "association",
          "group",
          "plc",
          "spa",
          "sa",
          "union");

  private NamePairs() {}

  /** An unordered pair of names. */
  public record Pair(String a, String b) {}

  public static boolean matches(Pair x, Pair y) {
    return same(x.a(), y.a()) && same(x.b(), y.b()) || same(x.a(), y.b()) && same(x.b(), y.a());
  }

  public static boolean same(String x, String y) {
    // "the U.S." and "United States" are one party (CountryNames), as are "Britain" and "U.K."
    List<String> a = words(CountryNames.canonical(x));
    List<String> b = words(CountryNames.canonical(y));
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    List<String> shorter = a.size() <= b.size() ? a : b;
    List<String> longer = shorter == a ? b : a;
    return longer.contains(shorter.get(shorter.size() - 1));
  }

  /** The pairs without repeats (by {@link #matches}), and without a name paired with itself. */
  public static List<Pair> distinct(List<Pair> pairs) {
    List<Pair> out = new ArrayList<>();
    for (Pair p : pairs) {
      if (!same(p.a(), p.b()) && out.stream().noneMatch(o -> matches(o, p))) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * Pairs of one side (everyone met everyone) or of two sides (each of the first, each of the
   * second).
   */
  public static List<Pair> of(List<List<String>> sides) {
    List<Pair> out = new ArrayList<>();
    if (sides.size() == 1) {
      List<String> all = sides.get(0);
      for (int i = 0; i < all.size(); i++) {
        for (int j = i + 1; j < all.size(); j++) {
          out.add(new Pair(all.get(i), all.get(j)));
        }
      }
    } else if (sides.size() == 2) {
      for (String a : sides.get(0)) {
        for (String b : sides.get(1)) {
          out.add(new Pair(a, b));
        }
      }
    }
    return out;
  }

  private static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    // digits stay: "Group of 7" is the number alone once "group" and "of" are left out
    for (String w :
        name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s-]", " ").split("\\s+")) {
      if (!w.isBlank() && !NOISE.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }
}
