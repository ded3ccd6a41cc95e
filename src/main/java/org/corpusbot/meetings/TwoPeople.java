package org.corpusbot.meetings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NavigableMap;
import org.corpusbot.corpus.Span;

/**
 * Who "the two leaders", "the two men", "the pair" or "both leaders" are, only when the text leaves
 * no doubt: the two people of the contact told in the sentence just before ("A met B on Monday,
 * spokeswoman C said. The two leaders also spoke by phone") or in an earlier one when no one else
 * is named since ("A met B. She said … The two leaders continued talks"), else the last two people
 * named in the two sentences before ("A arrived in Oslo. B greeted her. The two leaders held
 * talks") unless a third is named in the sentence of the earlier of them or the one before it ("A
 * held a rally for B. He is to host C. The two leaders met": no one). Not thread-safe: one per
 * article, fed its contacts in text order.
 */
final class TwoPeople {
  private final NameRegistry names;
  private final int[] starts;
  private List<Participant> lastPair = List.of();
  private int lastEnd = -1;

  /** {@code sentences}: the article's sentences in order. */
  TwoPeople(NameRegistry names, List<Span> sentences) {
    this.names = names;
    this.starts = sentences.stream().mapToInt(Span::start).toArray();
  }

  /** Records the contacts of one sentence; a contact of another shape leaves no pair. */
  void told(List<ContactEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    ContactEvent last = events.get(events.size() - 1);
    List<Participant> p = last.participants();
    boolean twoPeople =
        p.size() == 2
            && p.stream().allMatch(x -> x.kind() == Participant.Kind.PERSON)
            && !p.get(0).key().equals(p.get(1).key());
    lastPair = twoPeople ? p : List.of();
    lastEnd = last.end();
  }

  /** The two people "the two leaders" in the sentence starting at {@code offset} are, or none. */
  List<Participant> before(int offset) {
    int here = sentenceOf(offset);
    if (here <= 0 || names == null) {
      return List.of();
    }
    if (lastEnd > starts[here - 1] && lastEnd <= offset) {
      return lastPair; // the contact just told, or none when it was not between two people
    }
    NavigableMap<Integer, String> named = names.peopleBefore(offset);
    if (!lastPair.isEmpty() && lastEnd <= offset && onlyThemSince(named.tailMap(lastEnd, true))) {
      return lastPair; // "A met B at the White House. She said … The two leaders continued talks"
    }
    List<String> who = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    for (var e = named.lastEntry(); e != null && who.size() < 3; e = named.lowerEntry(e.getKey())) {
      if (!who.contains(e.getValue())) {
        who.add(e.getValue());
        at.add(e.getKey());
      }
    }
    if (who.size() < 2 || sentenceOf(at.get(1)) < here - 2) {
      return List.of(); // named further back than the two sentences before: "the two" is unsure
    }
    boolean thirdClose = who.size() == 3 && sentenceOf(at.get(2)) >= sentenceOf(at.get(1)) - 1;
    if (thirdClose) {
      return List.of();
    }
    return List.of(person(who.get(1)), person(who.get(0)));
  }

  private boolean onlyThemSince(NavigableMap<Integer, String> since) {
    return since.values().stream()
        .allMatch(name -> lastPair.stream().anyMatch(p -> p.name().equals(name)));
  }

  private static Participant person(String name) {
    return new Participant(name, Participant.Kind.PERSON, null);
  }

  /** The index of the sentence holding {@code offset}, -1 before the first. */
  private int sentenceOf(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : -i - 2;
  }
}
