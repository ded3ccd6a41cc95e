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
 * of the sentence ("The streets of Delhi …"); "Which team won …" by the name that does it ("Spain
 * won …"). Only the clause that holds "which" counts (a relative clause after it has its own
 * verbs), and its verbs are read from their surface: past and -ing forms, irregular pasts, the bare
 * verb of "did India celebrate" or "will Zeta buy". Two forms are of one verb when their lemmas
 * guessed from the endings meet ("celebrated" and "celebrate", "won" and "win"; never "wine" and
 * "won", "celebrity" and "celebrated"). Immutable, thread-safe.
 */
final class VerbAnchor {
  private static final Pattern WORD = Pattern.compile("[\\p{L}’'-]+");

  /** The sentence of the question that asks ("… this week. Which team won?"). */
  private static final Pattern ASKING =
      Pattern.compile("[^.?!]*\\b(?:which|what|who|whom)\\b[^.?!]*", Pattern.CASE_INSENSITIVE);

  /** Where a relative or subordinate clause after the "which" phrase starts. */
  private static final Pattern CLAUSE_END =
      Pattern.compile(
          ",|\\b(?:that|who|whom|whose|where|when|while|after|before|because|since|as|if)\\b");

  /**
   * The question word: "who" too, whose question's verb the answer does ("Who defeated Luria?":
   * "Jen Kiggans defeated …", user trial 58) or undergoes ("Who did Kiggans defeat?").
   */
  private static final Pattern WHICH =
      Pattern.compile("\\b(?:which|what|who|whom)\\b", Pattern.CASE_INSENSITIVE);

  /**
   * "did India celebrate", "will the regulator fine": a subject between the auxiliary and the bare
   * verb (group 1) makes the thing asked for its object.
   */
  private static final Pattern SUBJECT_BETWEEN =
      Pattern.compile(
          "\\b(?:did|does|do|will|would|can|could)"
              + " ((?:(?:the|a|an|its|his|her|their) )?(?:[a-z]+|[A-Z][\\p{L}’'.-]*(?: [A-Z][\\p{L}’'.-]*)*))"
              + " ([a-z]+)\\b");

  /** "will buy": a modal right before the verb (group 1): the thing asked for does it. */
  private static final Pattern MODAL_VERB =
      Pattern.compile("\\b(?:will|would|can|could) ([a-z]+)\\b");

  /** "was celebrated", "were bought", "is being accused": a passive (the participle is group 1). */
  private static final Pattern PASSIVE =
      Pattern.compile("\\b(?:was|were|is|are|been|being)(?: being)? (?:[a-z]+ly )?([a-z]+)\\b");

  /** The word before a name: a verb, past an optional preposition and article ("sent aid to"). */
  private static final Pattern BEFORE_NAME =
      Pattern.compile(
          "(?<![\\p{L}-])([a-z]+)(?: (?:to|on|at|for|from|with|against|into))?"
              + "(?: (?:the|a|an|his|her|its|their|new))?\\s*$");

  /**
   * The word after a name that does something: an active verb ("Spain won", "Zeta has bought", "RSV
   * is spreading").
   */
  private static final Pattern AFTER_NAME =
      Pattern.compile(
          "^\\s*(?:has |have |had |will |would |can |could |also |reportedly "
              + "|(?:is|are|was|were) (?=[a-z]+ing\\b))?([a-z]+)");

  /** A passive right after a name: "should be suspended", "was fined", "has been banned". */
  private static final Pattern PASSIVE_AFTER_NAME =
      Pattern.compile(
          "^,?\\s*(?:(?:should|would|could|will|must|may|might|to|has|have|had) )?"
              + "(?:be|been|was|were|is|are)(?: being)? (?:[a-z]+ly )?([a-z]+)");

  /** A name governed by a word before it, so no passive's subject: "owned by", "rumours that". */
  private static final Pattern INSIDE_A_PHRASE =
      Pattern.compile("\\b(?:by|of|that|whether|if|than|with|for|to)\\s+$");

  /** Function words, never the action asked about. */
  private static final Set<String> FUNCTION =
      Set.of(
          "the", "a", "an", "not", "never", "also", "be", "have", "has", "had", "been", "being",
          "get", "got", "make", "do", "does", "did", "this", "that", "it", "they", "he", "she");

