package org.corpusbot.meetings;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * People described only as speaking for a named country or organisation ("Canadian officials",
 * "Fairchild Industries officials", "U.S. negotiators") take part as that country or organisation,
 * as the labelling guidelines have it for "a Chinese delegation". Only a bare name before the role
 * noun counts: "US military officials" or "her Moscow counterpart" stay described. Stateless.
 */
final class Delegations {
  private static final Set<String> HEADS =
      Set.of(
          "officials",
          "representatives",
          "negotiators",
          "delegation",
          "delegations",
          "management",
          "executives",
          "government");
  private static final Map<String, String> COUNTRIES = load("nationalities.tsv");

  private Delegations() {}

  /** {@code found} with each described delegation of a named body replaced by that body. */
  static List<Mention> named(List<Token> tokens, List<Mention> found, Lexicons lex) {
    List<Mention> out = new ArrayList<>(found.size());
    for (Mention m : found) {
      Participant body =
          m.participant().kind() == Participant.Kind.DESCRIBED ? body(tokens, m, lex) : null;
      out.add(body == null ? m : new Mention(m.from(), m.to(), body, false));
    }
    return out;
  }

  private static Participant body(List<Token> tokens, Mention m, Lexicons lex) {
    if (!HEADS.contains(tokens.get(m.to() - 1).lower())) {
      return null;
    }
    int s = m.from();
    while (s < m.to() - 1 && Set.of("the", "a", "an").contains(tokens.get(s).lower())) {
      s++;
    }
    List<String> words = new ArrayList<>();
    for (int k = s; k < m.to() - 1; k++) {
      Token t = tokens.get(k);
      if (!t.capitalized() || t.possessive()) {
        return null;
      }
      words.add(t.word());
    }
    if (words.isEmpty()) {
      return null;
    }
    String name = String.join(" ", words);
    String country = COUNTRIES.get(name);
    if (country != null) {
      return new Participant(country, Participant.Kind.GROUP, null);
    }
    boolean known = NameParts.isOrganisation(words, lex) || lex.places.contains(name);
    return known ? new Participant(name, Participant.Kind.GROUP, null) : null;
  }

  private static Map<String, String> load(String file) {
    try (InputStream in = Delegations.class.getResourceAsStream("/meetings/" + file)) {
      if (in == null) {
        throw new IllegalStateException("word list missing from the jar: meetings/" + file);
      }
      Map<String, String> out = new HashMap<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.strip().split("\t");
        if (f.length == 2 && !line.startsWith("#")) {
          out.put(f[0], f[1]);
        }
      }
      return Map.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
