package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.corpusbot.bench.NamePairs;
import org.corpusbot.corpus.Article;
import org.junit.jupiter.api.Test;

class CountryNamesTest {
  private final MeetingExtractor extractor = new MeetingExtractor();

  @Test
  void everyNameOfACountryIsItsOneName() {
    for (String us :
        List.of("US", "U.S.", "the U.S.", "USA", "U.S.A.", "America", "United States")) {
      assertThat(CountryNames.canonical(us)).as(us).isEqualTo("United States");
    }
    for (String uk : List.of("UK", "U.K.", "Britain", "Great Britain", "the United Kingdom")) {
      assertThat(CountryNames.canonical(uk)).as(uk).isEqualTo("United Kingdom");
    }
    assertThat(CountryNames.canonical("Soviet Union")).isEqualTo("Soviet Union");
    assertThat(CountryNames.canonical("USSR")).isEqualTo("Soviet Union");
    assertThat(CountryNames.canonical("Georgia")).isEqualTo("Georgia");
    assertThat(CountryNames.canonical("Latin America")).isEqualTo("Latin America");
    assertThat(CountryNames.canonical("England"))
        .as("a part, not the kingdom")
        .isEqualTo("England");
  }

  @Test
  void aContactIsStoredUnderTheCountrysOneName() {
    assertThat(
            participants(
                "Norway held talks with the U.S. in Oslo on Monday. Britain and Norway signed"
                    + " nothing."))
        .containsExactly("Norway", "United States");
  }

  @Test
  void aCountryNamedTwoWaysInOneContactTakesPartOnce() {
    assertThat(
            participants("Talks between the U.S., Norway and the United States ended on Monday."))
        .containsExactly("United States", "Norway");
  }

  @Test
  void thePairScorerTakesEveryNameOfACountryForOne() {
    assertThat(NamePairs.same("U.S.", "United States")).isTrue();
    assertThat(NamePairs.same("Britain", "U.K.")).isTrue();
    assertThat(NamePairs.same("Britain", "Brittany")).isFalse();
  }

  /** The participants of the one contact {@code text} reports. */
  private List<String> participants(String text) {
    List<ContactEvent> events =
        extractor.extract(
            new Article("t", "T", LocalDate.of(2024, 3, 15), null, null, List.of(), text, null));
    assertThat(events).hasSize(1);
    return events.get(0).participants().stream().map(Participant::name).toList();
  }
}