  private static final Set<String> PRONOUNS = Set.of("they", "he", "she", "it", "we", "you");

  private static final Set<String> ADVERBS =
      Set.of("soon", "now", "still", "again", "first", "finally", "ever", "already", "just");

  /** Words ending like verb forms that are none. */
  private static final Set<String> NOT_ACTIONS =
      Set.of(
          "based",
          "according",
          "called",
          "named",
          "used",
          "expected",
          "reported",
          "including",
          "following",
          "during",
          "united",
          "limited",
          "related",
          "located",
          "dated",
          "something",
          "nothing",
          "anything",
          "everything",
          "evening",
          "morning",
          "building",
          "spring",
          "hundred",
          "so-called",
          "wedding",
          "clothing",
          "housing",
          "funding",
          "ceiling");

  /** Irregular verbs' past forms and participles by their bare form. */
  private static final Map<String, String> IRREGULAR =
      Map.ofEntries(
          Map.entry("won", "win"),
          Map.entry("bought", "buy"),
          Map.entry("took", "take"),
          Map.entry("taken", "take"),
          Map.entry("made", "make"),
          Map.entry("became", "become"),
          Map.entry("gave", "give"),
          Map.entry("given", "give"),
          Map.entry("began", "begin"),
          Map.entry("begun", "begin"),
          Map.entry("led", "lead"),
          Map.entry("lost", "lose"),
          Map.entry("sold", "sell"),
          Map.entry("met", "meet"),
          Map.entry("ran", "run"),
          Map.entry("left", "leave"),
          Map.entry("held", "hold"),
          Map.entry("struck", "strike"),
          Map.entry("chose", "choose"),
          Map.entry("chosen", "choose"),
          Map.entry("sent", "send"),
          Map.entry("spent", "spend"),
          Map.entry("wrote", "write"),
          Map.entry("written", "write"),
          Map.entry("sang", "sing"),
          Map.entry("broke", "break"),
          Map.entry("broken", "break"),
          Map.entry("paid", "pay"),
          Map.entry("found", "find"),
          Map.entry("told", "tell"),
          Map.entry("hit", "hit"),
          Map.entry("beat", "beat"),
          Map.entry("beaten", "beat"),
          Map.entry("shot", "shoot"),
          Map.entry("stole", "steal"),
          Map.entry("stolen", "steal"));

  private final Set<String> lemmas;
  private final boolean object;

  VerbAnchor(String question) {
    String clause = clauseAsking(question);
    Set<String> out = new HashSet<>();
    Matcher w = WORD.matcher(clause);
    while (w.find()) {
      String word = w.group();
      if (Character.isLowerCase(word.charAt(0)) && verbLike(word)) {
        out.addAll(lemmas(word));
      }
    }
    Matcher between = SUBJECT_BETWEEN.matcher(clause);
    boolean subjectBetween =
        between.find() && subject(between.group(1)) && !FUNCTION.contains(between.group(2));
    if (subjectBetween) {
      out.addAll(lemmas(between.group(2)));
    }
    Matcher modal = MODAL_VERB.matcher(clause);
    if (!subjectBetween && modal.find() && !FUNCTION.contains(modal.group(1))) {
      out.addAll(lemmas(modal.group(1)));
    }
    Matcher passive = PASSIVE.matcher(clause);
    boolean isPassive = false;
    while (passive.find()) {
      isPassive |= participle(passive.group(1));
    }
    Matcher which = WHICH.matcher(clause);
    boolean opens = which.find() && clause.substring(0, which.start()).isBlank();
    // "apologised to which country": the thing asked for follows the verb, as in a passive or
    // "did India celebrate"
    this.object = subjectBetween || isPassive || !opens;
    this.lemmas = Set.copyOf(out);
  }

  /**
   * The clause that asks: the question's sentence holding "which" or "what", up to a relative or
   * subordinate clause after that word.
   */
  private static String clauseAsking(String question) {
    Matcher s = ASKING.matcher(question);
    String sentence = s.find() ? s.group() : question;
    Matcher which = WHICH.matcher(sentence);
    if (!which.find()) {
      return sentence;
    }
    Matcher end = CLAUSE_END.matcher(sentence);
    return end.find(which.end()) ? sentence.substring(0, end.start()) : sentence;
  }

