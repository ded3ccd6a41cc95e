package org.corpusbot.meetings;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpusbot.corpus.Span;

/**
 * Who holds a country's office in one article, from the titles its names carry ("Turkish President
 * Recep Tayyip Erdoğan", "Japan's Foreign Minister Yoshimasa Hayashi"), so that a later "the
 * Turkish president", "Japan's foreign minister" or "the Turkish leader" is that person. News names
 * a foreign leader in full once and by office after that; without this the office stayed a
 * description and the contact lost its second side. No one when the article gives the office to two
 * people; a former holder ("former Turkish President …") is never recorded, since "the Turkish
 * president" is the one in office.
 */
final class NationalTitles {
  /** Offices "the X leader" may stand for: whoever heads the country in the article. */
  private static final Set<String> HEADS =
      Set.of("president", "prime minister", "premier", "chancellor", "king", "queen", "emir");

  private static final String LEADER = "leader";
  private static final String SHARED = "";

  private final Map<String, String> holders = new HashMap<>();

  /** The office each country's "leader" was read from ("Israel" → "president"). */
  private final Map<String, String> leaderRoles = new HashMap<>();

  /**
   * Heads' offices the article gives without a nationality ("Prime Minister Benjamin Netanyahu").
   */
  private final Map<String, String> untitledHeads = new HashMap<>(); // name → office

  /**
   * Records the person {@code name} under the office its {@code titles} give it, when they start
   * with a nationality or a country's possessive ("Turkish", "Japan's").
   */
  void record(List<String> titles, String name, boolean former, Lexicons lex) {
    for (int i = 0; i < titles.size(); i++) {
      String w = NameParts.clean(titles.get(i)).toLowerCase(Locale.ROOT);
      if (NameParts.NOT_IN_OFFICE.contains(w)) {
        return;
      }
      int wide = i + 1 < titles.size() ? 2 : 1;
      for (int n = wide; n >= 1; n--) {
        String country = country(titles.subList(i, i + n), lex);
        if (country != null && i + n < titles.size()) {
          record(titles.subList(i + n, titles.size()), name, former, country);
          return;
        }
      }
    }
    String head = head(titles);
    if (!former && head != null) {
      untitledHeads.put(name, head);
    }
  }

  /** The head's office that {@code titles} end with ("Prime Minister", "Chancellor"), or null. */
  private static String head(List<String> titles) {
    for (int n = Math.min(2, titles.size()); n >= 1; n--) {
      String role = role(titles.subList(titles.size() - n, titles.size()));
      if (HEADS.contains(role)) {
        return role;
      }
    }
    return null;
  }

  /** Last words of an office "the Turkish …" or "Japan's …" may name. */
  private static final Set<String> OFFICES =
      Set.of("president", "minister", "premier", "chancellor", "king", "queen", "emir", LEADER);

  private static final int ROLE_WORDS = 3; // "deputy prime minister"

  /**
   * "the Turkish president", "Japan's foreign minister", "the Chinese leader": the person the
   * article gave that office to, as a mention replacing the description. Never before a name ("the
   * Turkish president Erdoğan" is named already), never a former or late holder, and nothing when
   * the article names no holder or two.
   */
  static List<Mention> mentions(List<Token> tokens, NameRegistry names, Lexicons lex) {
    List<Mention> out = new java.util.ArrayList<>();
    for (int i = 1; i < tokens.size(); i++) {
      boolean named =
          i + 1 < tokens.size()
              && (tokens.get(i + 1).capitalized() || tokens.get(i + 1).lower().equals("of"));
      if (!OFFICES.contains(tokens.get(i).lower()) || named) {
        continue;
      }
      for (int k = i; k >= Math.max(1, i - ROLE_WORDS + 1); k--) {
        Mention m = office(tokens, k, i, names, lex);
        if (m != null) {
          out.add(m);
          break;
        }
      }
    }
    return out;
  }

  /** The office whose role words run from {@code k} to {@code i}, its nationality just before. */
  private static Mention office(
      List<Token> tokens, int k, int i, NameRegistry names, Lexicons lex) {
    for (int n = 2; n >= 1; n--) {
      int from = k - n;
      if (from < 0) {
        continue;
      }
      List<String> nation = tokens.subList(from, k).stream().map(Token::word).toList();
      boolean possessive = tokens.get(k - 1).possessive();
      String country = country(nation, possessive, lex);
      if (country == null || !tokens.get(from).capitalized()) {
        continue;
      }
      int start = possessive ? from : from - 1;
      if (start < 0 || !possessive && !tokens.get(start).lower().equals("the")) {
        return null; // "Turkish President" alone is a title; "the Turkish president" an office
      }
      String before = start > 0 ? tokens.get(start - 1).lower() : "";
      if (NameParts.NOT_IN_OFFICE.contains(before)) {
        return null;
      }
      String role = role(tokens.subList(k, i + 1).stream().map(Token::word).toList());
      String holder = names.nationalHolder(country, role, sentenceWords(tokens));
      return holder == null
          ? null
          : new Mention(
              start, i + 1, new Participant(holder, Participant.Kind.PERSON, null), false);
    }
    return null;
  }

  /**
   * An office in lower case before a name: "Ukraine's foreign minister, Dmytro Kuleba", "Chinese
   * leader Xi Jinping" (the name run alone is what the registry records).
   */
  private static final Pattern LOWER_OFFICE =
      Pattern.compile(
          "\\b((?:[Ff]ormer |(?<=\\b[Tt]he )[Ll]ate |[Tt]hen-|[Ee]x-|(?:[Oo]usted|[Tt]oppled|[Dd]eposed"
              + "|[Oo]ne-time|[Ee]xiled|[Jj]ailed|[Ss]lain|[Aa]ssassinated|[Ii]mprisoned) ))?(\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?"
              + "(?:['’]s)?)"
              + " ((?:[a-z]+ ){0,2}(?:president|minister|premier|chancellor|king|queen|emir"
              + "|leader)),? (?=\\p{Lu})");

