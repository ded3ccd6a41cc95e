package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.corpusbot.corpus.Article;
import org.junit.jupiter.api.Test;

/**
 * Names as the contact rules must read them on articles nobody tuned on: organisations by suffix,
 * ticker and "and" inside a name, countries for their officials, places that are buildings, titles
 * and regnal numbers. Every sentence is made up.
 */
class NameRulesTest {
  static final LocalDate DATE = LocalDate.of(2024, 3, 15);
  private final MeetingExtractor extractor = new MeetingExtractor();

  private List<ContactEvent> extract(String text) {
    return extractor.extract(new Article("t", "T", DATE, null, null, List.of(), text, null));
  }

  /** Every participant pair, as "A – B" with the two names sorted. */
  private Set<String> pairs(String text) {
    return extract(text).stream()
        .flatMap(e -> e.pairs().stream())
        .map(p -> p.stream().map(Participant::name).sorted().collect(Collectors.joining(" – ")))
        .collect(Collectors.toSet());
  }

  private Set<String> names(String text) {
    return extract(text).stream()
        .flatMap(e -> e.participants().stream())
        .map(Participant::name)
        .collect(Collectors.toSet());
  }

  @Test
  void aCompanyThatSaysItsTalksHaveEndedIsOneSideOfThem() {
    assertThat(pairs("Acme Medical Inc said merger talks with Borealis Health Corp have ended."))
        .containsExactly("Acme Medical Inc – Borealis Health Corp");
    assertThat(
            pairs(
                "Halvor Pumps AG <HALV.F> said negotiations with Borealis Health Corp <BORH.O> over a"
                    + " joint venture have reached an advanced stage."))
        .containsExactly("Borealis Health Corp – Halvor Pumps AG");
    assertThat(
            pairs(
                "Tarvik Mills Inc said based on recent talks with Castor Metals SA, it expects the"
                    + " venture to end."))
        .containsExactly("Castor Metals SA – Tarvik Mills Inc");
  }

  @Test
  void aCompanyNamedByItsFirstWordIsTheCompanyTheArticleNamedInFull() {
    assertThat(
            pairs(
                "Orlen Mining Ltd owns a smelter in Quebec. Orlen broke off talks last night with"
                    + " Castor Metals Corp, the people said."))
        .containsExactly("Castor Metals Corp – Orlen Mining Ltd");
  }

  @Test
  void aSeatOfOfficeEndsBeforeAPersonTheArticleNamesInFull() {
    String text =
        "Aides to Judge Mara Ellison said she was nominated on Friday.\n\nWhite House counsel"
            + " Dana Remus reached out to Ellison on January 30. In addition to the interview at the"
            + " White House Ellison did with President Tom Reyes, she also met with Remus that day,"
            + " and she met with Vice President Ada Quinn via Zoom on February 11.";
    // "White House Ellison" was one name, so "she" was taken for Remus, who met no one
    assertThat(pairs(text)).contains("Dana Remus – Mara Ellison", "Ada Quinn – Mara Ellison");
    // a name that merely starts with a seat stays whole
    assertThat(names("Senators met with White House Counsel staff on Monday.")).isEmpty();
  }

  @Test
  void anAndInsideANameDoesNotSplitIt() {
    assertThat(
            pairs(
                "Karl Brenner met the Securities and Exchange Commission on Monday to discuss the"
                    + " filing."))
        .containsExactly("Karl Brenner – Securities and Exchange Commission");
    assertThat(pairs("Anna Berg held talks with the House Ways and Means Committee on Tuesday."))
        .containsExactly("Anna Berg – House Ways and Means Committee");
    assertThat(pairs("Tarvik Holdings Inc said it has had talks with Brenner and Co last week."))
        .containsExactly("Brenner and Co – Tarvik Holdings Inc");
  }

  @Test
  void officialsOfACountryAreThatCountry() {
    assertThat(pairs("Finance Minister Lena Kowal held talks with Canadian officials on Monday."))
        .containsExactly("Canada – Lena Kowal");
    assertThat(pairs("Omar Lind met a Chinese delegation in Oslo on Tuesday."))
        .containsExactly("China – Omar Lind");
  }

