package org.corpusbot.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpusbot.corpus.Span;

/**
 * The question's action as a sentence's anchor: "Which holiday was celebrated this week?" is
 * answered by the name that "celebrated" takes ("Indians celebrated Diwali"), not by the first name
 * of the sentence ("The streets of Delhi …"); "Which team won …" by the name before "won". A name
 * right after a form of one of the question's verbs (past or -ing forms, irregular pasts, a bare
 * verb after "did"/"will"/"to"), past an article or a possessive, or right before one, is anchored.
 * Surface forms only: a shared stem of five letters (the whole word when shorter). Immutable,
 * thread-safe.
 */
final class VerbAnchor {
  private static final Pattern WORD = Pattern.compile("[\\p{L}’'-]+");
  private static final Pattern BARE_AFTER =
      Pattern.compile(
          "\\b(?:did|does|do|will|would|to|can|could) (?:[A-Z][\\p{L}’'.-]* )*([a-z]+)");
  private static final Pattern BEFORE_NAME =
      Pattern.compile("([a-z]+)(?: (?:the|a|an|his|her|its|their|new))?\\s*$");
  private static final Pattern AFTER_NAME =
      Pattern.compile("^\\s*(?:has |have |had |was |were |is |are |also |reportedly )?([a-z]+)");
  private static final Set<String> NOT_ACTIONS =
      Set.of(
          "need",
          "based",
          "according",
          "being",
          "been",
          "called",
          "named",
          "used",
          "expected",
          "reported",
          "said",
          "known",
          "including",
          "following",
          "during",
          "ing",
          "red",
          "bed",
          "united",
          "limited",
          "related",
          "located",
          "dated",
          "speed");

  /**
   * The thing asked for undergoes the action ("which holiday was celebrated", "which company did
   * Musk buy"): it follows the verb in an active sentence. Else it does it ("which team won").
   */
  private static final Pattern ASKED_AS_OBJECT =
      Pattern.compile(
          "\\b(?:was|were|is|are|been|being) (?:\\w+ly )?\\w+(?:ed|en|wn)\\b"
              + "|\\b(?:did|does|do|will|would|can|could) (?!not\\b)[\\p{L}’'.-]+ ",
          Pattern.CASE_INSENSITIVE);

  /** Irregular verbs by their bare form, so that "did Vellix buy" finds "bought". */
  private static final Map<String, String> BARE =
      Map.ofEntries(
          Map.entry("won", "win"),
          Map.entry("bought", "buy"),
          Map.entry("took", "take"),
          Map.entry("made", "make"),
          Map.entry("became", "become"),
          Map.entry("gave", "give"),
          Map.entry("began", "begin"),
          Map.entry("led", "lead"),
          Map.entry("lost", "lose"),
          Map.entry("sold", "sell"),
          Map.entry("met", "meet"),
          Map.entry("ran", "run"),
          Map.entry("left", "leave"),
          Map.entry("held", "hold"),
          Map.entry("struck", "strike"),
          Map.entry("chose", "choose"),
          Map.entry("sent", "send"),
          Map.entry("spent", "spend"),
          Map.entry("wrote", "write"),
          Map.entry("sang", "sing"),
          Map.entry("beat", "beat"),
          Map.entry("broke", "break"),
          Map.entry("paid", "pay"),
          Map.entry("found", "find"),
          Map.entry("told", "tell"));

  private final Set<String> stems;
  private final boolean object;

  VerbAnchor(String question) {
    Set<String> out = new HashSet<>();
    Matcher w = WORD.matcher(question);
    while (w.find()) {
      String word = w.group();
      if (Character.isLowerCase(word.charAt(0)) && verbLike(word)) {
        out.add(stem(word));
      }
    }
    Matcher bare = BARE_AFTER.matcher(question);
    while (bare.find()) {
      if (!AskedKind.isAuxiliary(bare.group(1))) {
        out.add(stem(bare.group(1)));
      }
    }
    this.stems = Set.copyOf(out);
    this.object = ASKED_AS_OBJECT.matcher(question).find();
  }

  /**
   * Whether {@code span} of {@code sentence} undergoes the question's action (the name after its
   * verb) or does it (the name before), as the question asks.
   */
  boolean anchors(String sentence, Span span) {
    if (stems.isEmpty()) {
      return false;
    }
    if (object) {
      Matcher before = BEFORE_NAME.matcher(sentence.substring(0, span.start()));
      return before.find() && stems.contains(stem(before.group(1)));
    }
    Matcher after = AFTER_NAME.matcher(sentence.substring(span.end()));
    return after.find() && stems.contains(stem(after.group(1)));
  }

  private static boolean verbLike(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (NOT_ACTIONS.contains(w)) {
      return false;
    }
    return w.length() > 4 && (w.endsWith("ed") || w.endsWith("ing"))
        || AskedKind.isIrregularPast(w)
        || BARE.containsKey(w);
  }

  /**
   * A verb's form without its ending: "celebrated", "celebrates" and "celebrate" are "celeb",
   * "banned" and "ban" are "ban", "won" and "win" are "win".
   */
  static String stem(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    w = BARE.getOrDefault(w, w);
    for (String ending : List.of("ing", "ed", "es", "s")) {
      if (w.endsWith(ending) && w.length() - ending.length() >= 3) {
        w = w.substring(0, w.length() - ending.length());
        break;
      }
    }
    w = BARE.getOrDefault(w, w);
    if (w.length() > 3 && w.endsWith("e")) {
      w = w.substring(0, w.length() - 1);
    }
    int n = w.length();
    if (n >= 4 && w.charAt(n - 1) == w.charAt(n - 2) && "aeiou".indexOf(w.charAt(n - 1)) < 0) {
      w = w.substring(0, n - 1);
    }
    return w.length() <= 5 ? w : w.substring(0, 5);
  }

  /** For tests: the stems read from the question. */
  List<String> stems() {
    return stems.stream().sorted().toList();
  }
}
