package org.corpusbot.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A distinctive title standing for the one person the article gave it to: "the prince", "the
 * Chancellor", "the new king" (after "King Harald VII"), "the pontiff" (after "Pope Francis"); "the
 * (former) president" when the article calls only one person President, and never "the president of
 * X" or "the vice president"; "the first lady" when the article names one, never "the first lady of
 * Ukraine".
 */
final class TitleReferences {
  private static final Set<String> TITLE_REFERENCES =
      Set.of(
          "prince",
          "chancellor",
          "premier",
          "pope",
          "king",
          "queen",
          "emir",
          "sheikh",
          "sultan",
          "shah",
          "lady",
          "president",
          "pontiff",
          "monarch");

  private TitleReferences() {}

  /** "the prince", "the Chancellor": a distinctive title standing for the person who holds it. */
  static List<Mention> find(List<Token> tokens, NameRegistry names, List<Mention> found) {
    List<Mention> out = new ArrayList<>();
    for (int i = 1; i < tokens.size(); i++) {
      String w = tokens.get(i).lower();
      boolean president = w.equals("president");
      boolean followedByName = i + 1 < tokens.size() && tokens.get(i + 1).capitalized();
      boolean qualified = // "the Crown Prince", "the new king"
          i > 1
              && (tokens.get(i - 1).lower().equals("crown")
                  || "ADJ".equals(tokens.get(i - 1).tag()));
      int article = qualified ? i - 2 : i - 1;
      boolean firstLady = i > 1 && tokens.get(i - 1).lower().equals("first");
      if (!TITLE_REFERENCES.contains(w)
          || w.equals("lady")
              && (!firstLady // "the first lady", never "the lady"
                  || i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("of"))
          || followedByName
          || !tokens.get(article).lower().equals("the")
          || insideAny(i, found, president)) {
        continue;
      }
      boolean former = qualified && tokens.get(i - 1).lower().equals("former");
      // NOTE: "the Russian / new / outgoing president" is another president than the article's.
      if (president
          && (tokens.get(i - 1).lower().equals("vice")
              || qualified && !former
              || i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("of"))) {
        continue;
      }
      String holder = president ? names.president(former) : holder(names, w);
      if (holder != null) {
        out.add(
            new Mention(
                article,
                i + 1,
                new Participant(
                    holder,
                    Participant.Kind.PERSON,
                    w.equals("lady") ? "first lady" : tokens.get(i).word()),
                false));
      }
    }
    out.addAll(offices(tokens, names, found));
    return out;
  }

  /** Offices "the" names one holder of: "the vice president", "the governor". */
  private static final Set<String> OFFICES =
      Set.of("vice president", "prime minister", "governor", "speaker", "mayor", "senator");

  /**
   * "the vice president", "the prime minister", "the governor": the one person the article gives
   * that office ({@link NameRegistry#soleHolder}); not "the vice president of Acme", "the former
   * governor", nor an office right before a name ("the governor Ana Lind" names her).
   */
  private static List<Mention> offices(
      List<Token> tokens, NameRegistry names, List<Mention> found) {
    List<Mention> out = new ArrayList<>();
    for (int i = 1; i < tokens.size(); i++) {
      String one = tokens.get(i).lower();
      String two = i + 1 < tokens.size() ? one + " " + tokens.get(i + 1).lower() : "";
      String office = OFFICES.contains(two) ? two : OFFICES.contains(one) ? one : null;
      if (office == null || !tokens.get(i - 1).lower().equals("the")) {
        continue;
      }
      int end = i + office.split(" ").length;
      boolean followed =
          end < tokens.size()
              && (tokens.get(end).capitalized()
                  || tokens.get(end).lower().equals("of") // "the vice president of Acme"
                  || tokens.get(end).lower().equals("from")); // "the senator from Connecticut"
      int at = i;
      boolean inside =
          found.stream()
              .anyMatch(
                  m ->
                      m.from() <= at
                          && at < m.to()
                          && m.participant().kind() != Participant.Kind.DESCRIBED);
      String holder = followed || inside ? null : names.soleHolder(office);
      if (holder != null) {
        out.add(
            new Mention(
                i - 1, end, new Participant(holder, Participant.Kind.PERSON, office), false));
      }
      i = end - 1;
    }
    return out;
  }

  /**
   * Who holds a title: "the pontiff" is the pope, "the monarch" the king or queen the article names
   * (none when it names both; {@link NameRegistry#holderOf} gives none for a title two one-word
   * holders share).
   */
  private static String holder(NameRegistry names, String title) {
    return switch (title) {
      case "pontiff" -> names.holderOf("pope");
      case "monarch" -> {
        String king = names.holderOf("king");
        String queen = names.holderOf("queen");
        yield king == null ? queen : queen == null ? king : null;
      }
      default -> names.holderOf(title);
    };
  }

  /**
   * Whether token i is in a mention; with {@code titleOnly}, a described mention ending in it ("the
   * president") does not count, one it only qualifies does ("the president's top aides").
   */
  private static boolean insideAny(int i, List<Mention> spans, boolean titleOnly) {
    for (Mention m : spans) {
      if (titleOnly && m.participant().kind() == Participant.Kind.DESCRIBED && m.to() == i + 1) {
        continue;
      }
      if (i >= m.from() && i < m.to()) {
        return true;
      }
    }
    return false;
  }
}
