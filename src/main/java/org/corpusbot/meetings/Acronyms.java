package org.corpusbot.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An organisation and its acronym are one party: "the London Metal Exchange, LME, …" gave a meeting
 * between the two. The acronym is dropped when the event also names what it stands for.
 */
final class Acronyms {
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");

  /** Words an acronym skips: "International Commodities Clearing House" is ICCH, "Bank of X" BX. */
  private static final Set<String> SKIPPED = Set.of("of", "and", "the", "for", "&");

  private Acronyms() {}

  static ContactEvent without(ContactEvent e) {
    List<Participant> all = e.participants();
    List<Participant> kept = new ArrayList<>();
    int firstKept = 0;
    for (int i = 0; i < all.size(); i++) {
      Participant p = all.get(i);
      if (p.kind() == Participant.Kind.GROUP && standsFor(p.name(), all)) {
        continue;
      }
      kept.add(p);
      if (i < e.firstSide()) {
        firstKept++;
      }
    }
    if (kept.size() == all.size()) {
      return e;
    }
    return e.keeping(kept, firstKept);
  }

  private static boolean standsFor(String name, List<Participant> all) {
    if (!ACRONYM.matcher(name).matches()) {
      return false;
    }
    for (Participant q : all) {
      if (q.kind() == Participant.Kind.GROUP
          && !q.name().equals(name)
          && initials(q.name()).equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static String initials(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.split("\\s+")) {
      if (!w.isEmpty() && !SKIPPED.contains(w.toLowerCase(Locale.ROOT))) {
        sb.append(Character.toUpperCase(w.charAt(0)));
      }
    }
    return sb.toString();
  }
}
