package org.corpusbot.meetings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One-word names the mention rules leave unnamed, resolved within one article: "Dome" is the
 * article's "Dome Petroleum Ltd" when that is the only organisation whose name starts so, and
 * "Reagan" is a person when the article calls him "President Reagan" somewhere. Words that start
 * many names ("American", "General", a nationality, a place) are never short names. Built once per
 * article from cheap patterns over the text; immutable.
 */
final class ShortNames {
  /** A capitalised single-word title before a one-word name, and that name. */
  private static final Pattern TITLED =
      Pattern.compile(
          "\\b(?:President|Chancellor|Premier|Senator|Sen\\.|Rep\\.|Gov\\.|Governor|Mr\\.?|Mrs\\.?"
              + "|Ms\\.?|Dr\\.?|King|Queen|Pope|Minister|Secretary|Speaker|Ambassador|Judge)"
              + "\\s+(\\p{Lu}[\\p{L}'’-]+)\\b(?!\\s+\\p{Lu})");

  private static final Set<String> GENERIC =
      Set.of(
          "american",
          "general",
          "national",
          "first",
          "united",
          "international",
          "new",
          "federal",
          "central",
          "western",
          "eastern",
          "northern",
          "southern",
          "royal",
          "standard",
          "union",
          "bank",
          "the",
          "north",
          "south",
          "east",
          "west",
          "great",
          "world",
          "european",
          "house",
          "state",
          "city",
          "public",
          "pacific",
          "atlantic",
          "continental",
          "home",
          "global");

  private static final Set<String> DEMONYMS = oneWordDemonyms();
  private static final Set<String> PLACES = Lexicons.get().placesLower;
  private static final Set<String> REGIONS =
      Set.copyOf(Lexicons.get().regions.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());

  private final Map<String, String> organisations = new HashMap<>();
  private final String text;
  private final Set<String> people = new HashSet<>();

  ShortNames(String text, List<String> organisationNames, Lexicons lex) {
    this.text = text;
    Set<String> ambiguous = new HashSet<>();
    for (String org : organisationNames) {
      String[] w = org.split("\\s+");
      String first = w[0].toLowerCase(Locale.ROOT);
      if (w.length < 2 || !usable(first, lex)) {
        continue;
      }
      String before = organisations.putIfAbsent(first, org);
      if (before != null && !before.equals(org)) {
        ambiguous.add(first);
      }
    }
    ambiguous.forEach(organisations::remove);
    // "visited Shanksville, Pennsylvania": a town, not the article's "Shanksville Volunteer Fire
    // Department"
    organisations
        .keySet()
        .removeIf(w -> WordsInText.placeAlone(text, NameParts.capitalised(w), lex));
    Matcher m = TITLED.matcher(text);
    while (m.find()) {
      String w = m.group(1).toLowerCase(Locale.ROOT);
      if (usable(w, lex) && !organisations.containsKey(w)) {
        people.add(w);
      }
    }
  }

  private static boolean usable(String word, Lexicons lex) {
    return word.length() >= 3
        && !GENERIC.contains(word)
        && !NameParts.NOT_NAMES.contains(word)
        && !PLACES.contains(word)
        && !REGIONS.contains(word) // "visited Ohio": never the article's "Ohio GOP Senate"
        && !DEMONYMS.contains(word);
  }

  /** The one-word nationalities of the word lists, lower-case ("ukrainian"). */
  static Set<String> oneWordDemonyms() {
    Set<String> out = new HashSet<>();
    Lexicons.get().demonyms.stream().filter(d -> d.size() == 1).forEach(d -> out.add(d.get(0)));
    return Set.copyOf(out);
  }

  /**
   * {@code found} with a mention added for each standalone capitalised word (no capitalised
   * neighbour, in no mention) that is a short name here; ordered by position.
   */
  List<Mention> addTo(List<Token> tokens, List<Mention> found, NameRegistry names) {
    if (organisations.isEmpty() && people.isEmpty()) {
      return found;
    }
    List<Mention> out = new ArrayList<>();
    for (Mention m : found) {
      String org = m.to() - m.from() == 1 ? organisations.get(tokens.get(m.from()).lower()) : null;
      boolean taken =
          org != null
              && m.participant().kind() == Participant.Kind.PERSON
              && !personFirst(tokens.get(m.from()).word(), org, names);
      // "Dome" taken for the surname of a "Calgary-based Dome": the article's Dome Petroleum Ltd
      out.add(taken ? new Mention(m.from(), m.to(), group(org), false) : m);
    }
    for (int i = 0; i < tokens.size(); i++) {
      Participant p = standalone(tokens, i) ? resolve(tokens.get(i), names) : null;
      if (p != null && !inside(found, i)) {
        out.add(new Mention(i, i + 1, p, false));
      }
    }
    out.sort((a, b) -> a.from() - b.from());
    return out;
  }

  private Participant resolve(Token t, NameRegistry names) {
    String w = t.lower();
    String org = organisations.get(w);
    boolean someone = org != null && personFirst(t.word(), org, names);
    if (org != null && !someone) {
      return group(org);
    }
    if (people.contains(w) || org != null) {
      return new Participant(names.canonical(t.word()), Participant.Kind.PERSON, null);
    }
    return null;
  }

  /**
   * Whether the article names a person with this last name before it names the organisation the
   * word starts: "Trump" beside a later "Trump White House officials" is still the story's Donald
   * Trump, while a story that opens with Taft Broadcasting Co and names Dudley Taft later means the
   * company by "the Taft board".
   */
  private boolean personFirst(String word, String org, NameRegistry names) {
    int person = names.lastNameAt(word);
    int company = text.indexOf(org);
    // a body that is no company ("the Cannon Caucus room") does not take a person's surname
    // ("Alex Cannon"), wherever it stands
    return person >= 0
            && (company < 0 || person < company || !NameParts.isCompany(org))
            && names.fullName(word) != null
        || person >= 0 && (company < 0 || person < company);
  }

  private static Participant group(String name) {
    return new Participant(name, Participant.Kind.GROUP, null);
  }

  private static boolean standalone(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    boolean capitalisedBefore = i > 0 && tokens.get(i - 1).capitalized();
    boolean capitalisedAfter = i + 1 < tokens.size() && tokens.get(i + 1).capitalized();
    return t.capitalized() && (i == 0 || !capitalisedBefore) && !capitalisedAfter;
  }

  private static boolean inside(List<Mention> found, int i) {
    for (Mention m : found) {
      if (m.from() <= i && i < m.to()) {
        return true;
      }
    }
    return false;
  }
}
