package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The wrong contacts that recur in the second precision audit (session 23, 120 unlabelled political
 * news articles; README, "Who met whom"), each counted over the unlabelled text before its rule was
 * written. Every sentence is made up, in the shape of that news.
 */
class FreshAuditRulesTest {
  private static List<String> pairs(String text) {
    return MadeUpText.namedPairs(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // session 30, from the audits' wrong pairs still extracted: a reaction received, a plan
        "Mayor Omar Lind was met with applause when Anna Berg introduced him.",
        "President Anna Berg is set to hold a bilateral meeting with Sheikh Omar Lind on Friday.",
        "President Anna Berg had been slated to hold her first meeting with Omar Lind in London.",
        "President Anna Berg said she was open to talks with President Omar Lind.",
        "Norfield officials said they remain open to discussions with Lindia Corp."
      })
  void aReactionAPlanOrAWillingnessIsNoContact(String text) {
    assertThat(pairs(text)).as(text).isEmpty();
  }

  @Test
  void aReportersBylineIsNoOneTheStoryTellsOf() {
    // session 30: live blogs sign each update on a line of its own ("- Ella Lee"), 5,813 times
    String story =
        "Talks went on in Kyiv.\n\n- Ana Lutz\n\n"
            + "The prime minister returned Sunday from Moscow, where he met President Tomas Hale.";
    assertThat(pairs(story)).noneMatch(p -> p.contains("Ana Lutz"));
    assertThat(pairs("- Ana Lutz\n\nPresident Omar Lind met President Tomas Hale on Sunday."))
        .containsExactly("Omar Lind - Tomas Hale");
  }

  @Test
  void aPlanInAnotherClauseOrAnAttributionLeavesTheContact() {
    // review: "set to" of another clause; an em dash under a quote attributes it, no byline
    assertThat(
            pairs(
                "Markets were set to open higher as Chief Executive Ana Lutz met Chairman Omar Lind"
                    + " on Friday."))
        .containsExactly("Ana Lutz - Omar Lind");
    assertThat(pairs("Mayor Omar Lind was also met with applause when Anna Berg introduced him."))
        .isEmpty();
    assertThat(
            pairs(
                "Senator Ana Lutz spoke first.\n\n\"We will win,\" he wrote.\n\n— Tomas Hale\n\n"
                    + "He met President Omar Lind on Friday."))
        .doesNotContain("Ana Lutz - Omar Lind");
  }

