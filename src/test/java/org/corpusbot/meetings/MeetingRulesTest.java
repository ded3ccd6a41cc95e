package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.corpusbot.corpus.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeetingRulesTest {
  static final LocalDate DATE = LocalDate.of(2024, 3, 15); // a Friday
  private final MeetingExtractor extractor = new MeetingExtractor();

  private List<ContactEvent> extract(String text) {
    return extractor.extract(new Article("t", "T", DATE, null, null, List.of(), text, null));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Prime Minister Anna Berg will meet President Omar Lind in Oslo next week.",
        "Prime Minister Anna Berg plans to meet President Omar Lind.",
        "Anna Berg and Omar Lind are scheduled to meet on Friday.",
        "Prime Minister Anna Berg agreed to begin talks with President Omar Lind.",
        "Prime Minister Anna Berg did not meet President Omar Lind.",
        "Prime Minister Anna Berg called for an end to the strike by President Omar Lind's unions.",
        "Prime Minister Anna Berg told Reuters that President Omar Lind was wrong.",
        "Talks between Anna Berg and Omar Lind, scheduled for Thursday, were postponed.",
        "Anna Berg rejected suggestions for negotiations with Omar Lind.",
        "Anna Berg signed a letter of intent.",
        "Lind Video Corp said it now meets the Nasdaq net worth requirements."
      })
  void plansNegationsAppealsAndReportingAreNotContacts(String sentence) {
    assertThat(extract(sentence)).as(sentence).isEmpty();
  }

  @Test
  void describedGroupsTakePartWhenNoNameDoes() {
    assertThat(
            extract(
                "Three days of talks between management and unions at the Seaforth plant ended yesterday."))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.participants())
                  .extracting(Participant::name)
                  .containsExactly("management", "unions");
              assertThat(e.participants()).allMatch(p -> p.kind() == Participant.Kind.DESCRIBED);
            });
    assertThat(extract("The Philippines and its bank advisory committee completed a day of talks."))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.participants())
                    .extracting(Participant::name)
                    .containsExactly("Philippines", "its bank advisory committee"));
  }

  @Test
  void aLaterSurnameIsTheFullNameAndTitlesAreNotPartOfIt() {
    List<ContactEvent> events =
        extract(
            "Finance Minister Anna Berg arrived on Monday. President Omar Lind greeted her.\n\nLater, Berg met Lind's deputy Tomas Hale in Oslo yesterday.");
    ContactEvent e =
        events.stream().filter(x -> x.kind() == EventKind.MEETING).findFirst().orElseThrow();
    assertThat(e.participants())
        .extracting(Participant::name)
        .containsExactly("Anna Berg", "Tomas Hale");
    assertThat(e.place()).isEqualTo("Oslo");
    assertThat(e.dateFrom()).isEqualTo(DATE.minusDays(1));
  }

  @Test
  void possessivesAndTitlesAreStripped() {
    List<ContactEvent> events =
        extract("Secretary of State Mara Quint's visit to Tokyo ended on Monday.");
    assertThat(events)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.participants())
                  .extracting(Participant::name)
                  .containsExactly("Mara Quint");
              assertThat(e.kind()).isEqualTo(EventKind.VISIT);
              assertThat(e.place()).isEqualTo("Tokyo");
              assertThat(e.dateFrom()).isEqualTo(LocalDate.of(2024, 3, 11));
            });
  }

  @Test
  void remoteContactsAreCallsLettersAndVideo() {
    assertThat(extract("Chancellor Ida Brandt spoke by phone with President Omar Lind on Tuesday."))
        .singleElement()
        .satisfies(e -> assertThat(e.kind()).isEqualTo(EventKind.CALL));
    assertThat(extract("Chancellor Ida Brandt sent a letter to President Omar Lind last week."))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(EventKind.LETTER);
              assertThat(e.dateFrom()).isEqualTo(LocalDate.of(2024, 3, 4));
              assertThat(e.dateTo()).isEqualTo(LocalDate.of(2024, 3, 10));
            });
    assertThat(extract("Chancellor Ida Brandt held a video conference with President Omar Lind."))
        .singleElement()
        .satisfies(e -> assertThat(e.kind()).isEqualTo(EventKind.VIRTUAL_TALKS));
  }

  @Test
  void aMonthWithoutAYearIsTheLatestOneNotAfterTheArticle() {
    List<ContactEvent> events = extract("Ida Brandt met Omar Lind in Vienna in December.");
    assertThat(events)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.dateFrom()).isEqualTo(LocalDate.of(2023, 12, 1));
              assertThat(e.dateTo()).isEqualTo(LocalDate.of(2023, 12, 31));
              assertThat(e.place()).isEqualTo("Vienna");
            });
  }
}
