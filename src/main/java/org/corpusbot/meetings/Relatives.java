package org.corpusbot.meetings;

import java.util.List;
import java.util.Set;

/**
 * Names that only say whose relatives took part: "met with the families of A and B", "the widow of
 * A". A is no participant; who met is the family, which the rules do not name.
 */
final class Relatives {
  /** Words for a person's relatives (also read by {@link Subjects}: "Trump's family met …"). */
  static final Set<String> KIN =
      Set.of(
          "family",
          "families",
          "relatives",
          "parents",
          "widow",
          "widower",
          "mother",
          "father",
          "wife",
          "husband",
          "son",
          "sons",
          "daughter",
          "daughters",
          "brother",
          "sister",
          "children");

  private Relatives() {}

  /** The mentions that are not the relatives' kin, nor listed with one ("of A and B"). */
  static List<Mention> without(List<Mention> mentions, List<Token> t) {
    return mentions.stream().filter(m -> !kinOf(t, m.from())).toList();
  }

  private static boolean kinOf(List<Token> t, int from) {
    int k = from - 1;
    while (k > 0 && (t.get(k).capitalized() || t.get(k).word().equals(","))
        || k > 0 && t.get(k).lower().equals("and") && k + 1 < t.size()) {
      k--; // back over "A, B and" in "the families of A, B and C"
    }
    if (k < 1 || !t.get(k).lower().equals("of")) {
      return false;
    }
    String kin = t.get(k - 1).lower();
    return KIN.contains(kin) || kin.equals("ones") && k > 1 && t.get(k - 2).lower().equals("loved");
  }
}
