package org.corpusbot.meetings;

import java.util.List;
import java.util.Set;

/**
 * Journalists, who speak with people to report on them, never to meet them: "NBC News reporter
 * Dasha Burns … in a phone call with Trump", "CNN's Jill Dougherty met with Bout", "Reporter Laura
 * Litvan". A former one who has no show of their own takes part like anyone.
 */
final class Journalists {
  private Journalists() {}

  /** Who works for a news outlet: "NBC News reporter Dasha Burns", "Fox News host". */
  private static final Set<String> JOURNALISTS =
      Set.of(
          "reporter",
          "correspondent",
          "anchor",
          "host",
          "journalist",
          "columnist",
          "interviewer",
          "editor",
          "producer");

  /** A news outlet's journalist after its name: "NBC News reporter", "CNN anchor". */
  static boolean after(List<Token> tokens, int j, Mention m) {
    if (m.participant().kind() != Participant.Kind.GROUP
        || j >= tokens.size()
        || !Clause.mediaName(m.participant().name())) {
      return false;
    }
    // "CNN's Jill Dougherty met with Bout": an outlet's journalist named by its possessive
    boolean owned =
        (tokens.get(j - 1).possessive() || OWNER.contains(tokens.get(j).word()))
            && pastOwner(tokens, j) < tokens.size()
            && tokens.get(pastOwner(tokens, j)).capitalized();
    // "Former Fox News host Pete Hegseth met with …": no longer the outlet's, so he takes part
    String before = m.from() > 0 ? tokens.get(m.from() - 1).lower() : "";
    String first = tokens.get(m.from()).lower(); // "Former Fox News host" opening a sentence
    boolean former =
        (before.equals("former") || before.equals("ex-") || first.equals("former"))
            && !onAShow(tokens);
    return !former && (owned || JOURNALISTS.contains(tokens.get(j).lower()));
  }

  /** Who only reports ({@link #JOURNALISTS} but "host" or "editor", a summit's or a book's). */
  private static final Set<String> REPORTERS =
      JOURNALISTS.stream()
          .filter(w -> !Set.of("anchor", "host", "editor", "producer").contains(w))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * "Reporter Laura Litvan of Bloomberg News …", "journalist Michael Schellenberger": a reporter,
   * who speaks with people to interview them (not "former correspondent Jane Doe").
   */
  static boolean reporterBefore(List<Token> tokens, int i) {
    // "Anchor Jacqui Heinrich said she spoke to …": a newsreader named by her title; not "former
    // Fox News anchor Kari Lake", whose "anchor" is lower-case and out of office
    boolean anchor =
        tokens.get(i).word().equals("Anchor")
            && (i == 0 || !NameParts.NOT_IN_OFFICE.contains(tokens.get(i - 1).lower()));
    boolean titled =
        (REPORTERS.contains(tokens.get(i).lower()) || anchor)
            && i + 1 < tokens.size()
            && tokens.get(i + 1).capitalized();
    boolean before =
        i > 0
            && REPORTERS.contains(tokens.get(i - 1).lower())
            && !(i > 1 && NameParts.NOT_IN_OFFICE.contains(tokens.get(i - 2).lower()));
    return titled || before;
  }

  /** Words of a show: a former host on one still interviews ("on her SiriusXM show"). */
  private static final Set<String> BROADCASTS =
      Set.of("show", "podcast", "program", "programme", "episode", "broadcast", "interview");

  /**
   * "on her SiriusXM show", "for his new show", "in an interview": a show of someone's, not
   * "records show" or "the defense program".
   */
  private static boolean onAShow(List<Token> tokens) {
    for (int k = 1; k < tokens.size(); k++) {
      if (!BROADCASTS.contains(tokens.get(k).lower())) {
        continue;
      }
      for (int b = k - 1; b >= Math.max(0, k - 4); b--) {
        if (SHOW_OWNERS.contains(tokens.get(b).lower())) {
          return true;
        }
      }
    }
    return false;
  }

  private static final Set<String> SHOW_OWNERS = Set.of("her", "his", "their", "an");

  private static final Set<String> OWNER = Set.of("'s", "’s");

  /** The token after a possessive ending at {@code j} ("CNN" "'s" "Jill"). */
  private static int pastOwner(List<Token> tokens, int j) {
    return OWNER.contains(tokens.get(j).word()) ? j + 1 : j;
  }

  /** Past the capitalised run starting at {@code k} (the journalist's name), if any. */
  private static int pastName(List<Token> tokens, int k) {
    while (k < tokens.size() && tokens.get(k).capitalized()) {
      k++;
    }
    return k;
  }

  /**
   * Past an outlet's journalist that starts at {@code j}: the title or possessive, and the name.
   */
  static int past(List<Token> tokens, int j) {
    return pastName(
        tokens, JOURNALISTS.contains(tokens.get(j).lower()) ? j + 1 : pastOwner(tokens, j));
  }
}