  /**
   * Records the offices given in lower case before a name, {@code peopleAt} being the registry's
   * full names by where their run starts.
   */
  void recordLowerCase(String text, Map<Integer, String> peopleAt, Lexicons lex) {
    Matcher m = LOWER_OFFICE.matcher(text);
    while (m.find()) {
      String name = peopleAt.get(m.end());
      List<String> words = List.of(m.group(2).split(" "));
      String country = country(words, lex);
      if (country == null && words.size() == 2) {
        country = country(words.subList(1, 2), lex); // "The Chinese leader Xi Jinping"
      }
      if (name != null && country != null) {
        record(List.of(m.group(3)), name, m.group(1) != null, country);
      }
    }
  }

  private void record(List<String> roleWords, String name, boolean former, String country) {
    if (!former) {
      String role = role(roleWords);
      put(country + "|" + role, name);
      if (role.equals(LEADER)) {
        leaderRoles.put(country, LEADER); // "Chinese leader Xi Jinping": a leader by name
      }
      if (HEADS.contains(role)) {
        put(country + "|" + LEADER, name);
        leaderRoles.merge(country, role, (a, b) -> a.equals(b) || a.equals(LEADER) ? a : SHARED);
      }
    }
  }

  /** A change of office told of a holder: "was replaced by …", "His successor, …". */
  private static final Pattern SUCCESSION =
      Pattern.compile(
          "\\b(?:successor|succeeded|replaced|stepped down|step down|steps down|resigned|ousted)"
              + "\\b"); // not "took office", said of whoever came in ("since Biden took office")

  /**
   * Forgets a holder whose office the article tells changed hands in a sentence that names him
   * ("Dmytro Kuleba was replaced by Andrii Sybiha"; "Fumio Kishida said he would step down. His
   * successor, …"): "Ukraine's foreign minister" may then be either.
   */
  void withoutSucceeded(String text, List<Span> sentences) {
    if (holders.isEmpty()) {
      return;
    }
    List<String> changed = new java.util.ArrayList<>();
    for (Span s : sentences) {
      String sentence = s.of(text);
      if (SUCCESSION.matcher(sentence).find()) {
        changed.add(sentence);
      }
    }
    if (changed.isEmpty()) {
      return;
    }
    for (var e : holders.entrySet()) {
      String holder = e.getValue();
      if (!holder.equals(SHARED) && changed.stream().anyMatch(c -> c.contains(surname(holder)))) {
        e.setValue(SHARED);
      }
    }
  }

  /**
   * The one person holding {@code role} ("president", "foreign minister", "leader") for a country.
   */
  String holder(String country, String role, Set<String> sentenceWords) {
    String held = holders.get(country + "|" + role);
    if (role.equals(LEADER) && held != null) {
      // "Israeli President Isaac Herzog" beside "Prime Minister Benjamin Netanyahu": a country
      // with two heads of different offices has no one "Israeli leader" the rules can tell; a head
      // named in the same sentence is the other side ("Prime Minister A called the Finnish leader")
      String from = leaderRoles.get(country);
      boolean twoHeads =
          untitledHeads.entrySet().stream()
              .anyMatch(
                  h ->
                      !h.getValue().equals(from)
                          && !elsewhere(h.getValue(), from)
                          && !sentenceWords.contains(surname(h.getKey())));
      if (!LEADER.equals(from) && twoHeads) {
        return null;
      }
    }
    return held == null || held.equals(SHARED) ? null : held;
  }

  /**
   * Whether an untitled head of office {@code untitled} most likely heads another country than a
   * leader read from {@code from}: a president beside a foreign prime minister or chancellor is the
   * story's own ("President Joe Biden" beside "British Prime Minister Rishi Sunak"), where one
   * beside a foreign premier or president may be the same country's ("President Xi Jinping" beside
   * "Chinese Premier Li Qiang").
   */
  private static boolean elsewhere(String untitled, String from) {
    return untitled.equals("president")
        && (from.equals("prime minister") || from.equals("chancellor"));
  }

  private static String surname(String name) {
    return name.substring(name.lastIndexOf(' ') + 1);
  }

  private static Set<String> sentenceWords(List<Token> tokens) {
    Set<String> out = new java.util.HashSet<>();
    tokens.forEach(t -> out.add(t.word()));
    return out;
  }

  /**
   * The country words name: a nationality ("Turkish", "South Korean") or a country's possessive
   * ("Japan's"); null for anything else.
   */
  static String country(List<String> words, Lexicons lex) {
    String last = words.get(words.size() - 1);
    return country(words, !NameParts.clean(last).equals(last), lex);
  }

  /** As above, where the tokenizer has taken the possessive off the words already. */
  private static String country(List<String> words, boolean possessive, Lexicons lex) {
    String joined = String.join(" ", words);
    String country = lex.countries.get(joined.toLowerCase(Locale.ROOT));
    if (country != null) {
      return country;
    }
    String owner = NameParts.clean(joined);
    return possessive && lex.countries.containsValue(owner) ? owner : null;
  }

  static String role(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      out.append(out.length() == 0 ? "" : " ").append(NameParts.clean(w).toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }

  private void put(String key, String name) {
    String held = holders.putIfAbsent(key, name);
    if (held != null && !held.equals(name)) {
      holders.put(key, SHARED);
    }
  }
}
