package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.corpusbot.corpus.Article;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The contacts the seed article reports, and the phrases it holds that are not contacts. */
class SeedMeetingsTest {
  static List<ContactEvent> events;

  @BeforeAll
  static void extract() {
    Article seed = TestCorpus.load(TestCorpus.seed()).get(0);
    events = new MeetingExtractor().extract(seed);
  }

  private static List<ContactEvent> with(String... names) {
    List<ContactEvent> out = new ArrayList<>();
    for (ContactEvent e : events) {
      List<String> who = e.participants().stream().map(Participant::name).toList();
      if (who.containsAll(List.of(names))) {
        out.add(e);
      }
    }
    return out;
  }

  private static ContactEvent one(EventKind kind, String... names) {
    return with(names).stream()
        .filter(e -> e.kind() == kind)
        .findFirst()
        .orElseThrow(() -> new AssertionError(kind + " " + List.of(names) + " not in " + events));
  }

  @Test
  void theGenevaSummitOfPutinAndBidenOnJune16() {
    ContactEvent e = one(EventKind.SUMMIT, "Joe Biden", "Vladimir Putin");
    assertThat(e.place()).isEqualTo("Geneva");
    assertThat(e.dateFrom()).isEqualTo(LocalDate.of(2021, 6, 16));
    assertThat(e.dateTo()).isEqualTo(LocalDate.of(2021, 6, 16));
    assertThat(e.evidence()).startsWith("At a summit in Geneva on June 16");
    assertThat(e.pairs()).hasSize(1);
  }

  @Test
  void theTalksInGenevaInJuneResolveToJune2021() {
    ContactEvent e = one(EventKind.TALKS, "Joe Biden", "Vladimir Putin");
    assertThat(e.place()).isEqualTo("Geneva");
    assertThat(e.dateFrom()).isEqualTo(LocalDate.of(2021, 6, 1));
    assertThat(e.dateTo()).isEqualTo(LocalDate.of(2021, 6, 30));
    assertThat(e.participants())
        .filteredOn(p -> p.name().equals("Vladimir Putin"))
        .singleElement()
        .extracting(Participant::title)
        .isEqualTo("President");
  }

  @Test
  void thePhoneCallInEarlyJuly() {
    ContactEvent e = one(EventKind.CALL, "Joe Biden", "Vladimir Putin");
    assertThat(e.dateFrom()).isEqualTo(LocalDate.of(2021, 7, 1));
    assertThat(e.dateTo()).isEqualTo(LocalDate.of(2021, 7, 10));
    assertThat(e.place()).isNull();
  }

  @Test
  void neubergersVirtualTalksWithHerDescribedCounterpart() {
    ContactEvent e = one(EventKind.VIRTUAL_TALKS, "Ann Neuberger");
    assertThat(e.participants())
        .extracting(Participant::name)
        .containsExactly("Ann Neuberger", "her Moscow counterpart");
    assertThat(e.participants().get(1).kind()).isEqualTo(Participant.Kind.DESCRIBED);
    assertThat(e.firstSide()).isEqualTo(1);
  }

  @Test
  void seniorWhiteHouseOfficialsVisitedMoscow() {
    ContactEvent e = one(EventKind.VISIT, "senior White House officials");
    assertThat(e.place()).isEqualTo("Moscow");
    assertThat(e.dateFrom()).as("the text says after June, not when").isNull();
  }

  @Test
  void nulandsVisitToMoscowHasNoDateBecauseTheTextGivesNone() {
    ContactEvent e = one(EventKind.VISIT, "Victoria Nuland");
    assertThat(e.place()).isEqualTo("Moscow");
    assertThat(e.dateFrom()).isNull();
    assertThat(e.participants().get(0).title()).isEqualTo("State Department official");
    assertThat(with("Victoria Nuland"))
        .as("the second mention, \"Nuland's visit\", is the same visit")
        .hasSize(1);
  }

  @Test
  void aFewWeeksAgoIsARangeBeforeTheArticle() {
    ContactEvent e = one(EventKind.MEETING, "Washington");
    assertThat(e.dateFrom()).isBefore(e.dateTo());
    assertThat(e.dateTo()).isBefore(LocalDate.of(2021, 10, 31));
  }

  @Test
  void plansAppealsReportingAndTheCreditAreNotContacts() {
    for (ContactEvent e : events) {
      assertThat(e.evidence()).doesNotContain("told the NYT").doesNotContain("Preview photo");
    }
    assertThat(events)
        .filteredOn(e -> e.kind() == EventKind.CALL)
        .as("\"called for an end\" is an appeal")
        .singleElement()
        .satisfies(e -> assertThat(e.evidence()).contains("telephone conversation"));
    assertThat(events)
        .noneMatch(e -> e.evidence().contains("agreed to begin") && e.kind() == EventKind.TALKS);
    assertThat(events)
        .noneMatch(e -> e.participants().stream().anyMatch(p -> p.name().contains("NYT")));
    assertThat(events).hasSize(7);
  }
}
