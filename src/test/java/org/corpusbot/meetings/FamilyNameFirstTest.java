package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names written family name first ("Xi Jinping" … "Xi met Biden"), found from how the article uses
 * them, and the look-alikes that must not be taken so: a city named with its newspaper, a company
 * named in full further on, a place. Every text is made up; a row is the text, " | ", and the named
 * pairs expected, separated by "; ".
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
        // the last word stands alone: the usual order, and the first word alone is no one known
        "Joe Lind arrived on Monday. Lind met Ana Vick. Later, Joe met Sara Brun. | Joe Lind - Ana"
            + " Vick",
        // plans are no contacts, however they are phrased
        "Wu Jianhong and Joe Lind are to meet again at a regional summit in Samarkand. | "
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
