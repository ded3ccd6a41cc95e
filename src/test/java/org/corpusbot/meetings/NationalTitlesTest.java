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

  @ParameterizedTest
  @ValueSource(
      strings = {
        // session 35, the review of session 34: a holder out of office ("the late", "then-",
        // "ousted", "former" before a nationality) is nobody's office now
        "The late Finnish President Tomas Hale died in May. President Omar Lind took office in"
            + " July.\n\nThe Finnish president met with Prime Minister Ana Lutz on Wednesday.",
        "In 2015, then-Finnish Prime Minister Tomas Hale lost the election.\n\nThe Finnish prime"
            + " minister met with President Ana Lutz on Tuesday.",
        "The ousted Finnish leader Tomas Hale fled to Oslo.\n\nThe Finnish leader met with"
            + " President Ana Lutz on Wednesday.",
        "Toppled Finnish leader Tomas Hale fled to Oslo.\n\nThe Finnish leader met with President"
            + " Ana Lutz on Wednesday."
      })
  void aHolderOutOfOfficeHoldsNoOfficeNow(String story) {
    assertThat(MadeUpText.namedPairs(story)).as(story).noneMatch(p -> p.contains("Tomas Hale"));
  }

  @Test
  void aFormerForeignPresidentIsNotThePresident() {
    String story =
        "Finnish President Tomas Hale arrived in Oslo on Monday. His predecessor, former Finnish"
            + " President Omar Lind, last visited in 2012.\n\nThe president met with Norwegian"
            + " Prime Minister Ana Lutz for four hours.";
    assertThat(MadeUpText.namedPairs(story)).noneMatch(p -> p.contains("Omar Lind"));
  }

  @Test
  void aFormerHolderOfATitleIsNotWhomTheTitledSurnameNames() {
    String story =
        "Ana Lind met with donors in New York on Tuesday. Her husband, former President Tom"
            + " Lind, did not attend.\n\nWhen President Lind left office in 2001, the couple"
            + " moved.\n\nLind later met with Senate Majority Leader Omar Hale.";
    assertThat(MadeUpText.namedPairs(story)).contains("Ana Lind - Omar Hale");
  }

  @Test
  void theLeaderOfACountryWithTwoHeadsIsNoOneTheRulesCanTell() {
    String story =
        "Finnish President Tomas Hale said the country must stay united. Prime Minister Omar"
            + " Lind has faced protests.\n\nThe Finnish leader met with Secretary of State Ana Lutz"
            + " on Monday.";
    assertThat(MadeUpText.namedPairs(story)).isEmpty();
    String one =
        "Finnish President Tomas Hale arrived on Monday. President Omar Lind hosted him.\n\nThe"
            + " Finnish leader met with Secretary of State Ana Lutz on Monday.";
    assertThat(MadeUpText.namedPairs(one)).contains("Tomas Hale - Ana Lutz"); // same office
  }

  @Test
  void aForeignPresidentNamedAgainByOneNameIsStillForeign() {
    // session 35, review of session 34: "President Xi" after "Chinese President Xi Jinping"
    String story =
        "President Tom Lind arrived in Beijing on Wednesday. Chinese President Wu Anping greeted"
            + " him at the Great Hall, and President Wu hailed the visit.\n\nThe president also met"
            + " with Governor Ana Lutz.";
    assertThat(MadeUpText.namedPairs(story)).contains("Tom Lind - Ana Lutz");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // session 35, review of session 34: an office told to have changed hands
        "Finland's foreign minister, Tom Lind, was replaced last year by Omar Hale.\n\nFinland's"
            + " foreign minister met with Secretary of State Ana Lutz in Washington on Tuesday.",
        "Finnish Prime Minister Tom Lind announced in August that he would step down. His"
            + " successor, Omar Hale, took office on Oct. 1.\n\nThe Finnish prime minister met with"
            + " President Ana Lutz in Lima on Friday."
      })
  void aHolderWhoseOfficeChangedHandsIsNotTheOfficeNow(String story) {
    assertThat(MadeUpText.namedPairs(story)).as(story).noneMatch(p -> p.contains("Tom Lind"));
  }
}
