package org.corpusbot.meetings;

import java.util.Optional;
import java.util.Set;

/**
 * Who speaks a quotation in one sentence: the named person it is attributed to right after it ("“I
 * spoke with Speaker Pelosi this morning,” Schumer said", "…,” said Sen. Chuck Schumer") or right
 * before it ("Schumer said in a statement: “I spoke …”"), not someone the speaker speaks for, owns
 * or quotes. The guesses beyond one sentence ("…,” she said", a quote carried on from the sentence
 * before) are {@link Pronouns#quotedSpeaker}'s.
 */
final class Quotes {
  /** Marks that open and close alike, as the tokenizer leaves them. */
  static final Set<String> STRAIGHT = Set.of("\"", "``", "''");

  /**
   * Verbs that attribute a quote besides the reporting verbs (kept out of {@link Clause#REPORTING},
   * which also reads "A said B met C"); "recalled B telling him" relays B ({@link #quotesAnother}).
   */
  private static final Set<String> SAYS =
      Set.of(
          "tweeted",
          "posted",
          "testified",
          "recalled",
          "continued",
          "insisted",
          "stressed",
          "replied",
          "responded");

  private static final Set<String> SHE_HE = Set.of("he", "she");

  /** A quotation over tokens [open, close]; {@code close} is the sentence's size when unclosed. */
  record Quote(int open, int close) {}

  private final Clause c;

  Quotes(Clause clause) {
    this.c = clause;
  }

  /** The quote that holds token {@code i}, or empty; also empty inside a quote within a quote. */
  Optional<Quote> around(int i) {
    int open = openBefore(i);
    if (open < 0) {
      return Optional.empty();
    }
    for (int k = i + 1; k < c.t.size(); k++) {
      String w = c.t.get(k).word();
      if (w.equals("“")) {
        return Optional.empty(); // whose "I" is unclear
      }
      if (w.equals("”") || STRAIGHT.contains(w)) {
        return innerQuote(open, i) ? Optional.empty() : Optional.of(new Quote(open, k));
      }
    }
    return innerQuote(open, i) ? Optional.empty() : Optional.of(new Quote(open, c.t.size()));
  }

  /** Whether a single quotation mark opens between {@code open} and {@code i}: a quote within. */
  private boolean innerQuote(int open, int i) {
    for (int k = open + 1; k < i; k++) {
      String w = c.t.get(k).word();
      if (w.equals("‘") || w.equals("`") || w.equals("'") && c.t.get(k + 1).capitalized()) {
        return true;
      }
    }
    return false;
  }

  /** Where the quotation mark stands that is still open at token {@code i}, or -1. */
  int openBefore(int i) {
    int open = -1;
    for (int k = 0; k < i; k++) {
      String w = c.t.get(k).word();
      if (w.equals("“") || w.equals("”")) {
        open = w.equals("“") ? k : -1;
      } else if (STRAIGHT.contains(w)) {
        open = open < 0 ? k : -1;
      }
    }
    return open;
  }

  /** The named speaker of {@code q}, after it or before it; empty when none is named. */
  Optional<Mention> attributed(Quote q) {
    Optional<Mention> after = after(q.close());
    return after.isPresent() ? after : before(q.open());
  }

  /** Where "he" or "she" says {@code q} ("…,” she said"), or -1. */
  int pronounAfter(Quote q) {
    int k = afterQuote(q.close());
    return SHE_HE.contains(c.lower(k)) && says(k + 1) ? k : -1;
  }

  /**
   * Whether {@code q} opens the sentence and closes at its end: with no speaker named in it (the
   * caller checks), a quote carried on from the sentence before ("…,” Schumer said. “I spoke with
   * Speaker Pelosi …”"); an unclosed one may be a new speaker's, named where it ends.
   */
  boolean fillsSentence(Quote q) {
    return q.open() == 0 && q.close() < c.t.size() && q.close() >= c.t.size() - 2;
  }

  /**
   * The named speaker of the last quote of this sentence when it is attributed after it ("…,”
   * Schumer said in a statement."): who a quote opening the next sentence is still by.
   */
  Optional<Mention> lastSpeaker() {
    for (int k = c.t.size() - 1; k > 0; k--) {
      String w = c.t.get(k).word();
      if (w.equals("“")) {
        return Optional.empty();
      }
      if (w.equals("”") || STRAIGHT.contains(w)) {
        return after(k).filter(m -> m.participant().kind() == Participant.Kind.PERSON);
      }
    }
    return Optional.empty();
  }

  /** "…,” Schumer said" or "…,” said Sen. Chuck Schumer", from the quote's end at {@code close}. */
  private Optional<Mention> after(int close) {
    int k = afterQuote(close);
    if (says(k)) {
      return c.startingAt(k + 1)
          .filter(this::ownsNothing); // "said Schumer", not "said Schumer's aide"
    }
    Optional<Mention> m = c.startingAt(k);
    if (m.isEmpty()) {
      return m;
    }
    for (int v = m.get().to(); v < c.t.size() && v <= m.get().to() + 2; v++) {
      if (says(v)) {
        return quotesAnother(v)
            ? Optional.empty()
            : c.speakerOf(v).filter(s -> s.from() == m.get().from());
      }
    }
    return Optional.empty();
  }

  /**
   * "Schumer said: “I …", "Schumer told reporters, “I …", "Schumer said in a statement: “I …": the
   * speaker of a verb a few words before the quote opening at {@code open}, with no other quote or
   * clause between.
   */
  private Optional<Mention> before(int open) {
    if (!c.lower(open - 1).equals(":") && !c.lower(open - 1).equals(",")) {
      return Optional.empty();
    }
    for (int v = open - 2; v >= 0 && v >= open - 6; v--) {
      String w = c.lower(v);
      if (says(v)) {
        return c.speakerOf(v)
            .filter(this::ownsNothing)
            .filter(m -> !OF.contains(c.lower(m.from() - 1)));
      }
      if (c.isVerb(v)) {
        return Optional.empty(); // "A said B's note read:"
      }
      boolean mark = w.equals("“") || w.equals("”") || STRAIGHT.contains(c.t.get(v).word());
      if (mark || w.equals(",") || Clause.STOPPERS.contains(w)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static final Set<String> OF = Set.of("for", "to", "of", "from", "with");

  private boolean ownsNothing(Mention m) {
    return !c.t.get(m.to() - 1).possessive();
  }

  /** "A quoted B as saying", "A recalled B telling him", "A posted, quoting B". */
  private boolean quotesAnother(int v) {
    boolean relays = c.lower(v).equals("quoted") || c.lower(v).equals("recalled");
    for (int k = v + 1; k < c.t.size() && k <= v + 4; k++) {
      if (c.lower(k).equals("quoting")
          || c.lower(k).equals("citing")
          || relays
              && c.startingAt(k)
                  .filter(m -> m.participant().kind() == Participant.Kind.PERSON)
                  .isPresent()) {
        return true;
      }
    }
    return false;
  }

  private boolean says(int k) {
    if (c.lower(k).equals("quoted") || c.lower(k).equals("according")) {
      return false; // "A quoted B as saying", "A quoted B: “I …”": B's words
    }
    return Clause.REPORTING.contains(c.lower(k)) || SAYS.contains(c.lower(k));
  }

  /** The first word after the quote closing at {@code close}, past a comma outside the marks. */
  private int afterQuote(int close) {
    return c.lower(close + 1).equals(",") ? close + 2 : close + 1;
  }
}
