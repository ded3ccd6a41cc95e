package org.corpusbot.meetings;

import java.util.List;
import java.util.Set;

/**
 * Who a noun trigger belongs to when no verb names its subject: the subject of the verb it is the
 * object of ("A held talks with B"), the company reporting its own talks ("A said merger talks with
 * B have ended"), or the agent of a passive before the phrase ("made by A at a meeting with B").
 */
final class NounOwners {
  private static final int GOVERNOR_WINDOW = 8;

  /** Verbs whose object a contact noun can be: "held talks", "proposed in a letter". */
  private static final Set<String> GOVERNORS =
      Set.of(
          "held",
          "hold",
          "holds",
          "holding",
          "had",
          "has",
          "have",
          "began",
          "begin",
          "begun",
          "opened",
          "open",
          "started",
          "start",
          "ended",
          "end",
          "concluded",
          "conclude",
          "broke",
          "resumed",
          "resume",
          "attended",
          "attend",
          "attending",
          "hosted",
          "host",
          "hosting",
          "continued",
          "continuing",
          "continue",
          "continues",
          "suspending",
          "resuming",
          "conducted",
          "conducting",
          "opening",
          "ending",
          "concluding",
          "wrapped",
          "completed",
          "sent",
          "send",
          "received",
          "paid",
          "pay",
          "made",
          "make",
          "proposed",
          "wrote",
          "addressed",
          "led",
          "chaired",
          "joined",
          "entered",
          "placed",
          "place",
          "placing",
          "terminated",
          "terminate",
          "suspended",
          "broken",
          "finished",
          "having",
          "signed", // "A signed a letter of intent with B"
          "sign",
          "signing");

  /**
   * "as he left a meeting with B", "she leaves a meeting with B": who leaves a meeting was in it;
   * only with the meeting as the object ("leaves today for Ottawa for talks" is a trip to come).
   * Not "leaving": "Leaving his meeting with B, A …" is A's by the possessive.
   */
  private static final Set<String> LEAVING = Set.of("left", "leaves");

  /** Whether "with" or "to" and a capital follow the contact noun at {@code from} closely. */
  private static boolean otherSideAfter(Clause c, int from) {
    for (int k = from + 1; k < Math.min(c.t.size() - 1, from + 7); k++) {
      String w = c.lower(k);
      if (w.equals("with") || w.equals("to") && c.t.get(k + 1).capitalized()) {
        return true;
      }
    }
    return false;
  }

  /** Forms of "sign" among {@link #GOVERNORS}. */
  private static final Set<String> SIGNING = Set.of("signed", "sign", "signing");

  /**
   * "A traveled to Beijing for a meeting with B", "flew to Riyadh for talks with B": whoever came
   * for the contact took part; only with "for" right before the contact noun's modifiers.
   */
  private static final Set<String> TRAVELLED =
      Set.of("traveled", "travelled", "flew", "went", "came", "headed", "returned");

  static final Set<String> PHRASE_HEADS =
      Set.of("in", "after", "during", "at", "before", "following");

  /** Words between "A said" and its talks: "A said that merger talks", "said based on talks". */
  private static final Set<String> REPORTED_LEAD =
      Set.of("the", "that", "based", "on", "its", "after", "following");

  /**
   * "A said [merger] talks with B …", "A said based on recent talks with B": A is a party to its
   * own talks. Up to five lower-case words that are not verbs may stand between.
   */
  static List<Participant> reportingOwner(Clause c, int from) {
    int k = from - 1;
    if (k >= 1 && c.lower(k).equals("while") && c.lower(from).endsWith("ing")) {
      k--; // "A said while meeting with B"
    }
    boolean time = false; // a time's possessive crossed: "Monday's talks"
    boolean phrase = false; // a preposition crossed: "after", "following"
    while (k >= 0 && from - k <= 5 && (ownerFiller(c, k) || REPORTED_LEAD.contains(c.lower(k)))) {
      time |= Roles.timeOwner(c, k);
      phrase |= PHRASE_HEADS.contains(c.lower(k));
      k--; // "said merger talks", "said based on recent talks" (the tagger may call "merger" PRON)
    }
    if (k < 1 || !Clause.REPORTING.contains(c.lower(k)) || time && !phrase) {
      // "said after Monday's talks with B" was there; "a spokeswoman said Friday's meeting with B
      // was productive" reports on one
      return List.of();
    }
    return c.speakerOf(k)
        .filter(m -> m.participant().kind() != Participant.Kind.DESCRIBED && !c.locative(m))
        .map(m -> List.of(m.participant()))
        .orElse(List.of());
  }

  private static boolean ownerFiller(Clause c, int k) {
    String w = c.lower(k);
    Token tok = c.t.get(k);
    boolean word = !tok.word().isEmpty() && Character.isLowerCase(tok.word().charAt(0));
    return w.equals("based")
        || Roles.timeOwner(c, k) // "said after Monday's talks", "after three weeks' talks"
        // "said Wednesday after a meeting with B"; not "said Thursday diplomatic talks with B …"
        || Roles.TIME_OWNERS.contains(w) && PHRASE_HEADS.contains(c.lower(k + 1))
        || word
            && !c.isVerb(k)
            && !Clause.STOPPERS.contains(w)
            && !Clause.REPORTING.contains(w)
            && !w.equals("and");
  }

