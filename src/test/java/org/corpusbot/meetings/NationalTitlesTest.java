package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A foreign leader named in full once and by office after that ("the Turkish president", "Japan's
 * foreign minister", "the Chinese leader") is the person the article gave the office to (session
 * 34; made-up sentences in the shape of the news the rule was counted on).
 */
class NationalTitlesTest {
  private static final String HALE = "Finnish President Tomas Hale arrived on Monday. ";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Prime Minister Ana Lutz met the Finnish president at the palace.",
        "Prime Minister Ana Lutz met Finland's president at the palace.",
        "Prime Minister Ana Lutz held a call with the Finnish leader on Thursday.",
      })
  void anOfficeIsTheOnePersonTheArticleGaveIt(String sentence) {
    assertThat(MadeUpText.namedPairs(HALE + sentence))
        .as(sentence)
        .containsExactly("Ana Lutz - Tomas Hale");
  }

  @Test
  void aMinistersOfficeIsHisAlone() {
    String story =
        "Finnish Foreign Minister Omar Lind flew to Oslo. "
            + "Secretary of State Ana Lutz met with Finland's foreign minister on Monday.";
    assertThat(MadeUpText.namedPairs(story)).containsExactly("Ana Lutz - Omar Lind");
    String president = HALE + "Secretary of State Ana Lutz met with Finland's foreign minister.";
    assertThat(MadeUpText.namedPairs(president)).isEmpty(); // the president holds no other office
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Finland's foreign minister, Tomas Hale, flew in. Ana Lutz met the Finnish foreign minister.",
        "Finnish leader Tomas Hale spoke first. Ana Lutz met the Finnish leader on Monday.",
        "The Finnish leader Tomas Hale spoke first. Ana Lutz met the Finnish leader on Monday.",
      })
  void anOfficeGivenInLowerCaseBeforeTheNameCountsToo(String story) {
    assertThat(MadeUpText.namedPairs(story)).as(story).containsExactly("Ana Lutz - Tomas Hale");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Finland's former president Tomas Hale spoke. Ana Lutz met the Finnish president on Monday.",
        // a former holder is not the one in office, nor is a former office the present one
        "Former Finnish President Tomas Hale spoke. Prime Minister Ana Lutz met the Finnish"
            + " president on Monday.",
        HALE + "Prime Minister Ana Lutz met the former Finnish president on Monday.",
        // two holders: the office names neither
        HALE
            + "Finnish President Omar Lind took office later. Prime Minister Ana Lutz met the"
            + " Finnish president on Monday.",
        // no holder named
        "Prime Minister Ana Lutz met the Finnish president on Monday.",
      })
  void noOneWhenTheArticleDoesNotSayWhoHoldsIt(String story) {
    assertThat(MadeUpText.namedPairs(story)).as(story).noneMatch(p -> p.contains("Hale"));
  }

  @Test
  void thePresidentIsTheOneWithoutAForeignTitle() {
    // "Chinese President Xi Jinping" beside "President Tomas Hale": "the president" is Hale
    String story =
        "President Tomas Hale spoke on Monday. Chinese President Xi Jinping left Beijing. "
            + "The president met with Ana Lutz on Thursday.";
    assertThat(MadeUpText.namedPairs(story)).containsExactly("Tomas Hale - Ana Lutz");
    String alone = "Chinese President Xi Jinping left Beijing. The president met with Ana Lutz.";
    assertThat(MadeUpText.namedPairs(alone)).containsExactly("Xi Jinping - Ana Lutz");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "President Tomas Hale said that talks with Norway could resume in Oslo.",
        "President Tomas Hale said talks with Norway might be happening over the next two days."
      })
  void talksThatMayStartAreAPlan(String text) {
    assertThat(MadeUpText.namedPairs(text)).as(text).isEmpty();
  }

  @Test
  void talksHeldThatMayBeHeldAgainTookPlace() {
    assertThat(
            MadeUpText.namedPairs(
                "President Tomas Hale said he held talks with Norway in May and may do so again."))
        .containsExactly("Tomas Hale - Norway");
  }

  @Test
  void aSurnameWithATitleIsTheOneGivenThatTitleInFull() {
    // "Ivanka Trump" in the lead took every later "Trump", "President Trump" included
    String story =
        "Ana Hale spoke at the opening. President Tomas Hale arrived later. "
            + "President Hale met with Omar Lind on Friday.";
    assertThat(MadeUpText.namedPairs(story)).containsExactly("Tomas Hale - Omar Lind");
    String king =
        "King Charles III arrived. A caption named Prince William Charles. "
            + "Prince Charles met with Omar Lind in 2015.";
    assertThat(MadeUpText.namedPairs(king)).containsExactly("Charles III - Omar Lind");
  }

  @Test
  void aNameAtTheSentencesEndLosesItsFullStop() {
    // the tokenizer's model keeps the point on some unfamiliar names ("Shavkat Mirziyoyev.")
    assertThat(
            MadeUpText.namedPairs(
                "President Ana Lutz traveled to Samarkand and met with Uzbek President Shavkat"
                    + " Mirziyoyev."))
        .containsExactly("Ana Lutz - Shavkat Mirziyoyev");
    assertThat(MadeUpText.namedPairs("Chairman Omar Lind held talks with Vellix Holdings Inc."))
        .containsExactly("Omar Lind - Vellix Holdings Inc.");
  }
}