  /**
   * Whether {@code span} of {@code sentence} undergoes the question's action (the name after its
   * verb) or does it (the name before an active form of it), as the question asks.
   */
  boolean anchors(String sentence, Span span) {
    if (lemmas.isEmpty()) {
      return false;
    }
    if (object) {
      Matcher before = BEFORE_NAME.matcher(sentence.substring(0, span.start()));
      return before.find() && sameVerb(before.group(1));
    }
    String rest = sentence.substring(span.end());
    Matcher after = AFTER_NAME.matcher(rest);
    if (after.find() && sameVerb(after.group(1))) {
      return true;
    }
    // past an appositive: "Former President Donald Trump, aiming to …, announced Tuesday …"
    Matcher appositive = APPOSITIVE.matcher(rest);
    if (!appositive.lookingAt()) {
      return false;
    }
    Matcher past = AFTER_NAME.matcher(rest.substring(appositive.end()));
    return past.find() && sameVerb(past.group(1));
  }

  /** An appositive right after a name, to its closing comma: ", the chipmaker's chief," */
  private static final Pattern APPOSITIVE = Pattern.compile(",[^,.;:?!“”\"]{3,120},");

  /**
   * Whether {@code span} is the subject of a passive of the question's verb, asked as its object:
   * "Tory MP Chris Pincher should be suspended" for "recommended suspending which MP?". Not a name
   * inside another phrase ("a club owned by Omar Lind was fined", "rumours that Omar Lind would be
   * signed"); weaker than the name the verb takes in the active, which goes first.
   */
  boolean anchorsByPassive(String sentence, Span span) {
    if (lemmas.isEmpty() || !object) {
      return false;
    }
    Matcher inside = INSIDE_A_PHRASE.matcher(sentence.substring(0, span.start()));
    if (inside.find()) {
      return false;
    }
    Matcher passive = PASSIVE_AFTER_NAME.matcher(sentence.substring(span.end()));
    return passive.find() && participle(passive.group(1)) && sameVerb(passive.group(1));
  }

  /** Whether {@code sentence} speaks of the question's action at all ("to win" for "won"). */
  boolean mentionedIn(String sentence) {
    Matcher w = WORD.matcher(sentence.toLowerCase(Locale.ROOT));
    while (w.find()) {
      if (sameVerb(w.group())) {
        return true;
      }
    }
    return false;
  }

  private boolean sameVerb(String word) {
    return !FUNCTION.contains(word) && lemmas(word).stream().anyMatch(lemmas::contains);
  }

  /** Whether the words between "did" and a verb can be its subject: not "not", "soon", "also". */
  private static boolean subject(String words) {
    String last = words.substring(words.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    if (PRONOUNS.contains(last)) {
      return true; // "Which holiday did they celebrate?"
    }
    return !FUNCTION.contains(last) && !ADVERBS.contains(last) && !last.endsWith("ly");
  }

  private static boolean participle(String w) {
    return w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn") || IRREGULAR.containsKey(w);
  }

  private static boolean verbLike(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (NOT_ACTIONS.contains(w) || FUNCTION.contains(w)) {
      return false;
    }
    return w.length() > 4 && (w.endsWith("ed") || w.endsWith("ing"))
        || AskedKind.isIrregularPast(w)
        || IRREGULAR.containsKey(w);
  }

  /**
   * The lemmas a form may come from, guessed from its ending: "celebrated" may be "celebrate" or
   * "celebrat", "banned" "ban", "won" "win"; a form without an ending is its own lemma.
   */
  static Set<String> lemmas(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    Set<String> out = new HashSet<>();
    out.add(w);
    if (IRREGULAR.containsKey(w)) {
      out.add(IRREGULAR.get(w));
    }
    for (String ending : List.of("ing", "ed", "es", "s", "d")) {
      if (w.endsWith(ending) && w.length() - ending.length() >= 3) {
        String base = w.substring(0, w.length() - ending.length());
        out.add(base);
        if (ending.equals("ing") || ending.equals("ed")) {
          out.add(base + "e"); // "celebrated", "hiring"; not "wins" for "wine"
        }
        int n = base.length();
        if (base.charAt(n - 1) == base.charAt(n - 2) && "aeiouls".indexOf(base.charAt(n - 1)) < 0) {
          out.add(base.substring(0, n - 1)); // "banned", "winning"
        }
      }
    }
    return out;
  }
}
