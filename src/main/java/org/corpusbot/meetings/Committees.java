package org.corpusbot.meetings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The committee" and "the panel" in a story about one committee: the committee it names ("the
 * January 6 committee", "the House Intelligence Committee"). Political news names the committee
 * once or twice and then calls it that ("Giuliani met with the panel in May"). Only when one name
 * clearly dominates: a story naming the House and the Senate Judiciary Committees alike leaves "the
 * committee" described.
 */
final class Committees {
  /**
   * A committee's name: capitalised words or a number, possibly "select", before "committee"
   * ("January 6 committee", "House select committee", "Senate Foreign Relations Committee").
   */
  private static final Pattern NAMED =
      Pattern.compile(
          "(?:(?:\\p{Lu}[\\p{L}.'’-]*|\\d+) (?:and (?=\\p{Lu}))?)+(?:select )?[Cc]ommittee\\b(?!['’])");

  /** Words a run may open with that are no part of a name. */
  private static final Set<String> OPENERS =
      Set.of("The", "A", "An", "In", "On", "At", "For", "By", "With", "From", "And");

  private Committees() {}

  /**
   * The committee the headline (from {@code headlineAt} on) names; else the one {@code text} names
   * most, as written at its first naming, when named at least twice as often as any other (once,
   * when it is the only one); else null.
   */
  static String dominant(String text, int headlineAt) {
    String headline = headlineAt < text.length() ? dominant(text.substring(headlineAt)) : null;
    return headline != null ? headline : dominant(text);
  }

  private static String dominant(String text) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, String> firstForm = new HashMap<>();
    Matcher m = NAMED.matcher(text);
    while (m.find()) {
      List<String> words = new ArrayList<>(List.of(m.group().split("\\s+")));
      int opener = words.size() - 1;
      while (opener > 0 && !OPENERS.contains(words.get(opener - 1))) {
        opener--;
      }
      words = new ArrayList<>(words.subList(opener, words.size())); // "… and the Senate …"
      if (words.size() < 2) {
        continue; // "The committee": no name
      }
      String name = String.join(" ", words);
      String key = name.toLowerCase(Locale.ROOT);
      counts.merge(key, 1, Integer::sum);
      firstForm.putIfAbsent(key, name);
    }
    String best = null;
    int most = 0;
    int next = 0;
    for (var e : counts.entrySet()) {
      if (e.getValue() > most) {
        next = most;
        most = e.getValue();
        best = e.getKey();
      } else {
        next = Math.max(next, e.getValue());
      }
    }
    return best != null && most >= 2 * next ? firstForm.get(best) : null;
  }

  /**
   * The mentions with "the committee" and "the panel" made the story's committee, when it has one;
   * not "the committee's" or "the panel's" (what is theirs is no party), nor "the panel of judges".
   */
  static List<Mention> resolved(
      List<Token> tokens, List<Mention> mentions, String committee, String panel) {
    if (committee == null && panel == null) {
      return mentions;
    }
    Participant named =
        committee == null ? null : new Participant(committee, Participant.Kind.GROUP, null);
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      boolean bare =
          named != null
              && m.to() - m.from() == 2
              && tokens.get(m.from()).lower().equals("the")
              && tokens.get(m.from() + 1).lower().equals("committee");
      out.add(bare && !owns(tokens, m.to()) ? new Mention(m.from(), m.to(), named, false) : m);
    }
    if (panel == null) {
      return out;
    }
    Participant body = new Participant(panel, Participant.Kind.GROUP, null);
    for (int i = 0; i + 1 < tokens.size(); i++) {
      boolean thePanel =
          tokens.get(i).lower().equals("the")
              && tokens.get(i + 1).word().equals("panel")
              && !owns(tokens, i + 2)
              && !(i + 2 < tokens.size() && tokens.get(i + 2).lower().equals("of"));
      int at = i;
      if (thePanel && out.stream().noneMatch(m -> m.from() <= at + 1 && at < m.to())) {
        out.add(new Mention(i, i + 2, body, false));
      }
    }
    out.sort((a, b) -> a.from() - b.from());
    return out;
  }

  /**
   * Words before "committee" or "panel" that show the story has another one of some other kind: "a
   * three-judge panel", "an expert panel", "a separate committee", "a panel of judges".
   */
  private static final Pattern OTHER =
      Pattern.compile(
          "(?i)\\b(?:a|an|another|separate|new|expert|advisory|appeals|judicial|review|\\p{L}+-judge)"
              + " (?:committee|panel)\\b|\\b(?:committee|panel) of\\b");

  /**
   * Whether "the committee" or "the panel" ({@code noun}) may stand for the story's committee: the
   * text speaks of no committee or panel of another kind.
   */
  static boolean noOther(String text, String noun) {
    Matcher m = OTHER.matcher(text);
    while (m.find()) {
      if (m.group().toLowerCase(Locale.ROOT).contains(noun)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a possessive mark follows at {@code k}, or the word before it was one. */
  private static boolean owns(List<Token> tokens, int k) {
    return k < tokens.size() && tokens.get(k).possessiveMark() || tokens.get(k - 1).possessive();
  }
}