  @Test
  void aDatelineInCapitalsIsNeverAParticipant() {
    assertThat(names("OSLO — On the menu at the palace for visiting President Omar Lind: fish."))
        .containsExactly("Omar Lind");
    assertThat(names("KRAKOW, Poland (Reuters) - Anna Berg met Omar Lind on Tuesday."))
        .containsExactlyInAnyOrder("Anna Berg", "Omar Lind");
  }

  @Test
  void castlesPalacesAndCountriesWithADemonymInTheirNameArePlaces() {
    assertThat(
            names(
                "Queen Ingrid Solberg met them at Rosenholm Castle during their visit to Norway"
                    + " with Omar Lind."))
        .containsExactlyInAnyOrder("Ingrid Solberg", "Omar Lind");
    assertThat(extract("Queen Ingrid Solberg met President Omar Lind at Rosenholm Castle."))
        .singleElement()
        .satisfies(e -> assertThat(e.place()).isEqualTo("Rosenholm Castle"));
    assertThat(
            names(
                "Anna Berg visited Saudi Arabia and met Crown Prince Faisal bin Karim on Monday."))
        .doesNotContain("Arabia")
        .contains("Faisal bin Karim");
    assertThat(names("Omar Lind met South African scientists in the Lindgren Building."))
        .contains("Omar Lind")
        .doesNotContain("South African", "Lindgren Building");
  }

  @Test
  void regnalNumbersAndShortTitlesBelongWhereTheyDo() {
    assertThat(pairs("King Harald VII met Prime Minister Anna Berg at the palace on Monday."))
        .containsExactly("Anna Berg – Harald VII");
    assertThat(pairs("Gov. Anna Berg met with Rep. Tom Lind on Thursday."))
        .containsExactly("Anna Berg – Tom Lind");
    assertThat(pairs("Members of the Harbor Caucus met with Tom Lind on Thursday."))
        .containsExactly("Harbor Caucus – Tom Lind");
  }

  @Test
  void aTickerOrACompanysOfficialsStandForTheCompany() {
    assertThat(
            names(
                "Orvik Group Inc met Halden Foods Corp <HALF> on Monday. Orvik Group Inc held talks"
                    + " with HALF again on Tuesday."))
        .containsExactlyInAnyOrder("Halden Foods Corp", "Orvik Group Inc");
    assertThat(
            pairs(
                "Orvik Group Inc said its representatives had met with Halden Foods Corp officials"
                    + " on Monday."))
        .isNotEmpty()
        .allMatch(p -> p.contains("Halden Foods Corp"));
    assertThat(
            pairs(
                "President Omar Lind met in the palace with officials from the Department of"
                    + " Fisheries on Monday."))
        .containsExactly("Department of Fisheries – Omar Lind");
  }

  @Test
  void aPersonOfAPlaceAndAPersonNamedOnceWithATitle() {
    assertThat(pairs("Anna Berg met Senator Tom Lind of Vermont on Monday."))
        .containsExactly("Anna Berg – Tom Lind");
    assertThat(
            pairs(
                "President Harlan arrived in Oslo on Monday. Officials said Harlan met Anna Berg on"
                    + " Tuesday."))
        .containsExactly("Anna Berg – Harlan");
  }

  @Test
  void aCountrysNegotiatorsBesideOneOfItsPeopleAreNotASecondParticipant() {
    assertThat(pairs("Tom Lind held talks with Olav Berg and Norwegian negotiators on Monday."))
        .containsExactly("Olav Berg – Tom Lind");
  }

  @Test
  void thoseSomeoneUnnamedHeldTalksWithDidNotMeetEachOther() {
    assertThat(
            pairs(
                "The deficit would be cut after current talks with the Halden Fund and the Orvik"
                    + " Bank, he said."))
        .isEmpty();
  }

  @Test
  void savingsAndLoanAndASpeakerPastItsAppositive() {
    assertThat(
            pairs(
                "Tarvik Savings and Loan Association said it is in talks with Orvik Savings and Loan"
                    + " Insurance Corp on a merger."))
        .containsExactly(
            "Orvik Savings and Loan Insurance Corp – Tarvik Savings and Loan Association");
    assertThat(
            pairs(
                "Orvik Group Inc, a firm with a stake in Halden Foods Corp, said it has had talks"
                    + " with Tarvik Mills Inc on a merger."))
        .containsExactly("Orvik Group Inc – Tarvik Mills Inc");
  }

