package org.corpusbot.meetings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpusbot.corpus.Span;

/**
 * What a back-reference stands for in one article: "he" or "she" is the person last named (from
 * {@link NameRegistry}); "the company", "the union", "the ministry", "the bank" and a bare "it" are
 * the organisation of that kind the story is about. That is the organisation the story opens with
 * ("Harlow Mining Inc said …", after any dateline), else the only one of its kind the article
 * names; with two candidates ("Harlow Mining Inc and Tarn Metals Inc reported …") it stays
 * unresolved, since a wrong side is worse than a missing one. Built once per article from a cheap
 * pattern over the text; immutable.
 */
final class Referents {
  /** The nouns a definite back-reference to an organisation is made with. */
  static final Set<String> NOUNS =
      Set.of("company", "firm", "group", "union", "ministry", "department", "bank", "concern");

  private static final Pattern RUN =
      Pattern.compile(
          "\\p{Lu}[\\p{L}.'’&-]*(?:[^\\S\\n]+(?:(?:of|&|de|du|der)[^\\S\\n]+)?\\p{Lu}[\\p{L}.'’&-]*)*");
  private static final Pattern DATELINE =
      Pattern.compile("^\\p{Lu}{2,}[\\p{Lu} .'-]*(?:,[\\p{L}\\d .,'-]{1,40}?)? [-–—] ");
  private static final Set<String> COMPANY =
      Set.of(
          "inc",
          "corp",
          "co",
          "ltd",
          "plc",
          "ag",
          "sa",
          "nv",
          "spa",
          "gmbh",
          "bv",
          "corporation",
          "company",
          "group",
          "holdings",
          "industries",
          "airlines",
          "motors",
          "petroleum",
          "steel",
          "mining");
  private static final Set<String> UNION =
      Set.of("union", "unions", "workers", "federation", "confederation", "teamsters", "guild");
  private static final Set<String> MINISTRY = Set.of("ministry", "department");
  private static final Set<String> BANK = Set.of("bank", "bundesbank");

  private static final Set<String> ARTICLES = Set.of("The", "A", "An");

  private final NameRegistry names;
  private final String lead;
  private final List<String> organisations;
  private final TwoPeople two;

  /** {@code sentences}: the spans of {@code text}'s sentences, in order. */
  Referents(String text, NameRegistry names, Lexicons lex, List<Span> sentences) {
    this.names = names;
    this.two = new TwoPeople(names, sentences);
    Set<String> orgs = new LinkedHashSet<>();
    String first = null;
    Matcher m = RUN.matcher(text);
    int leadAt = leadStart(text);
    while (m.find()) {
      List<String> words = new ArrayList<>(List.of(m.group().split("\\s+")));
      if (ARTICLES.contains(words.get(0)) && words.size() > 1) {
        words.remove(0); // "A World Bank mission today held talks …": the bank, not "A World Bank"
      }
      if (!organisation(words, lex) || words.size() < 2 && !ticker(text, m.end())) {
        if (m.start() == leadAt) {
          leadAt = -1; // the story opens with something else
        }
        continue;
      }
      String org = NameParts.clean(String.join(" ", words));
      if (m.start() == leadAt && !text.startsWith(" and ", m.end())) {
        first = org;
      }
      orgs.add(org);
    }
    this.lead = first;
    this.organisations = List.copyOf(orgs);
  }

  /** An organisation word in the name ("Steel", "Corp."); cheaper than NameParts on every run. */
  private static boolean organisation(List<String> words, Lexicons lex) {
    for (String w : words) {
      if (lex.orgWord(w)) {
        return true;
      }
    }
    return false;
  }

  /** Where the story's first sentence starts, past a dateline ("TORONTO, June 15 - "). */
  private static int leadStart(String text) {
    Matcher d = DATELINE.matcher(text.length() > 80 ? text.substring(0, 80) : text);
    return d.lookingAt() ? d.end() : 0;
  }

  /** "Harlow Mining <HMI>": a stock ticker marks a company even when its name is one word. */
  private static boolean ticker(String text, int end) {
    return text.startsWith(" <", end);
  }

  /** The organisations the article names with a suffix or a ticker, in order of appearance. */
  List<String> organisations() {
    return organisations;
  }

  /** The back-references of the sentence that starts at {@code offset}. */
  Scope at(int offset) {
    return new Scope(this, offset, null);
  }

  /** The contacts found in a sentence, in order: the last one may be what "the two men" did. */
  void told(List<ContactEvent> events) {
    two.told(events);
  }

  /** Back-references as seen from one sentence. */
  record Scope(Referents refs, int offset, Participant quoteSpeaker) {
    /**
     * This scope, with {@code speaker} the one whose quote the sentence before closed with (see
     * {@link Quotes#lastSpeaker}), or null.
     */
    Scope carrying(Participant speaker) {
      return new Scope(refs, offset, speaker);
    }

    /** The person a "he" or "she" in this sentence most likely is, or null. */
    Participant person() {
      return refs.person(offset);
    }

    /** The person a "he said" after a quote is, when sure, or null. */
    Participant speaker() {
      return refs.names == null ? null : refs.names.protagonistBefore(offset);
    }

    /** "the two leaders", "the pair": see {@link TwoPeople}; none when unsure. */
    List<Participant> lastTwo() {
      return refs.two.before(offset);
    }

    /** See {@link Referents#organisation}. */
    Participant organisation(String noun) {
      return refs.organisation(noun);
    }
  }

  /** The person a "he" or "she" at {@code offset} most likely is, or null. */
  Participant person(int offset) {
    return names == null ? null : names.lastPersonBefore(offset);
  }

  /**
   * The organisation "the {@code noun}" (or "it", for {@code noun} "it") stands for in this story,
   * or null when the article does not make it unambiguous.
   */
  Participant organisation(String noun) {
    Set<String> kind = kindOf(noun);
    if (lead != null && (kind == null || fits(lead, kind))) {
      return new Participant(lead, Participant.Kind.GROUP, null);
    }
    if (kind == null) {
      return null;
    }
    List<String> fitting = organisations.stream().filter(o -> fits(o, kind)).toList();
    return fitting.size() == 1
        ? new Participant(fitting.get(0), Participant.Kind.GROUP, null)
        : null;
  }

  private static Set<String> kindOf(String noun) {
    return switch (noun) {
      case "union" -> UNION;
      case "ministry", "department" -> MINISTRY;
      case "bank" -> BANK;
      case "company", "firm", "concern", "group" -> COMPANY;
      default -> null;
    };
  }

  private static boolean fits(String org, Set<String> kind) {
    for (String w : org.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (kind.contains(w.replace(".", ""))) {
        return true;
      }
    }
    return false;
  }
}
