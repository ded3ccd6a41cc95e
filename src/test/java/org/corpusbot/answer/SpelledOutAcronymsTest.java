package org.corpusbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Acronyms in questions and the names that spell them out in sentences. */
class SpelledOutAcronymsTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "IRS|The Internal Revenue Service will finish the backlog this week.|true",
        "CDC|Data from the Centers for Disease Control and Prevention show a rise.|true",
        "NASA|The National Aeronautics and Space Administration set a date.|true",
        "FDA|The US Food and Drug Administration’s rule change took effect.|true",
        // the initials must be of one run of capitalised words, small words inside only
        "IRS|Internal reviews of Revenue Services found nothing.|false",
        "IRS|The IRS said so.|false",
        "FDA|Food prices and Drug Administration costs rose.|false",
        "NASA|The National Space Administration set a date.|false",
      })
  void aSentenceSpellsOutAnAcronym(String acronym, String sentence, boolean spelled) {
    assertThat(Acronyms.spelledOut(acronym, sentence)).as(sentence).isEqualTo(spelled);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The IRS announced it will do what this week?|IRS",
        "When did NASA and the FDA announce it?|NASA FDA",
        // two capitals are too often a word or a state, and a word in capitals is no acronym
        "Is it OK to ask the US about it?|''",
        "What did the WEATHERSERVICE say?|''",
      })
  void aQuestionsAcronymsAreThreeToSixCapitals(String question, String acronyms) {
    assertThat(String.join(" ", Acronyms.in(question))).isEqualTo(acronyms);
  }
}
