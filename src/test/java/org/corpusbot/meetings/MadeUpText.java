package org.corpusbot.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.corpusbot.corpus.Article;

/** Contacts of a made-up sentence, for the rule tests: pairs of named participants as text. */
final class MadeUpText {
  static final LocalDate DATE = LocalDate.of(2024, 3, 15);
  private static final MeetingExtractor EXTRACTOR = new MeetingExtractor();

  private MadeUpText() {}

  /** "A - B" for each pair of the contacts in {@code text} where neither side is described. */
  static List<String> namedPairs(String text) {
    List<String> out = new ArrayList<>();
    for (ContactEvent e :
        EXTRACTOR.extract(new Article("t", "T", DATE, null, null, List.of(), text, null))) {
      for (List<Participant> p : e.pairs()) {
        if (p.get(0).kind() != Participant.Kind.DESCRIBED
            && p.get(1).kind() != Participant.Kind.DESCRIBED) {
          out.add(p.get(0).name() + " - " + p.get(1).name());
        }
      }
    }
    return out;
  }

  /** "name KIND" for every participant of every contact in {@code text}. */
  static List<String> participants(String text) {
    return EXTRACTOR
        .extract(new Article("t", "T", DATE, null, null, List.of(), text, null))
        .stream()
        .flatMap(e -> e.participants().stream())
        .map(p -> p.name() + " " + p.kind())
        .toList();
  }

  /**
   * Checks a table row: the text, " | ", and the named pairs it must give exactly, separated by ";
   * " (none when blank).
   */
  static void assertRow(String row) {
    String[] f = row.split(" \\| ", -1);
    List<String> expected = f[1].isBlank() ? List.of() : List.of(f[1].strip().split("; "));
    org.assertj.core.api.Assertions.assertThat(namedPairs(f[0]))
        .as(f[0])
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  /** The evidence sentence of each contact in {@code text}. */
  static List<String> evidence(String text) {
    return EXTRACTOR
        .extract(new Article("t", "T", DATE, null, null, List.of(), text, null))
        .stream()
        .map(ContactEvent::evidence)
        .toList();
  }

  /**
   * "A – B" with the two names sorted, for every pair of the contacts of an article with this
   * headline and text (described sides included).
   */
  static Set<String> sortedPairs(String title, String text) {
    return EXTRACTOR
        .extract(new Article("t", title, DATE, null, null, List.of(), text, null))
        .stream()
        .flatMap(e -> e.pairs().stream())
        .map(p -> p.stream().map(Participant::name).sorted().collect(Collectors.joining(" – ")))
        .collect(Collectors.toSet());
  }

  /** The names of every participant of every contact in {@code text}. */
  static Set<String> names(String text) {
    return EXTRACTOR
        .extract(new Article("t", "T", DATE, null, null, List.of(), text, null))
        .stream()
        .flatMap(e -> e.participants().stream())
        .map(Participant::name)
        .collect(Collectors.toSet());
  }
}
