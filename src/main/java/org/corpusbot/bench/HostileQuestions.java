package org.corpusbot.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Questions nobody should ask but somebody will: pasted megabytes, query syntax, control
 * characters, emoji, one word ten thousand times. Shared by the hostile-input test and {@code
 * bench-hostile}, so what is measured is what is tested.
 */
public final class HostileQuestions {
  private HostileQuestions() {}

  /** One hostile input and what to call it in a report. */
  public record Case(String name, String text) {}

  public static List<Case> cases() {
    List<Case> out = new ArrayList<>();
    out.add(new Case("an ordinary question (baseline)", "Where did Putin and Biden meet?"));
    out.add(new Case("1 MB question", "Where did Putin and Biden meet? ".repeat(33_000)));
    out.add(
        new Case("10,000 repeated words", String.join(" ", Collections.nCopies(10_000, "summit"))));
    out.add(new Case("repeated word at the length limit", "summit ".repeat(285).strip()));
    out.add(
        new Case(
            "4,096 characters (a full Telegram message)",
            ("Did Biden and Putin agree on cybersecurity consultations in Geneva after the summit"
                    + " while hackers attacked the United States? ")
                .repeat(40)
                .substring(0, 4096)));
    out.add(
        new Case(
            "query syntax",
            "title:(Putin AND Biden) OR text:\"Geneva\"~5 +meet -* \\ /re.*gex/ [a TO z] {x TO y}"
                + " ^2 fuzzy~ wild*card? ?? && || ! ( ) : *:*"));
    out.add(
        new Case(
            "control characters",
            "Where\u0000 did\u001b[2J Putin\u0007 and\u0008 Biden\u202e meet?\u007f\u0085"));
    out.add(new Case("only control characters", "\u0001\u0002\u001b\u007f"));
    out.add(new Case("only emoji", "🔥😀🙈🚀🇺🇦👍🏽".repeat(20)));
    out.add(
        new Case("markup and injection", "<script>alert(1)</script>' OR 1=1 -- ; DROP TABLE x"));
    out.add(new Case("one 1,999-letter word", "a".repeat(1999)));
    // no word of any index, so each piece of it was spell-checked against the whole dictionary
    // (review 56: 370-490 ms before the checker's length limit)
    out.add(new Case("one 1,999-letter word of mixed letters", mixedLetters(1999)));
    out.add(new Case("random words", (mixedLetters(9) + " ").repeat(200).substring(0, 1999)));
    out.add(new Case("combining marks", "Z̵̧̛͉a̸̡͚l̷̨͎g̶̣̈́o̷̰͝ meet Geneva ".repeat(20)));
    return out;
  }

  /** Letters in a fixed pseudo-random order: the same text every run. */
  private static String mixedLetters(int n) {
    StringBuilder sb = new StringBuilder(n);
    long x = 0x2545F4914F6CDD1DL;
    for (int i = 0; i < n; i++) {
      x ^= x << 13;
      x ^= x >>> 7;
      x ^= x << 17;
      sb.append((char) ('a' + Math.floorMod(x, 26)));
    }
    return sb.toString();
  }
}