  @Test
  void aFirmOfPartnersOrTradesJoinedByAndIsOneName() {
    assertThat(pairs("Orvik Group Inc said it held talks with Halvik and Tarn Inc on a merger."))
        .containsExactly("Halvik and Tarn Inc – Orvik Group Inc");
    assertThat(
            pairs("Orvik Group Inc said it held talks with Tarvik Tire and Rubber Co on a merger."))
        .containsExactly("Orvik Group Inc – Tarvik Tire and Rubber Co");
    assertThat(pairs("Orvik Group Inc said it held talks with Tarvik Mast and Lund Inc yesterday."))
        .containsExactly("Orvik Group Inc – Tarvik Mast and Lund Inc");
    // an outlet's word inside a firm named by its trades: the firm, not an interview
    assertThat(
            pairs(
                "Orvik Group Inc said it held talks with Tarvik Telephone and Telegraph Co on a"
                    + " merger."))
        .containsExactly("Orvik Group Inc – Tarvik Telephone and Telegraph Co");
    // review 51: a firm known on its own before the "and" is a firm of its own
    assertThat(pairs("Orvik Inc held talks with both Boeing and Tarn Corp on Monday."))
        .containsExactlyInAnyOrder("Boeing – Orvik Inc", "Orvik Inc – Tarn Corp");
    assertThat(pairs("Orvik Inc held talks with Garnet Motors and Tarn Corp on Monday."))
        .containsExactlyInAnyOrder("Garnet Motors – Orvik Inc", "Orvik Inc – Tarn Corp");
    assertThat(pairs("Orvik Inc held talks with GM and Tarn Corp on Monday."))
        .containsExactlyInAnyOrder("GM – Orvik Inc", "Orvik Inc – Tarn Corp");
    // two firms, each with its suffix; a person before the "and", by a first name or by a
    // surname the article gives him elsewhere
    assertThat(pairs("Talks between Orvik Inc and Tarn Corp ended, the companies said."))
        .containsExactly("Orvik Inc – Tarn Corp");
    assertThat(pairs("Orvik Inc held talks with Tom Berg and Tarn Corp, the company said."))
        .contains("Orvik Inc – Tom Berg", "Orvik Inc – Tarn Corp");
    assertThat(
            pairs(
                "Orvik Inc held talks with Olav Berg and Tarn Corp, the company said. Chairman Olav"
                    + " Berg declined to comment."))
        .contains("Olav Berg – Orvik Inc", "Orvik Inc – Tarn Corp");
  }

  @Test
  void aDatesYearBetweenCommasDoesNotEndWhomOneMet() {
    assertThat(
            pairs(
                "Lawyer Tom Lind and aide Olav Berg were charged. Lind met on Jan. 5, 2021, with"
                    + " Berg and Anna Vale to ask for help."))
        .containsExactlyInAnyOrder("Olav Berg – Tom Lind", "Anna Vale – Tom Lind");
  }

  @Test
  void aBodySpeakingOfItsOwnTalksIsASide() {
    assertThat(pairs("Orvik Group Inc said its talks with Tarvik Mills Inc had ended."))
        .containsExactly("Orvik Group Inc – Tarvik Mills Inc");
    // an outlet's "its" is its own story's
    assertThat(names("The Harbor Times said its reporters met with Tarvik Mills Inc officials."))
        .doesNotContain("Harbor Times");
  }

  @Test
  void aFirmInAngleBracketsStaysInItsList() {
    // Reuters brackets unlisted firms: "A and <B>" had lost A
    assertThat(
            pairs("Orvik Group Inc and <Tarvik Mills Inc> said they met on Monday to discuss it."))
        .containsExactly("Orvik Group Inc – Tarvik Mills Inc");
    assertThat(pairs("<Orvik Group Inc> and <Tarvik Mills Inc> said they ended merger talks."))
        .containsExactly("Orvik Group Inc – Tarvik Mills Inc");
    // a ticker in brackets is no firm of its own; "AB", "Oy", "BV", "Pty" are company suffixes
    assertThat(
            pairs(
                "Sweden's Orvik AB <ORV.ST> and Tarvik Mills SA of Belgium have finalised"
                    + " negotiations on a merger."))
        .containsExactly("Orvik AB – Tarvik Mills SA of Belgium");
    assertThat(pairs("Tarvik Mills SA said it held talks with Halden Oy on Monday."))
        .containsExactly("Halden Oy – Tarvik Mills SA");
  }

