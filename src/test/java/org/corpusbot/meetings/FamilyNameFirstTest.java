package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names written family name first ("Xi Jinping" … "Xi met Biden"), found from how the article uses
 * them, and the look-alikes that must not be taken so: a city named with its newspaper, a company
 * named in full further on, a place; and plans phrased as what will happen when two meet. Every
 * text is made up; a row is the text, " | ", and the named pairs expected, separated by "; ".
 */
class FamilyNameFirstTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        // the first word stands alone, the last never does: family name first
        "Chinese leader Wu Jianhong arrived in Bali on Monday. Later, Wu met Joe Lind face-to-face."
            + " | Wu Jianhong - Joe Lind",
        "Wu Jianhong landed in Bali. Ana Vick said it was fine. For Wu, the key message he wanted"
            + " to send home was set when he met Joe Lind. | Wu Jianhong - Joe Lind",
        // and a "he" after the name used alone finds him
        "Wu Jianhong landed in Bali. Wu met Ana Vick on Monday. \"It went well,\" analyst Sara"
            + " Brun said. Later, Wu toured the port. He also met Joe Lind. | Wu Jianhong - Ana Vick;"
            + " Wu Jianhong - Joe Lind",
        // a region's name: its first word alone is the same place
        "Sen. Tom Lind toured Harlan Province in May. He said he had visited Harlan twice. | ",
        // an office is no one named
        "Sen. Tom Lind held talks with the visiting European Council President on Monday. | ",
        // the last word stands alone: the usual order, and the first word alone is no one known
        "Joe Lind arrived on Monday. Lind met Ana Vick. Later, Joe met Sara Brun. | Joe Lind - Ana"
            + " Vick",
        // a town before its state is a place, not the short name of a body named after it
        "The Harlow Volunteer Fire Department sent a truck. Sen. Tom Lind visited Harlow,"
            + " Pennsylvania, on Monday. | ",
        // plans are no contacts, however they are phrased
        "Wu Jianhong and Joe Lind are to meet again at a regional summit in Samarkand. | ",
        "The topic will be at the top of Lind's agenda on Saturday when President Tom Lind meets"
            + " with Ana Vick. | ",
        "Trade will be a topic when President Tom Lind and Chancellor Ana Vick hold a series of"
            + " meetings beginning Monday with Sara Brun. | ",
        // a past contact in a "when" clause happened
        "Trade will be a topic, Tom Lind said when he met with Ana Vick on Monday. | Tom Lind - Ana"
            + " Vick",
        "Officials did not make such an offer when Tom Lind held talks with Ana Vick this week, but"
            + " analysts said they would. | Tom Lind - Ana Vick"
      })
  void familyNamesFirstAndTheirLookAlikes(String row) {
    MadeUpText.assertRow(row);
  }

  @Test
  void aPlaceANewspaperAndACompanyAreNoFamilyNames() {
    Lexicons lex = Lexicons.get();
    NameRegistry paper =
        new NameRegistry(
            "The Harlowton Sun reported it first. Tom Lind, an activist in Harlowton, met Ana Vick.",
            lex);
    assertThat(paper.fullName("Harlowton")).isNull();
    NameRegistry company =
        new NameRegistry(
            "Brenner Tyre and Rubber Co said it expects a profit. Brenner Tyre shares rose. Brenner"
                + " said so.",
            lex);
    assertThat(company.fullName("Brenner")).isNotEqualTo("Brenner Tyre");
    NameRegistry person =
        new NameRegistry("Chinese leader Wu Jianhong spoke. Wu said so. Wu left.", lex);
    assertThat(person.fullName("Wu")).isEqualTo("Wu Jianhong");
  }
}
