package org.corpusbot.meetings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The guests a host's "leaders from" stand for, family members told apart by their first names, a
 * kin word's gender, a quoted account that is no one's contact, and social-media handles. Sentences
 * are made up. Each row that finds a contact failed on v127, the build before these rules; the rows
 * that find none guard the rules' limits (the kin row, a wrong guess the first-name rule made
 * before it).
 */
class HostsHandlesAndFamiliesTest {

  /** "hosted leaders from A and B": the countries that sent them, as "the leaders of A and B". */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "President Tomas Varga hosted leaders from Fiji and Samoa on Thursday."
            + " | Tomas Varga - Fiji; Tomas Varga - Samoa",
        "President Tomas Varga welcomed leaders from Fiji, Tonga and Samoa to the palace."
            + " | Tomas Varga - Fiji; Tomas Varga - Tonga; Tomas Varga - Samoa",
        "President Tomas Varga hosted leaders from the Cook Islands and Samoa on Thursday."
            + " | Tomas Varga - Cook Islands; Tomas Varga - Samoa",
        "President Tomas Varga hosted executives from Acme Corp on Thursday."
            + " | Tomas Varga - Acme Corp",
      })
  void aHostsLeadersFromCountriesAreThoseCountries(String row) {
    MadeUpText.assertRow(row);
  }

  /** People of no government, or a town's, are no country's guests. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "President Tomas Varga hosted business leaders from Fiji on Thursday. | ",
        "President Tomas Varga hosted students from Fiji on Thursday. | ",
        "Mayor Tomas Varga hosted officials from Detroit on Thursday. | ",
        // review 54: a country that only qualifies where the people come from
        "President Tomas Varga hosted leaders from the U.S. auto industry on Thursday. | ",
      })
  void othersFromAPlaceAreNoGuestsOfItsGovernment(String row) {
    MadeUpText.assertRow(row);
  }

  /** Two of one family are told apart by first name: "met with Cherelle" is Cherelle Griner. */
  @Test
  void aFamilyMembersFirstNameIsThatPerson() {
    MadeUpText.assertRow(
        "Basketball star Brittney Griner is held abroad. Her wife Cherelle Griner spoke on Monday."
            + " Adviser Tomas Varga and Senator Ilona Brandt met with Cherelle this week."
            + " | Tomas Varga - Cherelle Griner; Ilona Brandt - Cherelle Griner");
  }

  /** A first name two people of the story share, or a lone family name, stands for no one. */
  @Test
  void aSharedFirstNameStandsForNoOne() {
    MadeUpText.assertRow(
        "Cherelle Griner, Brittney Griner, Cherelle Moss and Ana Moss spoke. Adviser Tomas Varga"
            + " met with Cherelle this week. | ");
  }

  /** "his daughter Meadow" is no "he": the father who spoke is. */
  @Test
  void aKinWordGivesTheNamesGender() {
    MadeUpText.assertRow(
        "Andrew Pollack and Meadow Pollack were named. Andrew Pollack, whose daughter Meadow was"
            + " 18 when she was killed, said after her death, he met with Governor Tomas Varga."
            + " | Andrew Pollack - Tomas Varga");
  }

  /** Someone's account quoted in another's letter makes them no writer of it. */
  @Test
  void anAccountCitedInALetterIsNoContactOfItsOwner() {
    MadeUpText.assertRow(
        "Aide Paul Ames testified. Ames's account was cited in the committee's letter to Ilona"
            + " Brandt. | ");
    MadeUpText.assertRow(
        "President Tomas Varga spoke. Varga's speech was delivered hours after meeting with"
            + " President Ilona Brandt. | Tomas Varga - Ilona Brandt");
    // review 54: "described" and "noted" tell of one's own act, not of a quoted account
    MadeUpText.assertRow(
        "President Tomas Varga spoke. Varga's visit was described as a success after talks with"
            + " President Ilona Brandt. | Tomas Varga - Ilona Brandt");
  }

  /** A handle is the person the story names with its words, else someone unnamed. */
  @Test
  void aHandleIsThePersonItNames() {
    MadeUpText.assertRow(
        "Ilona Brandt was nominated. Tomas Varga and Ana Varga spoke with @IlonaBrandt on Monday."
            + " | Tomas Varga - Ilona Brandt; Ana Varga - Ilona Brandt");
    // review 54: a handle with a title or other word before the name
    MadeUpText.assertRow(
        "Gov. Ilona Brandt spoke. Tomas Varga met with @GovIlonaBrandt on Monday."
            + " | Tomas Varga - Ilona Brandt");
    // unread, the handle still keeps the two who spoke to it from being each other's contact
    MadeUpText.assertRow("Tomas Varga and Ana Varga spoke with @CampaignHQ on Monday. | ");
  }
}