  @Test
  void aUnionNamedBeforeTheWordUnionOpensAListOfSides() {
    assertThat(
            pairs(
                "The Harbour Auto Workers union and Tarvik Mills Inc resumed contract talks on"
                    + " Monday."))
        .containsExactly("Harbour Auto Workers – Tarvik Mills Inc");
    assertThat(
            pairs("The Harbour Steelworkers union and Tarvik Mills Inc resumed talks on Monday."))
        .containsExactly("Harbour Steelworkers – Tarvik Mills Inc");
    // a name qualifying a noun that is no body is still no side
    assertThat(
            names(
                "The Harbour Steelworkers strikers and Tarvik Mills Inc resumed talks on Monday."))
        .containsExactly("Tarvik Mills Inc");
  }

  @Test
  void modifiersRegionsPlansAndANewClauseAreNotParticipants() {
    assertThat(
            names(
                "Anna Berg touted her Texas agenda in Tarvik and met privately with GOP state"
                    + " lawmakers."))
        .contains("Anna Berg")
        .doesNotContain("Texas", "GOP");
    assertThat(
            pairs(
                "Tom Lind met with members of the Harbor Caucus, and Anna Berg apologized at a"
                    + " meeting to Omar Lind."))
        .contains("Harbor Caucus – Tom Lind")
        .doesNotContain("Anna Berg – Tom Lind");
    assertThat(names("Anna Berg visited the South Pacific and met the Clean Harbor Plan team."))
        .doesNotContain("South Pacific", "Clean Harbor Plan");
    assertThat(names("Omar Lind met virtually with members of the Group of 7 on Monday."))
        .contains("Group of 7");
  }

  @Test
  void speakingWithSomeoneIsAContactButSpeakingToTheMediaIsNot() {
    assertThat(pairs("Tom Lind spoke with President Omar Lindqvist on Monday about the strike."))
        .containsExactly("Omar Lindqvist – Tom Lind");
    assertThat(pairs("Tom Lind spoke to CNN on Monday about the strike.")).isEmpty();
    assertThat(
            pairs(
                "Tom Lind spoke to reporters on Monday in a briefing with Senator Anna Berg of"
                    + " Vermont."))
        .isEmpty();
  }

  @Test
  void namesWithParticlesRegnalNumbersAndANationalityBeforeATitle() {
    assertThat(
            pairs(
                "President Garcia had spoken by telephone with Mexican President Miguel de la"
                    + " Madrid, an aide said."))
        .containsExactly("Garcia – Miguel de la Madrid");
    assertThat(
            pairs(
                "Queen Ingrid II of Norland arrived on Monday. Later Ingrid met Prime Minister Anna"
                    + " Berg in the palace."))
        .containsExactly("Anna Berg – Ingrid II");
    assertThat(pairs("Anna Berg met with Ukrainian first lady Olena Holub on Monday."))
        .containsExactly("Anna Berg – Olena Holub");
    assertThat(pairs("Anna Berg visited Norland and met its de facto leader Prince Karl Holm."))
        .contains("Anna Berg – Karl Holm");
  }

  @Test
  void aVisitToACountryOrABuildingMeetsNoOne() {
    assertThat(pairs("Prime Minister Anna Berg visited the United Arab Emirates on Monday."))
        .isEmpty();
    assertThat(pairs("When Anna Berg visited the White House in February, she spoke of trade."))
        .isEmpty();
  }

  @Test
  void pressCallsAndInterviewsAreNotContacts() {
    assertThat(
            pairs("Tom Lind spoke on Tuesday in a press call with Senator Anna Berg of Vermont."))
        .isEmpty();
    assertThat(pairs("Tom Lind spoke with CNN's Anna Berg on Sunday.")).isEmpty();
  }

