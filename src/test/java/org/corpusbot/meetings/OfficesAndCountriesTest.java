package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A person named after a country's possessive ("met with Ukraine's President Volodymyr Zelensky")
 * and a person named after the office's portfolio ("Secretary of State for Economic Affairs Allen
 * Wallis"). Every sentence is made up; each row failed on v120, the build before these rules.
 */
class OfficesAndCountriesTest {

  /** The country says whose leader the person is; the person is the one met. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Ana Lind met with Chile's President Tomas Varga. | Ana Lind - Tomas Varga",
        "Ana Lind met with Ukraine's President Tomas Varga on Monday. | Ana Lind - Tomas Varga",
        "Ana Lind spoke with Ukraine's Tomas Varga. | Ana Lind - Tomas Varga",
        "Ana Lind held a joint meeting with Japan's Kenji Sato and South Korea's Lee Jae Won."
            + " | Ana Lind - Kenji Sato; Ana Lind - Lee Jae Won",
        "Ana Lind hosted Poland's President Tomas Varga at her office on Wednesday."
            + " | Ana Lind - Tomas Varga",
      })
  void aPersonAfterACountrysPossessiveIsTheOneMet(String row) {
    MadeUpText.assertRow(row);
  }

  /** Something of the person's is still no one met. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Ana Lind met with Ukraine's President Tomas Varga's chief of staff. | ",
        "Ana Lind hosted Poland's President Tomas Varga's aides. | ",
        // the person only qualifies the noun after him (review 53)
        "Ana Lind met with Israel's Tomas Varga government. | ",
        "Ana Lind hosted Israel's Tomas Varga government. | ",
      })
  void somethingOfThePersonsIsNoOneMet(String row) {
    MadeUpText.assertRow(row);
  }

  /** The portfolio an office is "for" or "of" ends the title; the person's name follows it. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Under-Secretary of State for Economic Affairs Allen Walton met Kenji Sato on Monday."
            + " | Allen Walton - Kenji Sato",
        "Minister of Energy and Mines Arturo Hernan Grisal met Oil Minister Hisham Nadir."
            + " | Arturo Hernan Grisal - Hisham Nadir",
        "Special Representative for Ukraine's Economic Recovery Penny Prosser met with Tomas"
            + " Varga. | Penny Prosser - Tomas Varga",
        "Assistant Secretary of State for European Affairs Rosa Ridley met Deputy Foreign Minister"
            + " Alexei Bessmer. | Rosa Ridley - Alexei Bessmer",
        "Minister for Foreign Affairs Penny Wong met Kenji Sato. | Penny Wong - Kenji Sato",
        "Under Secretary of State for Political Affairs Vera Nolan met Sergei Ryabin."
            + " | Vera Nolan - Sergei Ryabin",
        "Special Presidential Envoy for Hostage Affairs Roger Carsen met with Paul Whelan."
            + " | Roger Carsen - Paul Whelan",
        // the surname alone later is the name without the portfolio, too
        "Under-Secretary of State for Economic Affairs Allen Walton told reporters so. Walton made"
            + " the remark in talks with Kenji Sato. | Allen Walton - Kenji Sato",
      })
  void thePortfolioOfAnOfficeIsNoPartOfTheName(String row) {
    MadeUpText.assertRow(row);
  }

  @Test
  void aRoleWithoutANameIsNoPerson() {
    assertThat(
            MadeUpText.names(
                "Rick Lorsen said he met with the San Francisco Consul General in Seattle."))
        .containsExactly("Rick Lorsen");
    // a surname that is also a title word is still a name
    MadeUpText.assertRow(
        "Rick Lorsen met with Martin Luther King in Selma. | Rick Lorsen - Martin Luther King");
  }

  @Test
  void aPersonOfAStateOfTwoWordsIsAPersonNotAPlace() {
    // "Island" ends places ("Rhode Island"), and took the senator before "of" with it
    MadeUpText.assertRow(
        "Ana Lind met with Sens. Tomas Varga of Minnesota and Paul Ames of Rhode Island."
            + " | Ana Lind - Tomas Varga; Ana Lind - Paul Ames");
    assertThat(
            MadeUpText.evidence(
                "Ana Lind met with Paul Ames of Rhode Island at the University of Rhode Island."))
        .hasSize(1);
    assertThat(MadeUpText.names("Ana Lind met with Paul Ames of Rhode Island."))
        .containsExactlyInAnyOrder("Ana Lind", "Paul Ames");
  }

  /** A letter of intent signed with someone is signed by the subject (session 53). */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Borealis Mining Co said it signed a letter of intent with Zenith Alloy Corp for the sale"
            + " of its Ohio business. | Borealis Mining Co - Zenith Alloy Corp",
        "Borealis Mining Co signed a letter of intent with Zenith Alloy Corp on Monday."
            + " | Borealis Mining Co - Zenith Alloy Corp",
        // the suffix after a comma is the name's, no one of its own
        "Petroleos de Borduria, S.A. signed a letter of intent with Zenith Alloy Corp on Monday."
            + " | Petroleos de Borduria - Zenith Alloy Corp",
        // co-signers "along with" are one side; "a signed letter" is no one's act in the clause
        "Rep. Paul Ames of Texas, who signed the letter along with 10 other House Republicans,"
            + " spoke. | ",
        "Over 100 retired Borealian diplomats wrote in a signed letter to Premier Li Wen. | ",
        // audit 53c: a firm "and Associates" is one name; a people's possessive opens a body's
        "Azure Ventures Ltd said it signed a letter of intent with Paul Ames and Associates Inc"
            + " on Monday. | Azure Ventures Ltd - Paul Ames and Associates Inc",
        "Groups including the Women's National Rowing Association sent a letter to Premier Li"
            + " Wen. | Women's National Rowing Association - Li Wen",
      })
  void aLetterOfIntentSignedWithSomeoneIsTheSubjects(String row) {
    MadeUpText.assertRow(row);
  }
}
