package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How a name is read where earlier audits judged a pair wrong: a surname with a capital inside, a
 * journalist named before the outlet, an acronym that names a kind of thing. Every sentence is made
 * up.
 */
class NameReadingTest {
  private static Set<String> pairs(String text) {
    return MadeUpText.sortedPairs("T", text);
  }

  private static Set<String> names(String text) {
    return MadeUpText.names(text);
  }

  @Test
  void aSurnameWithACapitalInsideOpensTheSentenceThatTheNextSheFollows() {
    // "McAllister" was looked for as "Mcallister", so the sentence it opens had no subject and
    // "She" went to the person named before it
    assertThat(
            pairs(
                "Senator Dana McAllister spoke at noon. Gov. Raul Ostrom flew in later. McAllister"
                    + " told reporters on Tuesday she was making progress. She had left a meeting"
                    + " with Speaker Ana Lind."))
        .containsExactly("Ana Lind – Dana McAllister");
  }

  @Test
  void aJournalistNamedBeforeTheOutletInterviewsAsOneNamedAfterIt() {
    assertThat(pairs("Ana Brill of CNN met with Joe Biden on Monday.")).isEmpty();
    assertThat(pairs("CNN's Ana Brill met with Joe Biden on Monday.")).isEmpty();
    // not the outlet's when "of" names something else
    assertThat(pairs("Ana Brill of Ohio met with Joe Biden on Monday."))
        .containsExactly("Ana Brill – Joe Biden");
  }

  @Test
  void anAcronymAfterAOrAnIsAKindOfThingNotABody() {
    assertThat(names("Under Secretary Ron Mott and Deputy Director Sam Bray speak with a UAP."))
        .doesNotContain("UAP")
        .contains("Ron Mott", "Sam Bray");
    assertThat(pairs("Ana Lind met with NATO in Brussels.")).containsExactly("Ana Lind – NATO");
    assertThat(pairs("Ana Lind met with an FBI agent in Dallas.")).isEmpty();
  }

  @Test
  void aSurnameIsFoundCapitalisedOrWithEitherApostrophe() {
    assertThat(
            pairs(
                "Senator Dana McAllister spoke at noon. Gov. Raul Ostrom flew in later. Mcallister"
                    + " told reporters on Tuesday she was making progress. She had left a meeting"
                    + " with Speaker Ana Lind."))
        .containsExactly("Ana Lind – Dana McAllister");
    assertThat(
            pairs(
                "Rep. Tom O’Brien spoke at noon. Gov. Raul Ostrom flew in later. O'Brien told"
                    + " reporters on Tuesday he was making progress. He had left a meeting with"
                    + " Speaker Ana Lind."))
        .containsExactly("Ana Lind – Tom O’Brien");
    // the full name and the surname alone written with different apostrophes (second review 52)
    assertThat(
            pairs(
                "Conan O’Brien hosted the show on Sunday. O'Brien said he met with Jimmy Kimmel"
                    + " backstage."))
        .containsExactly("Conan O’Brien – Jimmy Kimmel");
    assertThat(
            pairs(
                "Tip O'Neill spent the weekend in Boston. O’Neill said he met with Sen. Ted Kennedy"
                    + " on Sunday."))
        .containsExactly("Ted Kennedy – Tip O'Neill");
  }

  @Test
  void aJournalistOfAnOutletLeavesANamesakeAndTheOutletsOwnersAlone() {
    assertThat(
            pairs(
                "Chancellor Jeremy Hunt spoke on Monday. Kasie Hunt of CNN asked him about it. Hunt"
                    + " met Olaf Scholz in Berlin on Tuesday."))
        .containsExactly("Jeremy Hunt – Olaf Scholz");
    assertThat(pairs("Dana Walden of NBC Universal met with Bob Iger on Monday."))
        .containsExactly("Bob Iger – Dana Walden");
    // the outlet's own second word is still the outlet (second review 52)
    assertThat(pairs("Kristen Welker of NBC News met with Donald Trump on Monday.")).isEmpty();
  }

  @Test
  void anAcronymQualifyingANounAfterAIsStillTheBody() {
    assertThat(names("Members of a US negotiating team met with Russian officials in Riyadh."))
        .contains("United States");
    assertThat(names("Ana Lind met with a NATO, EU and UN team in Kyiv.")).contains("NATO");
  }

  @Test
  void aNameOpenedByOneInitialOrAfterASentencesFirstWordIsKnownInFull() {
    assertThat(
            pairs(
                "When E. Jean Carroll took the stand Wednesday, she spoke. In her book, Carroll"
                    + " says that she had only met Donald Trump once before."))
        .containsExactly("Donald Trump – E. Jean Carroll");
    // dotted initials are one word of a name (v119): "J.D. Vance", "George H.W. Bush"
    assertThat(pairs("J.D. Vance spoke on Monday. Vance met Volodymyr Zelensky in Munich."))
        .containsExactly("J.D. Vance – Volodymyr Zelensky");
    assertThat(
            pairs(
                "Queen Elizabeth II hosted many presidents. George H.W. Bush: Bush visited the"
                    + " Queen at Buckingham Palace in 1989. George W. Bush: Bush later visited"
                    + " Windsor Castle."))
        .contains("Elizabeth II – George H.W. Bush");
    // the last letter of dotted initials opens no name: "U.K. Prime Minster" (sic) is no one
    assertThat(
            names(
                "U.K. Prime Minster Boris Johnson spoke on Monday. Johnson said he spoke to"
                    + " Volodymyr Zelenskyy about next steps."))
        .noneMatch(n -> n.startsWith("K."));
  }
}
