package org.corpusbot.follows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corpusbot.meetings.Participant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a followed name is keyed, found among participants and counted in text. */
class NamesTest {

  @ParameterizedTest
  @CsvSource({
    "Victoria Nuland, nuland, nuland",
    "Nuland, nuland, nuland",
    "Olivia Newton-John, newton-john, john",
    "'  Kanye West. ', west, west",
    "'  ?! ', , "
  })
  void keyIsTheLastWordAndProbeItsLastPart(String name, String key, String probe) {
    assertThat(Names.key(name)).isEqualTo(key);
    if (key != null) {
      assertThat(Names.probe(key)).isEqualTo(probe);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "Olivia Newton-John, newton-john, true",
    "Elton John, newton-john, false",
    "Victoria Nuland, nuland, true",
    "Nulandia, nuland, false"
  })
  void aParticipantIsNamedByEveryWordOfTheKey(String participant, String key, boolean named) {
    Participant p = new Participant(participant, Participant.Kind.PERSON, null);
    assertThat(Names.names(p, key)).isEqualTo(named);
  }

  @ParameterizedTest
  @CsvSource({
    "'Truss said. Truss left; the truss broke.', truss, 2",
    "'Mrs Newton-John sang; Newton-Johns', newton-john, 1",
    "'West Bank, west wind, Kanye West', west, 2"
  })
  void mentionsAreCapitalisedWholeWords(String text, String key, int count) {
    assertThat(Names.mentions(text, Names.pattern(key))).hasSize(count);
  }

  @org.junit.jupiter.api.Test
  void wordsAreLowerCaseAndAtLeastTwoLong() {
    assertThat(Names.words("J. R. R. Tolkien's ring")).isEqualTo(List.of("tolkien", "ring"));
  }
}
