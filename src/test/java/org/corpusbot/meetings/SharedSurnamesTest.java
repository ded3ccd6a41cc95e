package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A surname two people of one story share: whom the surname alone stands for. Every sentence is
 * made up.
 */
class SharedSurnamesTest {
  private static Set<String> pairs(String text) {
    return MadeUpText.sortedPairs("T", text);
  }

  private static Set<String> pairs(String title, String text) {
    return MadeUpText.sortedPairs(title, text);
  }

  @Test
  void aJuniorNamedFirstKeepsHisSurnameFromARelativeNamedLater() {
    // the relative was the surname's holder because a junior only took it when no one else had it
    assertThat(
            pairs(
                "Senators will question Tomas R. Varga Jr. this week. His cousin, Ilona Varga,"
                    + " opposes him. Sen. Ann Holt wrote Varga a letter on Monday."))
        .containsExactly("Ann Holt – Tomas R. Varga Jr");
  }

  @Test
  void theFatherOrTheJuniorsOwnShortNameStillHoldsIt() {
    assertThat(
            pairs(
                "Ferdinand Ostrava opened the port in 1980. Ferdinand Ostrava Jr. later ran it."
                    + " Ostrava met Premier Li Wen in Beijing on Monday."))
        .containsExactly("Ferdinand Ostrava – Li Wen");
    assertThat(
            pairs(
                "Joseph R. Enberg Jr. won the race. Joe Enberg then visited Kyiv. Enberg met"
                    + " Volodymyr Zelensky there."))
        .containsExactly("Joe Enberg – Volodymyr Zelensky");
  }

  @Test
  void aSurnameBeforeTheTextNamesAnyoneOfItInFullIsTheHeadlines() {
    // the reader has read only the headline; "Joe Varga" named later in the text is the father
    String text =
        "Ilona Buhle and Varga met in their 20s in Prague. Buhle described a warm relationship"
            + " with Joe Varga, his father. Her marriage to Hunter Varga ended in 2017.";
    assertThat(pairs("Hunter Varga's ex-wife details marriage in memoir", text))
        .containsExactly("Hunter Varga – Ilona Buhle");
    // after the text names someone in full, the surname is that person's, headline or not
    assertThat(
            pairs(
                "Hunter Varga's ex-wife details marriage in memoir",
                "Joe Varga spoke first. Ilona Buhle and Varga met in Prague."))
        .containsExactly("Ilona Buhle – Joe Varga");
  }

  @Test
  void aSeniorNamedFirstOrARelativeWithAnotherFirstNameLeavesTheSurname() {
    assertThat(
            pairs(
                "William H. Gates Sr., the lawyer, died in 2020. His son Bill Gates flew to"
                    + " Beijing. Gates met with Chinese President Xi Jinping on Friday."))
        .containsExactly("Bill Gates – Xi Jinping");
    assertThat(
            pairs(
                "President Joseph R. Biden Jr. hosted a state dinner on Thursday. First lady Jill"
                    + " Biden chose the menu. Mr. Biden met with Kenyan President William Ruto."))
        .containsExactly("Joseph R. Biden Jr – William Ruto");
  }

  @Test
  void aTitledSurnameIsNeverARelativeTheHeadlineNames() {
    assertThat(
            pairs(
                "Ivanka Trump joins father at DMZ",
                "Mr. Trump met Kim Jong Un at the border on Sunday. President Donald Trump later"
                    + " flew to Seoul."))
        .containsExactly("Donald Trump – Kim Jong Un");
  }

  @Test
  void aCourtesyTitleGoesToTheOneOfTheSurnameItFits() {
    // "Mrs." is not the husband named first in the text; the headline names her
    assertThat(
            pairs(
                "Susan Varga meets Macron in Paris",
                "Mrs. Varga met with French President Emmanuel Macron in Paris on Tuesday. Her"
                    + " husband, former Governor Peter Varga, stayed in Prague."))
        .containsExactly("Emmanuel Macron – Susan Varga");
    assertThat(
            pairs(
                "Susan Varga spoke first. Peter Varga ran in 1992. Mr. Varga met with Premier"
                    + " Li Wen on Monday."))
        .containsExactly("Li Wen – Peter Varga");
    // an office says nothing of whom it is: "Chairman" may be either (review 53)
    assertThat(
            pairs(
                "Rep. Mary Varga chairs the panel. Her husband Peter Varga is a lawyer. Chairman"
                    + " Varga met with Premier Li Wen on Monday."))
        .containsExactly("Li Wen – Mary Varga");
    // no one of the surname the title fits is named in full: the surname alone, not the husband
    assertThat(pairs("Peter Varga spoke first. Mrs. Varga met with Premier Li Wen on Monday."))
        .containsExactly("Li Wen – Varga");
  }
}
