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
        // review 55: a run is whole, has no punctuation inside and no sentence opener
        "ICE|In Chicago, Eduardo Ramirez spoke on Monday.|false",
        "ICE|In Chicago Eduardo Ramirez spoke on Monday.|false",
        "IMF|In March, Fed officials raised rates.|false",
        "FBI|For Biden, Iowa is a test.|false",
        "SEC|Transportation Secretary Elaine Chao announced airline refund rules.|false",
        "IRS|Kamloops Indian Residential School reopened.|false",
        "CDC|White House Correspondents' Dinner Clinton spoke.|false",
        "IRS|Internal Revenue Service Commissioner Danny Werfel spoke.|true",
      })
  void aSentenceSpellsOutAnAcronym(String acronym, String sentence, boolean spelled) {
    assertThat(Acronyms.spelledOut(acronym, sentence)).as(sentence).isEqualTo(spelled);
  }

  /** Review 55: a run that only shares the initials, in a passage that never writes them. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "SEC|Ships crossed the South and East China seas.|Ships crossed the South and East China"
            + " seas.|false",
        "SEC|Ships crossed the South and East China seas.|The SEC fined the shipper.|true",
        "IRS|The Internal Revenue Service will finish.|IRS clears its backlog|true",
      })
  void theStoryMustAlsoWriteTheAcronym(
      String acronym, String sentence, String context, boolean holds) {
    assertThat(Acronyms.holds(acronym, sentence, context)).as(sentence).isEqualTo(holds);
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
        // typed in capitals, every short word would be one
        "WHAT DID THE IRS SAY ABOUT REFUNDS?|''",
      })
  void aQuestionsAcronymsAreThreeToSixCapitals(String question, String acronyms) {
    assertThat(String.join(" ", Acronyms.in(question))).isEqualTo(acronyms);
  }
}
