package org.corpusbot.meetings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One name for each country the news names several ways ("the U.S.", "US", "America", "United
 * States"; "Britain", "U.K."), from {@code resources/meetings/country-aliases.tsv}: contacts are
 * stored under it, and a question about any of its names finds them. Thread-safe.
 */
public final class CountryNames {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Map<String, String> CANONICAL = load();
  private static final Set<String> COUNTRIES = countries();

  private CountryNames() {}

  /** The country's one name for {@code name}, or {@code name} itself when it is no alias. */
  public static String canonical(String name) {
    if (name == null) {
      return null;
    }
    String c = CANONICAL.get(fold(name));
    return c == null ? name : c;
  }

  /**
   * Whether {@code name} is a country by any of its names: the JDK's ISO country names, the
   * countries of {@code countries.tsv} and every name of {@code country-aliases.tsv} ("Fiji", "the
   * U.S.", "Britain"); not a city or a region.
   */
  static boolean isCountry(String name) {
    return name != null && COUNTRIES.contains(fold(name));
  }

  /**
   * The event with each country among its groups under its one name; a country named twice ("the
   * U.S." and "the United States" in one sentence) takes part once.
   */
  static ContactEvent of(ContactEvent e) {
    List<Participant> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int firstSide = e.firstSide();
    boolean changed = false;
    for (int i = 0; i < e.participants().size(); i++) {
      Participant p = e.participants().get(i);
      String name = p.kind() == Participant.Kind.GROUP ? canonical(p.name()) : p.name();
      changed |= !name.equals(p.name());
      if (!seen.add(p.kind() + "|" + name)) {
        changed = true;
        firstSide -= i < e.firstSide() ? 1 : 0;
        continue;
      }
      out.add(name.equals(p.name()) ? p : new Participant(name, p.kind(), p.title()));
    }
    if (!changed) {
      return e;
    }
    return e.withParticipants(out, firstSide);
  }

  /** Lower case, without dots, a leading "the" and spare spaces: "the U.S." → "us". */
  private static String fold(String name) {
    String s = name.strip().toLowerCase(Locale.ROOT).replace(".", "").replace('’', '\'');
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  private static Set<String> countries() {
    Set<String> out = new HashSet<>(CANONICAL.keySet());
    for (String code : Locale.getISOCountries()) {
      out.add(fold(new Locale("", code).getDisplayCountry(Locale.ENGLISH)));
    }
    for (String line : Lexicons.lines("countries.tsv")) {
      out.add(fold(line.split("\t")[1]));
    }
    out.remove("georgia"); // as often the US state: "the leaders of Georgia and Alabama"
    return Set.copyOf(out);
  }

  private static Map<String, String> load() {
    Map<String, String> out = new HashMap<>();
    for (String line : Lexicons.lines("country-aliases.tsv")) {
      String[] f = line.split("\t");
      String canonical = f[0].strip();
      out.put(fold(canonical), canonical);
      for (String alias : f[1].split("\\|")) {
        out.put(fold(alias), canonical);
      }
    }
    return Map.copyOf(out);
  }
}