  @Test
  void aSpeakerTheRulesCannotNameIsNotThePersonNamedBefore() {
    // session 30: "Johnson said he spoke with Thune" with no Johnson named in full, "the EU leader
    // said she spoke with …": the speaker met, and the person named last did not
    String before = "President Omar Lind spoke in Rome.\n\n";
    assertThat(pairs(before + "Later, Johnson said he spoke with Senator Tomas Hale.")).isEmpty();
    assertThat(pairs(before + "The EU leader said she spoke with King Raul Vick.")).isEmpty();
    // a speaker named, or "he said he", still resolves
    assertThat(pairs(before + "Senator Ana Lutz said she spoke with King Raul Vick."))
        .containsExactly("Ana Lutz - Raul Vick");
    assertThat(pairs(before + "He said he spoke with King Raul Vick."))
        .containsExactly("Omar Lind - Raul Vick");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // session 30: a speech to a legislature or an audience is no contact
        "President Omar Lind spoke to Congress via a virtual address on Wednesday.",
        "As President Omar Lind spoke to the General Assembly, his aides waited outside.",
        "President Omar Lind spoke to the European Parliament on Tuesday.",
        "President Omar Lind spoke to a packed Norfield College auditorium after supper."
      })
  void aSpeechToALegislatureOrAnAudienceIsNoContact(String text) {
    assertThat(pairs(text)).as(text).isEmpty();
  }

  @Test
  void speakingToAPersonOfTheHouseStillIsOne() {
    assertThat(pairs("President Omar Lind spoke to House Speaker Ana Lutz on Monday."))
        .containsExactly("Omar Lind - Ana Lutz");
  }

  @Test
  void aPersonMetWithStillMeets() {
    assertThat(pairs("President Anna Berg met with Sheikh Omar Lind on Friday."))
        .containsExactly("Anna Berg - Omar Lind");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Norfield Arts Trust is now called Norfield Futures Fund.",
        "Reuters called Omar Lind's relationship with Anna Berg \"strangely warm,\" given his"
            + " remarks.",
        "Tomas Hale said so. He called Anna Berg and Omar Lind \"the linchpins of the scheme.\"",
        "In a wide-ranging attack on efforts to combat COVID-19, Gov. Anna Berg called Tuesday for"
            + " the Republican-controlled Legislature to make the ban permanent.",
        // past an appositive, an age, "each", a title or a noun the name qualifies (session 26)
        "Anna Berg called Omar Lind, the first mayor to win twice, a \"fraud\" on Monday.",
        "Anna Berg called Omar Lind, 44, a \"fresh face\" and praised his record.",
        "On April 10, Anna Berg called Omar Lind and Tomas Hale each a \"sleaze bag.\"",
        "Anna Berg called Liberal nominee Omar Lind \"a trojan horse for the left.\""
      })
  void calledThatNamesDescribesOrAppealsIsNoCall(String text) {
    assertThat(pairs(text)).as(text).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "President Anna Berg called Omar Lind Tuesday night while \"he was headed to his win.\"",
        "Anna Berg called Omar Lind, the mayor of Norfield, to congratulate him.",
        "Anna Berg called Omar Lind, Tomas Hale's chief of staff, on Monday.",
        "Anna Berg called Omar Lind, the prime minister of Norfield, the White House said.",
        "Anna Berg called Omar Lind, her Norfield counterpart, the Kremlin said on Monday."
      })
  void aCallPastATimeOrAnAppositiveStaysACall(String text) {
    assertThat(pairs(text)).as(text).containsExactly("Anna Berg - Omar Lind");
  }

  @Test
  void aCallToPeopleNamedAfterTheVerbStaysACall() {
    assertThat(pairs("President Anna Berg called Omar Lind on Tuesday."))
        .containsExactly("Anna Berg - Omar Lind");
    assertThat(pairs("Anna Berg called Omar Lind and Tomas Hale on Monday to discuss the vote."))
        .containsExactly("Anna Berg - Omar Lind", "Anna Berg - Tomas Hale");
    assertThat(pairs("Senator Anna Berg called Omar Lind, President Tomas Hale's chief of staff."))
        .containsExactly("Anna Berg - Omar Lind");
  }

  @Test
  void aPhotographerIsNoParticipantNorAReferent() {
    assertThat(
            pairs(
                "Leaders meet for a working session in Kyiv on June 16, 2022. Pierre Vaux/AFP/Getty"
                    + " Images\n\nLast month, he met with Ukrainian President Omar Lind in Kyiv."))
        .isEmpty();
    assertThat(
            pairs(
                "Anna Berg visits a pizza restaurant in July 2020. Jon Hale/Pool/AFP/Getty Images"
                    + " Douglas Reed, leader of the Scottish party, meets with Berg at Wemyss Bay."))
        .containsExactly("Douglas Reed - Anna Berg");
    String caption =
        "Omar Lind meets with Anna Berg in the Oval Office. Tom Wade/AFP/Getty Images Lind speaks"
            + " after giving Berg a gift.";
    assertThat(MadeUpText.evidence(caption))
        .containsExactly("Omar Lind meets with Anna Berg in the Oval Office.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "President Omar Lind met separately with the families of Anna Berg and Tomas Hale at the"
            + " White House on Friday.",
        "Prince Edmund and Princess Clara welcomed Prince Louis, their third child, on Monday.",
        "Prince Edmund and Princess Clara welcomed Prince Louis, who was born on Monday.",
        "Anna Berg denied having dinner with Omar Lind.",
        "The news comes ahead of a face to face meeting between Secretary of State Anna Berg and"
            + " Foreign Minister Omar Lind in Geneva on Friday.",
        "The ministry denied Western reports that Foreign Minister Anna Berg held talks in April"
            + " with Omar Lind."
      })
  void relativesBirthsDenialsAndWhatIsAheadAreNoContacts(String text) {
    assertThat(pairs(text)).as(text).isEmpty();
  }

  @Test
  void aGuestBornSomewhereOrABirthFarOnInTheSentenceIsStillAGuest() {
    assertThat(
            pairs(
                "President Anna Berg welcomed Prime Minister Omar Lind, who was born in Tel Aviv,"
                    + " to Rome on Monday."))
        .containsExactly("Anna Berg - Omar Lind");
    assertThat(
            pairs(
                "President Anna Berg welcomed Prime Minister Omar Lind to Rome on Monday for talks"
                    + " on trade, energy and the new policy on birth registration."))
        .containsExactly("Anna Berg - Omar Lind");
  }

  @Test
  void aGuestWithHisSonIsStillAGuest() {
    assertThat(
            pairs("President Anna Berg welcomed Prime Minister Omar Lind and his son on Monday."))
        .containsExactly("Anna Berg - Omar Lind");
  }

  @Test
  void aMeetingToldAfterTheTalksAheadOfItIsStillAContact() {
    assertThat(
            pairs(
                "He recounted how two rounds of talks were held in advance of Monday's meeting"
                    + " between President Omar Lind and Prime Minister Anna Berg."))
        .containsExactly("Omar Lind - Anna Berg");
  }

  // session 31, from a fifth audit (50 pairs drawn from the unlabelled rtqa articles): broken names

  @Test
  void aQuestionWordOrAnAuxiliaryOpeningAHeadlineIsNoPartOfAName() {
    assertThat(pairs("President Omar Lind spoke.\n\nHas Lind lost his grip? He met Anna Berg."))
        .noneMatch(p -> p.contains("Has "));
    // "Top" stays a name's first word ("Top Glove Corp"); "Will" too (a first name)
    assertThat(pairs("Top Glove Corp held talks with Vellix Corp on Monday."))
        .containsExactly("Top Glove Corp - Vellix Corp");
  }

  @Test
  void aNameAGalleryWritesTwiceIsOnePerson() {
    assertThat(
            pairs(
                "Hide Caption 4 of 9 Photos: Prime Minister Omar Lind Lind meets President Anna"
                    + " Berg in Kyiv in April 2022."))
        .containsExactly("Omar Lind - Anna Berg");
  }

  @Test
  void anAdjectiveMadeOfANameIsNoOne() {
    assertThat(pairs("The Academy Award-winning actor met briefly with President Anna Berg."))
        .isEmpty();
  }

  @Test
  void aChamberBeforeAFullNameEndsItsRun() {
    assertThat(
            pairs(
                "Omar Lind spoke first. Speaker of the House Omar Lind spoke with Caucus Chairman"
                    + " Tomas Hale of Nordland."))
        .containsExactly("Omar Lind - Tomas Hale");
  }

  @Test
  void aBodysOwnerOrAPersonBeforeItKeepsTheAndInsideItsName() {
    assertThat(
            pairs(
                "The U.S. House Oversight and Reform Committee sent a letter to Tomas Hale on"
                    + " Thursday."))
        .containsExactly("House Oversight and Reform Committee - Tomas Hale");
    assertThat(
            pairs(
                "Participants included Secretaries Anna Berg of Treasury and Tomas Hale of Health,"
                    + " who met Omar Lind."))
        .noneMatch(p -> p.contains("Secretaries"));
    // review: a person "of" a firm before "and" keeps the next firm apart
    assertThat(pairs("Omar Lind met Tomas Hale of Vellix and Lumen Financial Services on Monday."))
        .contains("Omar Lind - Tomas Hale", "Omar Lind - Lumen Financial Services");
    assertThat(pairs("Omar Lind met Vellix Corp and Lumen Financial Services on Monday."))
        .contains("Omar Lind - Lumen Financial Services");
  }

  @Test
  void aPresidentsAircraftIsWhereTheyTalkedNotWhom() {
    assertThat(
            pairs(
                "Rep. Anna Berg said she was struck by the engaged President she talked with on"
                    + " Air Force One in April."))
        .noneMatch(p -> p.contains("Air Force"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // a topic addressed, an audience, a race or a rule "called": no one spoken to or called
        "Anna Berg and Omar Lind, who were with him that day, can speak to what he was doing.",
        "The Associated Press has called Senate District 31 for Republican Omar Lind.",
        "Senator Anna Berg spoke to Peach Valley voters and organizers on Sunday.",
        "Without Title 42 Omar Lind would lose. President Omar Lind has called Title 42 one of his"
            + " most successful policies."
      })
  void aTopicAnAudienceOrARaceIsNoContact(String text) {
    assertThat(pairs(text)).as(text).isEmpty();
  }

  @Test
  void aHeadlinesPossessiveNameIsNoFamilyNameFirst() {
    assertThat(pairs("Nordland's Seward Peninsula matters. President Omar Lind met with Nordland."))
        .isEmpty();
    assertThat(
            pairs(
                "Why Nordland's Seward Peninsula matters. President Omar Lind met Anna Berg in"
                    + " Nordland, where Lind also visited Nordland."))
        .containsExactly("Omar Lind - Anna Berg");
  }

  @Test
  void anArabicFamilyNameKeepsItsArticle() {
    assertThat(pairs("Prime Minister Anna Berg met Ayman al-Zawahiri in Kabul."))
        .containsExactly("Anna Berg - Ayman al-Zawahiri");
    assertThat(pairs("Omar Lind met Crown Prince Sheikh Salman bin Hamad al-Khalifa on Tuesday."))
        .containsExactly("Omar Lind - Salman bin Hamad al-Khalifa");
    assertThat(
            pairs(
                "Ayman al-Zawahiri grew up in Cairo. That was where Zawahiri met Anna Berg, a"
                    + " prominent leader."))
        .containsExactly("Ayman al-Zawahiri - Anna Berg");
  }

  @Test
  void anEmphaticPastIsAContactAndItsNegationIsNot() {
    assertThat(pairs("Leader Anna Berg did meet with President Omar Lind on Friday."))
        .containsExactly("Anna Berg - Omar Lind");
    assertThat(pairs("Anna Berg did talk with Omar Lind by phone last week."))
        .containsExactly("Anna Berg - Omar Lind");
    assertThat(pairs("Leader Anna Berg did not meet with President Omar Lind on Friday."))
        .isEmpty();
  }

  @Test
  void theFirstLadyIsTheOneTheArticleNames() {
    assertThat(
            pairs(
                "First lady Anna Berg flew to Nordland on Sunday. The first lady met with Prime"
                    + " Minister Omar Lind in Tarvik."))
        .containsExactly("Anna Berg - Omar Lind");
    assertThat(
            pairs(
                "First lady Anna Berg flew to Nordland. President Omar Lind met with the first"
                    + " lady of Tarvik on Sunday."))
        .isEmpty();
  }

  @Test
  void aPronounBeforeItsMainClauseIsThatClausesSubject() {
    assertThat(
            pairs(
                "President Omar Lind spoke on Monday. When he visited Queen Ina Berg at Tarvik last"
                    + " year, Prime Minister Anna Hale said she reminded her of her mother."))
        .containsExactly("Anna Hale - Ina Berg");
    // the main clause opens with "he": the pronoun is found as before
    assertThat(
            pairs(
                "President Omar Lind spoke on Monday. When he visited Queen Ina Berg at Tarvik, he"
                    + " said she reminded him of his mother."))
        .containsExactly("Omar Lind - Ina Berg");
  }

  @Test
  void aCallCountedOrTopicalSpeechIsStillAContact() {
    // review: a number after the callee is how often; an audience word later is what was discussed
    assertThat(pairs("President Omar Lind called Anna Berg 18 times in the week after the vote."))
        .containsExactly("Omar Lind - Anna Berg");
    assertThat(pairs("Anna Berg spoke to Omar Lind about the troops stationed in Nordland."))
        .containsExactly("Anna Berg - Omar Lind");
  }

  @Test
  void theFirstLadyIsNoFormerOneNorOneOfTwo() {
    assertThat(
            pairs(
                "Former first lady Tina Hale spoke at the gala. First lady Anna Berg flew to"
                    + " Nordland. The first lady met with Prime Minister Omar Lind."))
        .containsExactly("Anna Berg - Omar Lind");
    assertThat(
            pairs(
                "Nordland's first lady Anna Berg arrived. First lady Tina Hale welcomed her. The"
                    + " first lady met with Prime Minister Omar Lind."))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // session 32: what was done in a meeting that happened ("offered condolences in his first
        // conversation with the new king", rtqa dev; "raised the issue during his brief
        // conversation with the king", unlabelled)
        "President Omar Lind offered condolences to King Harald VII in his first conversation with"
            + " the new king.",
        "President Omar Lind offered help in his meeting with Chancellor Anna Berg.",
        "Chancellor Anna Berg proposed a truce at her first private meeting with Omar Lind.",
      })
  void whatWasDoneInAMeetingLeavesTheMeeting(String text) {
    assertThat(pairs(text)).as(text).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // and what stays a plan: a verb of intent before "to", a modal, a plan inside the phrase,
        // a place between the preposition and the trigger
        "President Omar Lind hoped to settle it in his meeting with Chancellor Anna Berg.",
        "President Omar Lind would raise it in his first meeting with Chancellor Anna Berg.",
        "Chancellor Anna Berg raised the war in potential peace talks with Omar Lind.",
        "Premier Anna Berg will visit Lindia and hold talks in Norfield with President Omar Lind.",
        "Premier Anna Berg arrived in Norfield to have discussions with President Omar Lind.",
        // review 32: a modal or a negation further left, a verb of intent, a schedule
        "Omar Lind could have offered help in his meeting with Chancellor Anna Berg.",
        "President Omar Lind has not yet offered condolences in a call with Chancellor Anna Berg.",
        "President Omar Lind hoped for a breakthrough in his meeting with Chancellor Anna Berg.",
        "Chancellor Anna Berg is set to speak at her first summit with President Omar Lind.",
        // a greeting sent, or a figure of speech
        "Premier Omar Lind greeted President Anna Berg on her birthday in a post on X.",
        "Analyst Tomas Hale greeted Anna Berg as a reformer in a column.",
      })
  void anIntentInOrBeforeTheMeetingsPhraseStaysAPlan(String text) {
    assertThat(pairs(text)).as(text).isEmpty();
  }

  @Test
  void aReutersNameInAngleBracketsEndsBeforeTheBracket() {
    // session 32: "<Teck Corp>, <Rornex Mining Corp Ltd>" gave "Teck Corp>" (28 Reuters contacts)
    assertThat(
            pairs(
                "The cut was agreed after five months of talks between <Vellix Corp> and <Lumen"
                    + " Mining Corp Ltd>."))
        .containsExactly("Vellix Corp - Lumen Mining Corp Ltd");
  }

  @Test
  void thePontiffOrTheMonarchIsTheOneTheArticleNames() {
    // session 32: "Pope Francis" then "met with the pope", "Queen Elizabeth II" then "the monarch"
    assertThat(
            pairs(
                "Pope Francis spoke in Rome on Sunday. Anna Berg, who met with the pope on Monday,"
                    + " said talks went well."))
        .containsExactly("Anna Berg - Francis");
    assertThat(
            pairs(
                "Queen Ingrid II addressed the nation. Prime Minister Anna Berg's meeting with the"
                    + " monarch took place on Tuesday."))
        .containsExactly("Anna Berg - Ingrid II");
    // a full name wins over one word after a title; both a king and a queen make "the monarch"
    // no one
    assertThat(
            pairs(
                "Queen Ingrid spoke first. Queen Ingrid II later received guests. Anna Berg met the"
                    + " queen on Tuesday."))
        .containsExactly("Anna Berg - Ingrid II");
    assertThat(
            pairs(
                "King Harald VII and Queen Ingrid II spoke. Anna Berg's meeting with the monarch"
                    + " took place on Tuesday."))
        .noneMatch(p -> p.contains("Harald") || p.contains("Ingrid"));
  }

  @Test
  void aSpeakerOwnsHisOwnMeeting() {
    // session 32: "Biden told reporters after his meetings with Saudi leadership" gave the story's
    // byline writer; "Funaro said that in his talks with creditors" the president named before
    assertThat(
            pairs(
                "Finance Minister Tomas Berg arrived in Rome. President Omar Lind spoke later. Berg"
                    + " told reporters that his meeting with Chancellor Tina Hale went well."))
        .containsExactly("Tomas Berg - Tina Hale");
  }

  @Test
  void aGreetedGuestIsMet() {
    // session 32: "Trump told reporters as he greeted Duda at Trump Tower" (8 right pairs of 10
    // over
    // the rtqa articles; "received" was tried too and dropped: awards, contracts, protection)
    assertThat(pairs("President Anna Berg greeted King Harald VII at the palace on Monday."))
        .containsExactly("Anna Berg - Harald VII");
    assertThat(pairs("President Anna Berg received the Presidential Medal of Freedom.")).isEmpty();
  }

  @Test
  void aSpokespersonOrATitleTwoHoldDoesNotTakeTheMeeting() {
    // review 32: a spokeswoman reports her boss's meeting; two popes make "the pope" no one
    assertThat(
            pairs(
                "President Omar Lind flew to Paris on Monday. Spokeswoman Anna Berg told reporters"
                    + " his meeting with Chancellor Tina Hale was useful."))
        .containsExactly("Omar Lind - Tina Hale");
    assertThat(
            pairs(
                "Pope Benedict died in 2022. Pope Francis led the funeral. Anna Berg met with the"
                    + " pope on Monday."))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // session 33, the sixth audit (60 pairs of unlabelled rtqa articles): a renaming, a
        // "so-called" split by the tokenizer, a journalist's call, a public debate, a target met,
        // and what was done inside a meeting told before
        "The work of NORCAP, now called Norfield Community Against Pollution, stopped the plan.",
        "Senator Ana Lutz vowed to overturn the so-called Lind Amendment on Monday.",
        "But in a phone call with President Tom Lind on Sunday, NBC News reporter Dasha Berg said"
            + " he appeared open to the plan.",
        "President Tom Lind spoke with CBS News reporter Ana Berg on Monday.",
        "Alongside Governor Tim Walden, Omar Lind has sparked a larger conversation around"
            + " masculinity.",
        "Governor Anna Berg met the qualifications for the Norland debate on Monday.",
        "In the meeting, George Moose and George Foote, the outside counsel, outlined the plan."
      })
  void aRenamingAJournalistOrAToldMeetingsInsideIsNoNewContact(String text) {
    assertThat(pairs(text)).as(text).isEmpty();
  }

  @Test
  void aStateIsNoSurname() {
    // session 33: "warrants from Graham County Arizona" made a later "visited Arizona" a visit to a
    // person named Arizona (and "Ohio" one to "Ohio Democratic Party Chair Elizabeth Walters")
    String story =
        "He faced warrants from Graham County Arizona.\n\n"
            + "President Tom Lind has visited Arizona often.";
    assertThat(pairs(story)).isEmpty();
    // a body named after its state still takes part in talks
    assertThat(pairs("Illinois Regional had discussions with Norfield Bancorp Inc last year."))
        .containsExactly("Illinois Regional - Norfield Bancorp Inc");
  }

  @Test
  void anAppositivesCompanyIsNotItsSpeaker() {
    // session 33: "David Pecker, the former CEO of American Media Inc., which owned …, said he
    // agreed in a meeting with Trump" gave the company, not Pecker, the meeting
    String text =
        "President Tom Lind met donors in May.\n\n"
            + "Anna Pell, the former chief executive of Borel Media Inc., which owned the Daily"
            + " Star, said she agreed in a meeting with President Tom Lind to help.";
    assertThat(pairs(text)).containsExactly("Anna Pell - Tom Lind");
    // as the real story names it: a title and the company in one run
    assertThat(
            pairs(
                "Anna Pell, the former CEO of Borel Media Inc., which owned the Daily Star, said she"
                    + " agreed in a meeting with President Tom Lind to help."))
        .containsExactly("Anna Pell - Tom Lind");
    // a company's "it" stays the company's
    assertThat(
            pairs(
                "Borel Media Inc, the owner of the Daily Star, said it held talks with Norfield"
                    + " Corp on Monday."))
        .containsExactly("Borel Media Inc - Norfield Corp");
  }

  @Test
  void aMeetingToldBeforeStillCountsWhenItsPhraseNamesNoOneInside() {
    // a back-reference in the middle of a sentence is not the clause-opening "In the meeting,"
    assertThat(
            pairs(
                "President Tom Lind and Anna Pell got along well in previous meetings, aides"
                    + " said."))
        .containsExactly("Tom Lind - Anna Pell");
    assertThat(
            pairs(
                "Prime Minister Ann Reyes met with President Tom Lind on Monday. During the talks,"
                    + " Reyes and Lind agreed to cooperate."))
        .containsExactly("Ann Reyes - Tom Lind");
  }

  @Test
  void aBodyNamedWithoutItsChamberIsTheOneTheStoryNamesInFull() {
    // session 33: "the Freedom Caucus" after "the House Freedom Caucus"; not when two bodies end so
    assertThat(
            pairs(
                "House Freedom Caucus leaders spoke on Monday.\n\nSeveral members of the Freedom"
                    + " Caucus met with House Speaker Kevin McCarthy in his office Monday."))
        .containsExactly("House Freedom Caucus - Kevin McCarthy");
    assertThat(
            pairs(
                "House Intelligence Committee and Senate Intelligence Committee members spoke."
                    + "\n\nThe Intelligence Committee met with Director Ana Lutz on Monday."))
        .containsExactly("Intelligence Committee - Ana Lutz");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // session 33, the seventh audit (60 more pairs, 15 wrong): co-signers and co-recipients of
        // a letter are one side, so are subjects whose verb's other side names no one; an outlet's
        // journalist; a body under a surname; a stage; an outlet named by what it is; an accord;
        // "called Kiggans' failure"
        "Senators Ron Lind, Rick Vale and Mike Berg sent a letter urging members of the GOP"
            + " conference to wait.",
        "Officials from the State Department, the National Security Council and the Treasury"
            + " Department have met with both candidates.",
        "The long lines at crossings into Kazakhstan and Finland speak to the backlash.",
        "In 2002, CNN's Jill Dorn met with President Omar Lind in Moscow.",
        "Chair Mary Barra of Norfield Motors Corp was having remote meetings with Lind"
            + " administration members, after President Omar Lind spoke.",
        "Iowa Gov. Kim Reynolds welcomed Governor Ron DeSantis to the stage.",
        "Speaking with state broadcaster IRIB on Friday, Iran's Minister Ahmad Vahidi said it would end.",
        "On foreign policy, President Jimmy Carter painstakingly negotiated the 1978 Camp David"
            + " Accords.",
        "A main thrust of her campaign was what Rep. Elaine Luria called Jen Kiggans' failure."
      })
  void oneSideAnInterviewOrAThingIsNoPair(String text) {
    assertThat(pairs(text)).as(text).isEmpty();
  }

  @Test
  void subjectsWhoMetEachOtherOrALetterBetweenTwoStillPair() {
    assertThat(
            pairs(
                "The meeting in which Sidney Powell, Rudy Giuliani and Gen. Michael Flynn met to"
                    + " discuss the election ended badly."))
        .hasSize(3);
    assertThat(
            pairs("President Ana Lutz and Prime Minister Tom Lind met with each other on Monday."))
        .containsExactly("Ana Lutz - Tom Lind");
    assertThat(
            pairs(
                "In a letter this weekend from Chancellor Helmut Kohl to President Jacques Delors,"
                    + " Kohl made it clear."))
        .hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // session 33, the eighth audit (60 more pairs, 13 wrong): an outlet speaking or calling a
        // race, a network's journalist named with a lone apostrophe, a state under its party's name
        "CNN spoke to Governor Omar Lind about what a return could mean for the country.",
        "Supporters celebrated as Fox News called Ed Gallrein the winner over Tom Massie.",
        "The questions were asked by CBS' Scott Pelley.\n\nPresident Joe Biden, who spoke with"
            + " Pelley, said the war would end.",
        "Ohio GOP Senate leaders met on Monday.\n\nSure, President Tom Lind visited Ohio to"
            + " campaign for Vance."
      })
  void anOutletOrAStateIsNoOneMet(String text) {
    assertThat(pairs(text)).as(text).isEmpty();
  }

  @Test
  void aCompanyWithAnOutletsWordStillNegotiates() {
    assertThat(pairs("CBS Inc said it held merger talks with Norfield Corp on Monday."))
        .containsExactly("CBS Inc - Norfield Corp");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // session 35, the tenth audit (60 pairs of long unlabelled rtqa articles): a common noun
        // read as a name, a visited town or region taken for the one who met, a country beside
        // its own official
        "Ana Lutz attends the Glamour Women of the Year awards. Lutz presents a poster from the"
            + " World Conference on Women as she meets with President Tom Lind. | Ana Lutz - Tom"
            + " Lind",
        "Queen Ana Lutz sent a letter of congratulations to the British Olympic team. | ",
        "Princess Ana Lutz visits Cape Town, South Africa, and meets with South African President"
            + " Tom Lind in March 1997. | Ana Lutz - Tom Lind",
        "On Tuesday, Prince Omar Lind traveled to Washington, DC and met with National Security"
            + " Adviser Ana Lutz. | Omar Lind - Ana Lutz",
        "President Tom Lind lashes out at the media and Germany: \"I had a great meeting with German"
            + " Chancellor Ana Lutz.\" | ",
        // the thing negotiated is no party; a description after "called X"; a party's committee
        "There is the proposed Norland Partnership, an agreement negotiated by Canada, Japan and"
            + " Australia. | ",
        "Sen. Ana Lutz called Tom Lind unqualified for the office, questioning his record. | ",
        "Members of the Republican Study Committee have often spoken with President Tom Lind. |"
            + " Republican Study Committee - Tom Lind"
      })
  void aCommonNounAPlaceVisitedOrAnOfficialsOwnCountryMeetsNoOne(String row) {
    MadeUpText.assertRow(row);
  }

  @Test
  void laterAfterARelativeClauseIsACallNotARenaming() {
    // review of session 33: "later" after a comma tells what was done next
    assertThat(pairs("President Ana Lutz, who had met Tom Lind in Berlin, later called Omar Hale."))
        .contains("Ana Lutz - Omar Hale");
  }

  @Test
  void anOutletsWordInsideAnotherNameMakesNoOutlet() {
    // review of session 33: "Guardian", "Post", "Times" name outlets only where outlets put them
    assertThat(pairs("The Guardian Council met with President Ana Lutz on Sunday."))
        .containsExactly("Guardian Council - Ana Lutz");
    assertThat(pairs("The Washington Post spoke with President Ana Lutz on Sunday.")).isEmpty();
  }
}