  /**
   * "… was made yesterday by A at a meeting with B": the agent named just before the phrase that
   * holds the trigger is a party to it.
   */
  static List<Participant> agent(Clause c, int from) {
    for (int k = from - 1; k >= Math.max(1, from - 3); k--) {
      if (PHRASE_HEADS.contains(c.lower(k))) {
        return c.endingAt(k)
            .filter(m -> c.lower(m.from() - 1).equals("by"))
            .filter(m -> m.participant().kind() != Participant.Kind.DESCRIBED && !m.place())
            .map(m -> List.of(m.participant()))
            .orElse(List.of());
      }
    }
    return List.of();
  }

  /** The verb a noun trigger is the object of ("held talks", "proposed in a letter"), or -1. */
  static int governor(Clause c, int from) {
    boolean inPhrase = false; // "emphasised in talks with", "was speaking after a meeting with"
    int words = 0; // a hyphenated compound ("hastily-called", "two-hour") is one word
    for (int i = from - 1; i >= 0 && words < GOVERNOR_WINDOW; i--) {
      String w = c.lower(i);
      if (!inCompound(c, i)) {
        words++;
      }
      // "had published about Trump's talks with Iran", "a letter about trade talks with China":
      // what the verb is about, not its subject's contact; but "representing about 150
      // contractors in negotiations with B" is a number
      boolean topic = w.equals("about") && !"NUM".equals(c.t.get(i + 1).tag());
      if (Clause.STOPPERS.contains(w) || w.equals(",") || topic) {
        return -1;
      }
      boolean signedAsAdjective = // "in a signed letter to B": no one's act in this clause
          SIGNING.contains(w) && (i == 0 || Set.of("DET", "ADJ").contains(c.t.get(i - 1).tag()));
      // "signed a letter of intent with B" names the other side; signing alone is no contact
      boolean signedAlone = SIGNING.contains(w) && !otherSideAfter(c, from);
      if (GOVERNORS.contains(w) && !signedAsAdjective && !signedAlone
          || LEAVING.contains(w) && modifiersOnly(c, i + 1, from)
          || TRAVELLED.contains(w) && cameFor(c, i, from)
          || inPhrase && c.isVerb(i) && !Clause.REPORTING.contains(w)) {
        return i;
      }
      if (PHRASE_HEADS.contains(w) && (from - i <= 3 || modifiersOnly(c, i + 1, from))) {
        inPhrase = true;
      }
    }
    return -1;
  }

  /**
   * Whether the trip of the verb at {@code verb} was for the contact noun at {@code from}: "for"
   * before the noun, only modifiers between, and no other verb between the trip and its "for" (not
   * "came to power promising to push for talks", "went to Congress to ask for talks").
   */
  private static boolean cameFor(Clause c, int verb, int from) {
    for (int k = from - 1; k >= Math.max(0, from - 4); k--) {
      if (c.lower(k).equals("for")) {
        for (int v = verb + 1; v < k; v++) {
          if (c.isVerb(v)) {
            return false;
          }
        }
        return modifiersOnly(c, k + 1, from);
      }
    }
    return false;
  }

  /** Words that count contacts: "during the first round of talks", "after a series of meetings". */
  private static final Set<String> ROUNDS = Set.of("round", "rounds", "series", "of");

  /** Parts of speech that qualify a noun: "a", "rare", "hastily", "two". */
  private static final Set<String> MODIFIER_TAGS = Set.of("DET", "ADJ", "ADV", "NUM");

  /** Whether the token at {@code k} continues the one before it across a hyphen ("-", "called"). */
  private static boolean inCompound(Clause c, int k) {
    return k > 0 && c.t.get(k).hyphenatedTo(c.t.get(k - 1));
  }

  /**
   * Whether the tokens in [from, to) only qualify the noun at {@code to}: "a hastily arranged", "a
   * hastily-called", "a rare two-hour", "a closed-door" (a hyphenated compound qualifies as a whole
   * and counts as one word).
   */
  private static boolean modifiersOnly(Clause c, int from, int to) {
    int words = 0;
    for (int k = from; k < to; k++) {
      String tag = c.t.get(k).tag();
      boolean participle = k == to - 1 && c.lower(k).endsWith("ed"); // "arranged meeting"
      boolean adverb = c.lower(k).endsWith("ly"); // "hastily", which the tagger may miss
      boolean rounds = ROUNDS.contains(c.lower(k)); // "the first round of talks"
      boolean time = // "a week's talks", "three weeks of talks"
          Roles.timeOwner(c, k)
              || Roles.TIME_OWNERS.contains(c.lower(k))
                  && (c.lower(k + 1).equals("of") || Roles.timeOwner(c, k + 1)); // "weeks" "'"
      boolean compound = inCompound(c, k) || k + 1 < to && inCompound(c, k + 1);
      if (!(MODIFIER_TAGS.contains(tag) || participle || adverb || rounds || time || compound)) {
        return false;
      }
      words += inCompound(c, k) ? 0 : 1;
    }
    return words <= 6;
  }

  private NounOwners() {}
}