  @Test
  void sentenceOpenersDescriptorsAndQualifierNamesAreReadRight() {
    assertThat(
            pairs(
                "Treasury Secretary Tom Lind flew home. Although Lind appeared to patch over the"
                    + " rift at a meeting with Danish officials Monday, he still faced criticism."))
        .containsExactly("Denmark – Tom Lind");
    assertThat(pairs("Saito visited the European Community and met Tom Lind there."))
        .doesNotContain("European Community – Tom Lind");
    assertThat(names("Anna Berg held talks with the European Community on Monday."))
        .contains("European Community");
    assertThat(
            pairs(
                "Orlen Mining Ltd said on Monday it would sell. Calgary-based Orlen's plan was"
                    + " delayed. Orlen responded by suspending discussions with Castor Metals Corp on Monday."))
        .containsExactly("Castor Metals Corp – Orlen Mining Ltd");
  }

  @Test
  void aSurnameNamedInFullOnlyInTheHeadlineIsThatPerson() {
    List<ContactEvent> events =
        extractor.extract(
            new Article(
                "t",
                "Gretel Ahlberg meets Omar Lind in Oslo",
                DATE,
                null,
                null,
                List.of(),
                "Ahlberg met with President Omar Lind on Thursday in Oslo.",
                null));
    assertThat(events)
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.participants())
                    .extracting(Participant::name)
                    .containsExactly("Gretel Ahlberg", "Omar Lind"));
  }

  @Test
  void aNewsOutletsJournalistIsNoContact() {
    assertThat(
            pairs(
                "President Omar Lind spoke with CNN's Anna Berg on Monday. Later Lind spoke to"
                    + " Berg again about the strike."))
        .isEmpty();
  }

  @Test
  void aLetterToldAndADigestsDatelines() {
    assertThat(
            pairs(
                "Talks went on in Geneva.\n\nOSLO - Chancellor Ida Brandt told President Omar"
                    + " Lind in a letter that Norland backed the pact."))
        .containsExactly("Ida Brandt – Omar Lind");
    assertThat(
            pairs(
                "Chief of staff Tom Lind has had conversations about the budget with Senator Anna"
                    + " Berg of Vermont."))
        .containsExactly("Anna Berg – Tom Lind");
  }

  @Test
  void aNameEndingAFrontedPhraseIsNoSubjectAndTheNewKingIsTheKingNamed() {
    assertThat(
            pairs(
                "Before meeting with Omar Lind, the Crown Prince paid a courtesy call on Prime"
                    + " Minister Anna Berg. Crown Prince Karl Holm left on Friday."))
        .contains("Karl Holm – Omar Lind")
        .doesNotContain("Anna Berg – Omar Lind");
    assertThat(
            pairs(
                "King Harald VII was crowned on Monday. Anna Berg held talks with the new king on"
                    + " Tuesday."))
        .containsExactly("Anna Berg – Harald VII");
  }

  @Test
  void aSurnameStaysThePersonBesideAnOrganisationItStarts() {
    // "Varga" opens the name of an office here, but the article names Dora Varga in full
    String text =
        "Former President Dora Varga left office in 2019. Staff of the Varga White House said"
            + " little. On Monday, Lenz had a heated phone call with Varga about the budget."
            + " Senator Tomas Lenz later denied it.";
    assertThat(pairs(text)).containsExactly("Dora Varga – Tomas Lenz");
  }

  @Test
  void aNameCutShortAfterAPossessiveIsTheOwnersName() {
    // a headline cut off after the owner: "Ilse Marie Korda's White ..."
    Article a =
        new Article(
            "t",
            "New papers detail Ilse Marie Korda's White ...",
            DATE,
            null,
            null,
            List.of(),
            "The papers list every meeting. On March 2, Korda met with Senator Paul Ekberg in his"
                + " office.",
            null);
    assertThat(
            extractor.extract(a).stream()
                .flatMap(e -> e.participants().stream())
                .map(Participant::name))
        .containsExactlyInAnyOrder("Ilse Marie Korda", "Paul Ekberg");
  }

  @Test
  void aPronounIsNotThePersonItMeetsInTheSameSentence() {
    // the last person named before "she" is Remsen, whom she meets: no guess, so no false pair
    // of Remsen with the vice president
    String text =
        "Judge Alma Ostrova filed her answers on Tuesday.\n\nWhite House counsel Ruth Remsen"
            + " reached out to Ostrova on January 30 about the vacancy.\n\nIn addition to the"
            + " February 14 interview at the White House Ostrova did with President Karl Dane, she"
            + " also met with Remsen that day, the papers said, and she met with Vice President"
            + " Lena Holt via Zoom on February 11.";
    assertThat(pairs(text)).doesNotContain("Lena Holt – Ruth Remsen");
    assertThat(names(text)).contains("Lena Holt");
  }

  @Test
  void aSurnameThatQualifiesANounIsNotTheOneMet() {
    String lawyers =
        "President Omar Halvorsen spoke on Monday. Investigators met with Halvorsen attorneys at his"
            + " estate in June.";
    assertThat(names(lawyers)).doesNotContain("Omar Halvorsen");
    String aide =
        "President Omar Halvorsen spoke on Monday. The committee met with former Halvorsen"
            + " national security official Jana Pirk on Wednesday.";
    assertThat(names(aide)).contains("Jana Pirk").doesNotContain("Omar Halvorsen");
    // "weeks" tells when, not whose: the visit was to Halvorsen
    String when =
        "President Omar Halvorsen spoke on Monday. Premier Lev Orsic visited his ally Halvorsen"
            + " weeks before the vote.";
    assertThat(pairs(when)).containsExactly("Lev Orsic – Omar Halvorsen");
  }

  @Test
  void thePresidentIsNotAFormerOneWhoseTitleIsLowerCase() {
    // "former" is lower-case, outside the run of names: Emil Sorn is no candidate for "the
    // president", who stays Ana Lutz
    String text =
        "President Ana Lutz spoke in Ohio on Monday. A senior adviser in former President Emil"
            + " Sorn’s White House praised her.\n\nThe president called Senator Raul Vick after"
            + " returning to the capital.";
    assertThat(pairs(text)).containsExactly("Ana Lutz – Raul Vick");
  }

  @Test
  void aStateBodyKeepsTheNationalityThatSaysWhose() {
    assertThat(pairs("Queen Anna signed the papers during a meeting with the Danish Cabinet."))
        .containsExactly("Anna – Danish Cabinet");
    assertThat(
            pairs(
                "Deputy Finance Minister Omar Lind held talks with the Chinese Foreign Ministry on"
                    + " Monday."))
        .containsExactly("Chinese Foreign Ministry – Omar Lind");
  }

  @Test
  void aBodyNamedOnlyByKindKeepsTheNationalityThatNamesIt() {
    assertThat(pairs("Officials said the European Union met with Canada on Monday."))
        .containsExactly("Canada – European Union");
    assertThat(pairs("American Motors said it broke off talks with the UAW on a new contract."))
        .containsExactly("American Motors – UAW");
    assertThat(pairs("Omar Lind held talks with the Russian Federation on Monday."))
        .containsExactly("Omar Lind – Russia");
  }

  @Test
  void aKindOfBodyAloneNamesNoOne() {
    assertThat(names("Administration officials met this week with a Chinese delegation."))
        .doesNotContain("Administration")
        .contains("China");
    assertThat(names("The Committee held talks with Omar Lind on Monday."))
        .containsExactly("Omar Lind");
  }

  @Test
  void aPossessiveInAFrontedPhraseIsTheMainClausesSubject() {
    String story =
        "Vice President Ana Lutz met Omar Lind on Monday.\n\n"
            + "Following his meeting with Tomas Hale, Raul Vick said the talks went well.\n\n"
            + "Lind returned to Oslo.\n\n"
            + "After his meeting with Vick on Thursday, the prime minister flew home.\n\n"
            + "After his meetings with Emil Sorn, Lea Dahl and Ivo Berg, Mark Tal flew home.";
    assertThat(pairs(story))
        .contains(
            "Ana Lutz – Omar Lind",
            "Raul Vick – Tomas Hale",
            "Emil Sorn – Mark Tal",
            "Lea Dahl – Mark Tal",
            "Ivo Berg – Mark Tal")
        .doesNotContain("Ana Lutz – Tomas Hale", "Omar Lind – Raul Vick", "Emil Sorn – Lea Dahl");
  }

  @Test
  void aFrontedPhraseOpenedByInIsTheMainClausesToo() {
    // session 30: "In his meeting with Truman, Webb discussed …" went to the historian named before
    String story =
        "Historian Ana Lutz found the papers of Senator Omar Lind.\n\n"
            + "In his meeting with President Tomas Hale, Lind discussed the committee.\n\n"
            + "In his letter to Mayor Ivo Berg, Raul Vick, a former minister, asked for grace.";
    assertThat(pairs(story))
        .contains("Omar Lind – Tomas Hale", "Ivo Berg – Raul Vick")
        .doesNotContain("Ana Lutz – Tomas Hale");
  }

  @Test
  void aFrontedPhraseOpenedByInWithoutAPersonAfterItKeepsTheOneNamedBefore() {
    // review: "In his talks with B, trade dominated" names no subject; "his" is found as before
    assertThat(
            pairs(
                "Senator Omar Lind flew to Paris.\n\n"
                    + "In his talks with President Tomas Hale, trade and tariffs dominated."))
        .containsExactly("Omar Lind – Tomas Hale");
  }

  @Test
  void anAppositiveInsideTheListMetIsNoSubject() {
    // review: "Tomas Hale, the Egyptian president, and King Raul Vick": the list goes on past it
    assertThat(
            pairs(
                "After his talks with Mahmoud Abbas, Tomas Hale, the Egyptian president, and King"
                    + " Raul Vick, Secretary Omar Lind flew home."))
        .doesNotContain("Mahmoud Abbas – Tomas Hale");
  }

  @Test
  void aFrontedPossessiveWhoseClauseOpensWithHeIsTheOneNamedBefore() {
    // "In his talks with B, he said, he …": "his" and "he" are one person, the one named before
    String story =
        "Defence Secretary Omar Lind spoke in Tokyo on Monday.\n\n"
            + "In his talks with Defence Minister Ana Lutz, he said, he made a pitch for the jets.";
    assertThat(pairs(story)).containsExactly("Ana Lutz – Omar Lind");
  }

  @Test
  void aPluralTitleIsNoPartOfTheNamesItPrecedes() {
    assertThat(pairs("U.S. Senators Anna Berg of Ohio and Omar Lind of Iowa met with Tomas Hale."))
        .containsExactly("Anna Berg – Tomas Hale", "Omar Lind – Tomas Hale");
  }

  @Test
  void aQuestionTheArticleAsksReportsNoContact() {
    assertThat(extract("Vice President Ana Lutz, have you ever met President Omar Halvorsen?"))
        .isEmpty();
    assertThat(extract("When is Senator Tomas Lenz visiting the White House?")).isEmpty();
    // a question quoted in a report is left to the other rules
    assertThat(
            pairs(
                "Senator Tomas Lenz met President Omar Halvorsen on Monday and asked him: \"Will you"
                    + " sign?\""))
        .containsExactly("Omar Halvorsen – Tomas Lenz");
  }

  @Test
  void aLinkLabelIsNoPartOfAName() {
    String text =
        "President Omar Halvorsen spoke on Monday.\nMore:Omar Halvorsen meets Premier Lev Orsic at"
            + " the border, steps onto its soil\nThe talks went on.";
    assertThat(names(text)).contains("Omar Halvorsen", "Lev Orsic").noneMatch(n -> n.contains(":"));
  }

  @Test
  void aVisitToASeatOfOfficeMeetsTheHolderTheArticleNames() {
    assertThat(
            pairs(
                "President Omar Halvorsen signed the bill on Monday. When Prime Minister Lev Orsic"
                    + " visited the White House in February, he brought an invitation."))
        .containsExactly("Lev Orsic – Omar Halvorsen");
    // no president named: the visit meets no one
    assertThat(
            pairs("When Prime Minister Lev Orsic visited the White House in February, he smiled."))
        .isEmpty();
  }

  @Test
  void aPacCalledSomethingIsNamedNotCalled() {
    assertThat(extract("Around that time, a super PAC called Loyal Neighbors registered."))
        .isEmpty();
    assertThat(pairs("The NRA called Senator Mia Ross on Monday."))
        .containsExactly("Mia Ross – NRA");
  }

  @Test
  void aNameEndsAtItsLine() {
    // a heading that ends in a name, and a paragraph that opens with a capitalised word
    String text =
        "Lev Orsic meets his hero in Kyiv, President Omar Halvorsen\n\nActor and director Lev"
            + " Orsic met President Omar Halvorsen on Monday.";
    assertThat(names(text)).containsOnly("Lev Orsic", "Omar Halvorsen");
  }
}
