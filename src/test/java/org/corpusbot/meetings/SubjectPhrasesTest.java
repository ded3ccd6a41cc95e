package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session 41: a contact noun heading its sentence's subject ("A meeting between A and B lasted an
 * hour") kept only the first of its list, because the verb after the last name was read as that
 * name's own; brands written in camel case; sentence adverbs before a name; "a plain called X".
 * Every sentence is made up. A row is the text, " | ", and the named pairs expected, separated by
 * "; ".
 */
class SubjectPhrasesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        // the verb after a subject phrase's list is the phrase's
        "A meeting between Prime Minister Tom Lind and President Ana Vick lasted an hour. | Tom"
            + " Lind - Ana Vick",
        "Talks between Norway, Sweden, Finland and Denmark resumed in Oslo on Wednesday. | Norway"
            + " - Sweden; Norway - Finland; Norway - Denmark; Sweden - Finland; Sweden - Denmark;"
            + " Finland - Denmark",
        "Wednesday's negotiations between Harlow Steel Corp and the Norland Workers Union ended"
            + " without a deal. | Harlow Steel Corp - Norland Workers Union",
        // a comma alone joins no verb's subject to the list
        "Meeting with Tom Lind, Foreign Minister Ana Vick thanked him for his efforts. | Ana Vick"
            + " - Tom Lind",
        // nor does a phrase opened by a preposition: "B said" is a clause of its own
        "After talks with Tom Lind, Ana Vick said a deal was near. | Ana Vick - Tom Lind",
        // a contact still to come
        "The meeting between Tom Lind and Ana Vick is likely to focus on trade. | ",
        "Bilateral negotiations between Norway and Sweden may loom. | ",
        // a sentence adverb is no first name
        "Finally Tom Lind met with Ana Vick in Oslo. | Tom Lind - Ana Vick",
        // a brand in camel case is an organisation
        "Documents show that last month SkyForge sent a letter to the Pentagon about its"
            + " satellites. | SkyForge - Pentagon",
        "Currently SkyForge is in talks with the Defense Department. | SkyForge - Defense"
            + " Department",
        // a surname with a prefix stays a person's
        "Ana McTavish met with Tom DeLuca in Oslo. | Ana McTavish - Tom DeLuca",
        // "a plain called X" names a place; nobody called it
        "Despite the dust, SkyForge kept working from its home in a plain called Elysium Planitia."
            + " | ",
        // a place or patron glued before a company's name by a hyphen is no part of it
        "Last year, Harlow Steel had discussions with Oslo-based Norland Pumps Ltd but no"
            + " agreement was reached. | Harlow Steel - Norland Pumps Ltd",
        // what a person does, capitalised because it opens the sentence, is no part of the name
        "Investor Tom R. Lind raised his offer for Caesars World Inc on Monday. In a letter to"
            + " Caesars' chairman Ana Vick included in the statement, Lind said Vick had again"
            + " refused to meet with him. | Tom R. Lind - Ana Vick",
        // a company whose first word is a title is the company, not a general
        "General Acquisition Co offered 20 dlrs a share for Harlow Steel Corp on Monday. General"
            + " Acquisition made its statement in a letter sent to the Harlow Steel Corp board on Friday. |"
            + " General Acquisition Co - Harlow Steel Corp",
        // the subject after a fronted phrase's whole list, past the commas inside it
        "After a day of meetings with Vice President Tom Lind, Finance Minister Ana Vick and Trade"
            + " Minister Per Holm, Foreign Minister Ola Berg told a press conference he was"
            + " pleased. | Ola Berg - Tom Lind; Ola Berg - Ana Vick; Ola Berg - Per Holm",
        // no one inside a quoted clause is the subject of a verb after it
        "\"We expect the Swedish government to honor its commitment\" and discussed this with"
            + " Tom Lind today, Foreign Minister Ana Vick said. | ",
        // a quoted word is the speaker's own clause
        "Ana Vick had \"nice\" and \"very respectful\" calls with Tom Lind. | Ana Vick - Tom Lind",
        // talks going on, told by a participle: progressive, or with the other side after "with"
        "Harlow Steel Corp and Norland Pumps Ltd are now discussing a merger. | Harlow Steel Corp -"
            + " Norland Pumps Ltd",
        "Harlow Steel Corp is negotiating a joint venture with Norland Pumps Ltd. | Harlow Steel"
            + " Corp - Norland Pumps Ltd.",
        "Tom Lind angered his party for negotiating a budget deal with President Ana Vick. | Tom"
            + " Lind - Ana Vick",
        // a participle with no progressive and no "with": who discussed it is unsaid
        "President Tom Lind and Prime Minister Ana Vick on Thursday offered divergent answers over"
            + " their willingness to speak with President Per Holm, relaying that they spent much"
            + " their recent meeting discussing the war. | ",
        "On Thursday, Ana Vick was in Oslo, lunching with senators and discussing her efforts to"
            + " engage voters. | ",
        "Harlow Steel Corp is negotiating a loan. | ",
        // an organisation known by one word, or shown to be one by the story
        "Israel held talks with Hamas on Monday. | Israel - Hamas",
        "Vellix said it held talks with Harlow Steel Corp. A Vellix spokesman declined to comment."
            + " | Vellix - Harlow Steel Corp.",
        "Harlow Steel Corp has been in talks with Vellix. Shares of Vellix rose 2 pct. | Harlow"
            + " Steel Corp - Vellix",
        // but not a person's surname, nor the last word of a longer name
        "Tom Lind met with Ana Vick on Monday. A Lind spokesman declined to comment. | Tom Lind -"
            + " Ana Vick",
        "A White House spokesman said Vick held talks with Tom Lind. | ",
        // a quotation's spoken opening is no name, a platform no party
        "It is a political thing. Well I've spoken to Pfizer, I've spoken to everyone. | ",
        "Ana Vick wrote on Twitter: I just spoke with Tom Lind a few days ago. | ",
        // a spokesman for someone may speak for a person, who is no organisation then
        "Pelosi met with Prime Minister Tom Lind, a spokeswoman for Pelosi said. | ",
        // a quotation inside a relative clause does not hide the subject before it
        "Senator Tom Smith, who called the plan \"a mistake that will cost jobs,\" met with"
            + " Governor Ann Jones on Monday. | Tom Smith - Ann Jones",
        // "Oh" is a family name
        "Seoul Mayor Oh Se-hoon met with Governor Ana Vick on Monday. | Oh Se-hoon - Ana Vick",
        // talks begun are talks
        "Harlow Steel Corp and Norland Pumps Ltd began negotiating a joint venture. | Harlow Steel"
            + " Corp - Norland Pumps Ltd",
        // a list of places after "in" is where, not who
        "Tom Lind and Ana Vick will spend two weeks in Hong Kong, Tokyo and Sydney discussing the"
            + " night session with brokerage firms. | ",
        // one place after a comma may open the clause; people after a place are who
        "With the war in Ukraine, Turkey has also been involved in direct talks with Russia. |"
            + " Turkey - Russia",
        "At the summit in Bali, Tom Lind and Ana Vick met for three hours. | Tom Lind - Ana Vick;"
            + " Tom Lind - Ana Vick",
        // a future with a curly apostrophe: a meeting still to come
        "Analyst Per Holm said Tom Lind probably won\u2019t raise the issue when he meets with Ana"
            + " Vick. | "
      })
  void pairs(String row) {
    MadeUpText.assertRow(row);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // an article before an organisation's name is no part of it, in a later reference too
        "OSLO, June 18 - A World Bank mission today held talks with officials. The mission,"
            + " headed by Tom Reed, head of the Bank's Oslo division, met Finance Ministry"
            + " secretary Tom Lind. | World Bank - Tom Lind",
        // Reuters capitalises the word after "U.S.": an auxiliary is no one's name
        "Trade sources said Norway and the U.S. Have been holding talks on the currency. | Norway"
            + " - United States",
        // a meeting only thought probable
        "Dealers are watching for a probable meeting between Tom Lind and Ana Vick later today. |"
            + " ",
        // a "Jr." name: the surname alone, or with "Jr.", is that person
        "President Tomas Lindqvist Jr. arrived on Sunday. Ana Vick spoke with Lindqvist Jr. by"
            + " phone. | Ana Vick - Tomas Lindqvist Jr",
        "President Tomas Lindqvist Jr. arrived on Sunday. Ana Vick spoke with Lindqvist by phone."
            + " | Ana Vick - Tomas Lindqvist Jr"
      })
  void namesAndPlans(String row) {
    MadeUpText.assertRow(row);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // a middle initial is no acronym: the name was dropped whole (970 rtqa articles hold one)
        "Ana Vick met with Tomas R. Lindqvist on Monday. | Ana Vick - Tomas R. Lindqvist",
        "George H.W. Lindqvist met with Ana Vick in Malta. | George H.W. Lindqvist - Ana Vick",
        // "F" is split from its point by the tokenizer, unlike "R."
        "Robert F. Lindqvist Jr. met with Ana Vick in Oslo on Monday. | Robert F. Lindqvist Jr. -"
            + " Ana Vick",
        // a library is no person a "he" can stand for
        "Prince Tomas headed to the Tom Lind Presidential Library. It was there he also met"
            + " President Ana Vick. | ",
        // a blocker before an aside still governs the contact after it
        "Tom Lind and Ana Vick have sought, and continue to seek, calls with Sara Brun. | "
      })
  void initials(String row) {
    MadeUpText.assertRow(row);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // a name ending in "s" owns with the apostrophe alone
        "Cyprus' permanent representative said in a letter to Secretary-General Tom Lind that the"
            + " border was closed. | Cyprus - Tom Lind",
        "Ana Vick met with some of the Netherlands' most powerful business leaders on Tuesday."
            + " | ",
        "Tom Lind met with King Charles' heir to the throne in Paris. | ",
        // but not inside a name
        "The Waterside Workers' Federation held talks with the Harlow Employers' Association on"
            + " Monday. | Waterside Workers' Federation - Harlow Employers' Association",
        // "and with" goes on with the list
        "Tom Lind met with Ana Vick and with Sara Brun on Monday. | Tom Lind - Ana Vick; Tom Lind"
            + " - Sara Brun"
      })
  void possessivesAndLists(String row) {
    MadeUpText.assertRow(row);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // a description opening the sentence is no first name
        "Incumbent Tom Lind met with Ana Vick on Monday. | Tom Lind - Ana Vick",
        "Embattled Tom Lind met with President Ana Vick at the White House. | Tom Lind - Ana"
            + " Vick",
        // a noun after "a" before "called" names someone ("a businessman called Tom Lind")
        "Ana Vick hired a businessman called Tom Lind to run the firm. | ",
        // the verb after a subject phrase's list is the phrase's, after a dateline too
        "OSLO, June 18 - Talks between Norway and Sweden resumed on Wednesday. | Norway - Sweden",
        // but an "is likely to" in another clause leaves a contact that happened
        "Tom Lind met Ana Vick on Monday, saying a deal is likely to follow. | Tom Lind - Ana"
            + " Vick",
        // two parties joined by a hyphen the tokenizer keeps on the second
        "Israel-Hamas talks resumed in Cairo on Monday. | ",
        // a platform is no person a "he" can stand for
        "In a post on Truth Social on Monday, Tom Lind wrote that the summit went well."
            + " Concurrently, he said he was in serious discussions with President Ana Vick. | Tom"
            + " Lind - Ana Vick",
        // a contact a verb is about is not its subject's; a number after "about" is no topic
        "News organizations have published details about Tom Lind's talks with Norway. | Tom"
            + " Lind - Norway",
        "Ana Vick took a leading role, representing about 150 contractors in negotiations with"
            + " Harlow Steel Corp last year. | Ana Vick - Harlow Steel Corp",
        // a public debate, however many words its number takes
        "Governor Ana Vick and challenger Tom Lind met for their second and final debate Tuesday."
            + " | "
      })
  void descriptionsAndDebates(String row) {
    MadeUpText.assertRow(row);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // a nationality before one word, or before an organisation word, names a firm
        "American Express and Harlow Steel Corp have been having discussions. | American Express"
            + " - Harlow Steel Corp",
        "Harlow Steel Corp said it has held talks with American Trust of Oslo. | Harlow Steel Corp"
            + " - American Trust of Oslo",
        // but not a state's body, a place or a title
        "The U.S. House Oversight and Reform Committee sent a letter to Tom Lind. | House"
            + " Oversight and Reform Committee - Tom Lind",
        "Tom Lind visited heavily Democratic Maryland on Monday. | ",
        // a country an official's title named anywhere in the story is the official's own side
        "OSLO, March 30 - Norwegian Prime Minister Tom Lind said talks were near. He was speaking"
            + " to reporters after talks with Norwegian Ambassador to Athens Sara Brun, who arrived"
            + " last night. | ",
        // a meeting still to come when someone spoke before it
        "OSLO, March 23 - Deputy Prime Minister Tom Lind, speaking before a meeting with the"
            + " Paris Club of creditor nations, said Norway was seeking to refinance its debt. | "
      })
  void nationalitiesAndPlans(String row) {
    MadeUpText.assertRow(row);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // a lower-case appositive between members of a list does not end it
        "Tom Lind met with Ana Vick, the finance minister, and Sara Brun on Monday. | Tom Lind -"
            + " Ana Vick; Tom Lind - Sara Brun",
        "Tom Lind has had conversations with Senator Ana Vick of Oregon, the senior Republican on"
            + " the Senate Budget Committee, and with House Speaker Sara Brun. | Tom Lind - Ana"
            + " Vick; Tom Lind - Sara Brun",
        // but a described member is a member ("A, his former lawyer B, and …"; the publisher
        // named after "a publisher," is still not found)
        "Prosecutors described a meeting between Tom Lind, his former lawyer Ana Vick, and a"
            + " publisher, Sara Brun. | Tom Lind - Ana Vick",
        // a hyphen the tokenizer keeps on a surname's second part
        "Tom Lind spoke with the Rev. Mariama White-Hammond on Thursday. | Tom Lind - Mariama"
            + " White-Hammond"
      })
  void appositivesInLists(String row) {
    MadeUpText.assertRow(row);
  }

  /** Session 43, from audits 24 and 25 (v80). */
  @ParameterizedTest
  @ValueSource(
      strings = {
        // a participle after "before", "after", "while" has the main verb's subject, not its object
        // (a visitor named once, in full and untitled, is not kept: the title shows a person)
        "Trade Minister Tom Lind met the Norland Trade Council before visiting Agriculture"
            + " Minister Ana Vick. | Tom Lind - Norland Trade Council; Tom Lind - Ana Vick",
        "Trade Minister Tom Lind met the Norland Trade Council, before visiting Agriculture"
            + " Minister Ana Vick. | Tom Lind - Norland Trade Council; Tom Lind - Ana Vick",
        "Tom Lind looked tired while speaking with Finance Minister Ana Vick on Monday. | Tom Lind"
            + " - Ana Vick",
        // but "kept B from meeting C": B would have met C, and never did
        "Tom Lind kept Ana Vick from meeting Sara Brun. | ",
        // "called X out" is a rebuke
        "Tom Lind called Ana Vick out in 2018 over the budget. | ",
        // a noun named by "called", past a year or an agent
        "Harlow Steel Corp founded a brokerage service in 1984 called Norland Investors Service"
            + " that now serves many. | ",
        "We will free the city from a cartel run by Harlow called Norland Syndicate. | ",
        // (but a title before the year keeps the call: the country stands for its prime minister)
        "The prime minister of Norway in 2019 called President Ana Vick about gas. | Norway - Ana"
            + " Vick",
        // a union's name goes on through "of", a committee's through "on"
        "Harlow Steel Corp said it is negotiating with the International Brotherhood of Electrical"
            + " Workers. | Harlow Steel Corp - International Brotherhood of Electrical Workers",
        "Tom Lind sent a letter to the Senate Committee on Natural Resources and Water on"
            + " Monday. | Tom Lind - Senate Committee on Natural Resources and Water",
        "Tom Lind met the Senate Committee on Capitol Hill. | Tom Lind - Senate Committee",
        // a medal is given, it meets no one
        "Tom Lind awarded Ana Vick the Presidential Medal of Freedom after their conversation. |"
            + " Tom Lind - Ana Vick"
      })
  void audits24And25(String row) {
    MadeUpText.assertRow(row);
  }

  /** Session 43, from audits 26 and 27 (v81). */
  @ParameterizedTest
  @ValueSource(
      strings = {
        // teams meet in a game
        "Outside the stadium where Norway and Sweden met in a World Cup qualifying game, fans"
            + " waved flags. | ",
        "Norway and Sweden met for the third time in the playoffs on Sunday. | ",
        // but leaders meet at one
        "Prime Minister Tom Lind met President Ana Vick at the World Cup final. | Tom Lind - Ana"
            + " Vick",
        // a venture named after "with X called"
        "Harlow Steel Corp said it has formed a joint venture with Norland Pumps Ltd called"
            + " Harlow-Norland Inc to build a plant. | ",
        // opposing the talks themselves, or something at a meeting
        "The spokesman said the White House continued to oppose a budget summit with Congress. | ",
        "Officials said Norway and Sweden continued to oppose the scheme at a meeting of finance"
            + " ministers here. | Norway - Sweden",
        // a present tense with a day after it is a schedule
        "The Norland Dockers Union meets on Monday and Tuesday in conciliation with the Harlow"
            + " Shipping Association. | ",
        "Trade Minister Tom Lind visits President Ana Vick tomorrow. | ",
        "Tom Lind met Ana Vick on Monday. | Tom Lind - Ana Vick"
      })
  void audits26And27(String row) {
    MadeUpText.assertRow(row);
  }

  /** Session 43: counter-cases from the review of v81-v82, kept by v83. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        // "final" before a noun is no game; nor a contest past "ahead of", "despite", "for"
        "Trade Minister Tom Lind met President Ana Vick in the final days of the campaign. | Tom"
            + " Lind - Ana Vick",
        "Trade Minister Tom Lind met President Ana Vick for a game of golf in Harlow. | Tom Lind -"
            + " Ana Vick",
        "Trade Minister Tom Lind met President Ana Vick in Doha ahead of the tournament. | Tom"
            + " Lind - Ana Vick",
        // people act for the body after their preposition, and a day calls no one
        "A spokesman for Harlow Steel Corp called Finance Minister Ana Vick on Monday to"
            + " complain. | Harlow Steel Corp - Ana Vick",
        "Trade Minister Tom Lind on Monday called President Ana Vick. | Tom Lind - Ana Vick",
        "Trade Minister Tom Lind called President Ana Vick out of courtesy on Monday. | Tom Lind -"
            + " Ana Vick",
        // "without" negates
        "Trade Minister Tom Lind left Oslo without visiting President Ana Vick. | ",
        // a body that acts on a person: the person is the participle's subject
        "Harlow Steel Corp sacked Director Tom Lind weeks after visiting President Ana Vick. | Tom"
            + " Lind - Ana Vick",
        // "opposed to" before a contact verb is a reduced relative clause
        "Leaders of the Norland Liberation Front opposed to the government met President Ana Vick"
            + " in Oslo. | Norland Liberation Front - Ana Vick",
        // a body's "on" stops at a company, a street or a holiday
        "Trade Minister Tom Lind met the Harlow City Council on Norland Pumps Ltd's offer. | Tom"
            + " Lind - Harlow City Council",
        "Trade Minister Tom Lind met the Senate Committee on Christmas Eve. | Tom Lind - Senate"
            + " Committee",
        // a present tense with a day further on is a caption's, and "every Monday" a habit
        "Trade Minister Tom Lind meets with President Ana Vick at the palace on Friday. | Tom Lind"
            + " - Ana Vick",
        "Trade Minister Tom Lind meets President Ana Vick every Monday. | Tom Lind - Ana Vick"
      })
  void reviewOfV81AndV82(String row) {
    MadeUpText.assertRow(row);
  }

  /** Session 43, from audits 28 and 29 (v82). */
  @ParameterizedTest
  @ValueSource(
      strings = {
        // a president's administration acted, not the president
        "Tom Lind spoke on Monday. Five prisoners came home in an exchange the Lind"
            + " administration negotiated with Oslo. | ",
        // members of a chamber act each for themselves
        "Senator Ana Vick, whose state borders Norway, and other members of Congress sent a letter"
            + " to President Tom Lind. | Ana Vick - Tom Lind",
        // the body a listed person heads is his office, not a member of the list
        "Sara Brun and Per Holm of Oslo, head of the Oversight Committee, sent a letter to Tom"
            + " Lind. | Sara Brun - Tom Lind; Per Holm - Tom Lind",
        // two bodies joined by "and" stay two
        "Norway's talks with the World Bank and International Monetary Fund have run into"
            + " difficulties. | Norway - World Bank; Norway - International Monetary Fund",
        // a description before a full name the story gives
        "Nick Vale spoke on Sunday. Tom Lind dined with the White Nationalist Nick Vale in"
            + " November. | Tom Lind - Nick Vale",
        // "plan to discuss … in talks": the talks are planned; "sought to … in a call": held
        "Foreign Secretary Tom Lind and Secretary of State Ana Vick plan to discuss the growing"
            + " crisis in trade relations with Japan in talks in Washington. | ",
        "President Tom Lind sought to take the temperature down in a call with Ana Vick on Sunday"
            + " night. | Tom Lind - Ana Vick",
        // a chat group on a platform is named
        "Tom Lind led an online chat group on Discord called Harlow Central. | "
      })
  void audits28And29(String row) {
    MadeUpText.assertRow(row);
  }

  /** Session 43: counter-cases from the review of v83, kept by v84. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        // an intention does not reach past a clause of its own, nor is "due to" one
        "The delay was due to concerns Tom Lind raised in talks with President Ana Vick on"
            + " Monday. | Tom Lind - Ana Vick",
        "Tom Lind is expected to sign the deal he struck in talks with President Ana Vick last"
            + " week. | Tom Lind - Ana Vick",
        "Harlow Steel Corp hopes to build on progress it made at a meeting with President Ana Vick"
            + " in May. | Harlow Steel Corp - Ana Vick",
        // a person's initials are no acronym of a body
        "The UN held talks with Ursula Nord on Monday. | United Nations - Ursula Nord",
        // a body whose own verb is a contact keeps the participle too
        "The World Bank met Finance Minister Tom Lind on Monday before visiting President Ana"
            + " Vick. | World Bank - Tom Lind; World Bank - Ana Vick",
        // members of a chamber with no one named before them are no one named
        "After Tom Lind spoke, members of Congress met President Ana Vick. | ",
        // a possessive before a game
        "Sweden and Denmark met in their opening game of the tournament. | ",
        // the name of whom one meets takes no room from the day
        "Foreign Minister Tom Lind meets President Ana Vick on Tuesday to discuss trade. | ",
        // a savings bank and loan is one body
        "Tom Lind met the Norland Savings Bank and Loan Association on Monday. | Tom Lind -"
            + " Norland Savings Bank and Loan Association"
      })
  void reviewOfV83(String row) {
    MadeUpText.assertRow(row);
  }

  /** Session 44, from audits 30 and 31 (v84). */
  @ParameterizedTest
  @ValueSource(
      strings = {
        // the reporter named alone on the first line is no one the story's "Kim" can be
        "Hana Kim\n\nOSLO - President Tom Lind sent a message to Norland leader Kim Jong Ho on"
            + " Friday. Lind and Kim met in June. | Tom Lind - Kim Jong Ho",
        // a country is no person a later "she" can be
        "Ana Vick spoke on Monday. In her youth she traveled to El Salvador. She met Tom Lind that"
            + " year at a retreat. | Ana Vick - Tom Lind",
        // a title past its "d'"
        "Embassy Charge d'Affaires Ana Vick said on Friday that Tom Lind was well. Vick spoke to"
            + " Tom Lind in the courtroom. | Ana Vick - Tom Lind",
        // representatives from countries: the countries
        "The meeting in Oslo was attended by representatives from Norway, Sweden and Denmark. |"
            + " Norway - Sweden; Norway - Denmark; Sweden - Denmark",
        // one against each of a list: the list's members are not each other's
        "Tom Lind cited progress in talks between banks and Norway, Sweden, and Denmark. | ",
        // trades on both sides of "and" make one firm's name
        "Harlow Steel Corp and Norland Mining and Development Corp are still holding talks on a"
            + " rescue package. | Harlow Steel Corp - Norland Mining and Development Corp",
        // a contact noun whose sentence's verb is future, however far on
        "Negotiations between Norway and Sweden over the terms of the new fishing treaty will take"
            + " at least two years. | ",
        "Talks between Tom Lind and Ana Vick on a package that likely will include tax credits are"
            + " continuing. | Tom Lind - Ana Vick",
        // diplomats are people described, not a body named
        "While in Oslo, Tom Lind has conferred with a number of U.N. Diplomats, including the"
            + " representative of Norway. | Tom Lind - Norway"
      })
  void audits30And31(String row) {
    MadeUpText.assertRow(row);
  }

  /** The "Un" ending a Korean name is no United Nations: Kim Jong Un had been a body. */
  @Test
  void aNameEndingInUnIsAPerson() {
    assertThat(
            MadeUpText.participants(
                "North Korean leader Kim Jong Un spoke on Monday. President Tom Lind met Kim in"
                    + " July."))
        .containsExactly("Tom Lind PERSON", "Kim Jong Un PERSON");
    assertThat(MadeUpText.participants("The UN held talks with Norway on Monday."))
        .containsExactly("United Nations GROUP", "Norway GROUP");
  }

  /** Session 44: counter-cases from the review of v85 and rows from audits 32 and 33. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        // a subject's future verb: talks going on, what they are about, a past expectation, and a
        // meeting dated before now are no plans
        "Talks between Tom Lind and Ana Vick will continue on Tuesday. | Tom Lind - Ana Vick",
        "The meeting between Tom Lind and Ana Vick was expected to focus on trade. | Tom Lind - Ana"
            + " Vick",
        "The meeting between Tom Lind and Ana Vick in Oslo last week will help ease tensions between"
            + " the two countries. | Tom Lind - Ana Vick",
        // diplomats of a body are not replaced by it, nor are they a participant named
        "Tom Lind held talks with diplomats of the European Union. | Tom Lind - European Union",
        // a country's name that is a surname in the news
        "Deputy Attorney General Ana Monaco arrived in Oslo on Sunday. On Monday, Monaco met Tom"
            + " Lind. | Ana Monaco - Tom Lind",
        // "sent a letter with B to C": B signed it too, C is written to
        "Rep. Tom Lind sent a letter Friday with Rep. Ana Vick, R-La., to Attorney General Per"
            + " Holm. | Tom Lind - Per Holm",
        // "the pope" is neither of two popes named (the one in full had been taken, a statue's)
        "Pope Leo was admitted to a hospital on Friday. Flowers lay at a statue of Pope John Paul"
            + " II. Earlier Friday, the pope met with Prime Minister Tom Lind. | ",
        // a suffix written with its dot
        "Harlow Steel Corp. and Norland Mining and Development Corp. are still holding talks on a"
            + " rescue package. | Harlow Steel Corp. - Norland Mining and Development Corp."
      })
  void reviewOfV85(String row) {
    MadeUpText.assertRow(row);
  }

  /** Session 44: from audit 34 (v86) and the review of v86. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        // a party label before a full name is no part of it
        "Democrat Ana Vick won on Tuesday. President Tom Lind called Vick on Tuesday night. | Tom"
            + " Lind - Ana Vick",
        // "which it has called X" names a thing; a "that" clause after a verb or before a pronoun
        // still calls
        "Vellix Inc launched a takeover bid, which it has called Harlow Dawn, on Monday. | ",
        "Ana Vick said after the election that she called Tom Lind to congratulate him. | Ana Vick"
            + " - Tom Lind",
        "Tom Lind confirmed reports that Ana Vick called Per Holm on Monday. | Ana Vick - Per Holm",
        // representatives of a country beside a person keep the country
        "Tom Lind met representatives of Brazil and Ana Vick on Monday. | Tom Lind - Brazil; Tom"
            + " Lind - Ana Vick"
      })
  void audit34AndReviewOfV86(String row) {
    MadeUpText.assertRow(row);
  }

  /**
   * A "between" that names no one (its first form threw on the empty list, in every such story).
   */
  @Test
  void talksBetweenNoOneNamed() {
    assertThat(MadeUpText.namedPairs("Talks between them ended on Monday.")).isEmpty();
    assertThat(MadeUpText.namedPairs("The talks between the two sides and the unions ended."))
        .isEmpty();
  }

  /** Review of v86: whom a co-signed letter went to is right after the co-signers, or no one. */
  @Test
  void aLetterWithCoSignersGoesToWhomItNames() {
    assertThat(
            MadeUpText.namedPairs(
                "Tom Lind wrote a letter with Rita Ross, an adviser to Ana Vick, urging a vote."))
        .doesNotContain("Tom Lind - Ana Vick");
    assertThat(
            MadeUpText.namedPairs(
                "Tom Lind sent a letter with Rita Ross in addition to Ana Vick on Monday."))
        .doesNotContain("Tom Lind - Ana Vick");
  }

  /** Session 44, review of v85: no participant is made of an office or of a second pair. */
  @Test
  void officesAndSecondPairsStayWhatTheyAre() {
    assertThat(
            MadeUpText.participants(
                "Ana Vick met Tom Lind, chairman of the Joint Chiefs of Staff, on Monday."))
        .containsExactly("Ana Vick PERSON", "Tom Lind PERSON");
    assertThat(
            MadeUpText.namedPairs(
                "Separate talks between Tom Lind and Ana Vick, and Eva Berg and Jon Holm, ended on"
                    + " Monday."))
        .contains("Tom Lind - Ana Vick", "Eva Berg - Jon Holm");
  }

  /** Session 45: from audit 36 (v87), audit 37 (v89) and the review of v89. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        // talks scheduled past an aside between dashes ...
        "Talks between Tom Lind and Ana Vick – whose party Per Holm leads – are scheduled in Oslo"
            + " on Thursday. | ",
        // ... but not an aside that tells them as held or going on (review)
        "Talks between Tom Lind and Ana Vick – held in Oslo on Monday – are expected to lead to a"
            + " deal. | Tom Lind - Ana Vick",
        "Talks between Tom Lind and Ana Vick (which began last week) will end on Friday. | Tom Lind"
            + " - Ana Vick",
        // "another round of talks" opens the sentence as its subject
        "Another round of talks between Tom Lind and Ana Vick over the future of the fishing rights"
            + " in the cold northern seas off the coast will take place in May. | ",
        // names given as an aside to one side's description are that side, not each other's
        "Months of meetings in Oslo between two of Vick's advisers, Tom Lind and Per Holm, and"
            + " Norwegian officials, including Eva Berg, ended the dispute. | Tom Lind - Eva Berg;"
            + " Per Holm - Eva Berg",
        // ... not when the description names both sides, nor in a list with an Oxford comma
        "Talks between the two leaders, Tom Lind and Ana Vick, and their ministers ended on Monday. |"
            + " Tom Lind - Ana Vick",
        "Talks between Vellix executives, Harlow Steel Corp, Norland Pumps Ltd, and Tom Lind ended"
            + " on Monday. | Harlow Steel Corp - Norland Pumps Ltd; Harlow Steel Corp - Tom Lind;"
            + " Norland Pumps Ltd - Tom Lind",
        // a place between the contact noun and its "between" ...
        "Talks in Sochi between Tom Lind and Ana Vick ended on Monday. | Tom Lind - Ana Vick",
        // ... when parties follow it, not a time (review)
        "Tom Lind had meetings in Oslo between Monday and Wednesday with Ana Vick and Per Holm. |"
            + " Tom Lind - Ana Vick; Tom Lind - Per Holm",
        // a list with a comma before its "and" is still one list
        "There were talks between Tom Lind, Ana Vick, and Per Holm in Oslo. | Tom Lind - Ana Vick;"
            + " Tom Lind - Per Holm; Ana Vick - Per Holm",
        // "he" after "X's remarks about Y" is X, who spoke, not Y, spoken about ...
        "Tom Lind spoke on Thursday. Lind's remarks about Per Holm came as he sat next to Ana Vick"
            + " for a bilateral meeting. | Tom Lind - Ana Vick",
        // ... but after "X's book about Y" it is Y (review)
        "Tom Lind's book about Per Holm recounts how he met Ana Vick in Oslo. | Per Holm - Ana Vick",
        // audit 37: talks a letter is about are not the letter's other side; the letter's own is
        // read on past them, and a time or a place before "for talks with" is no topic (review)
        "Ana Vick sent a letter about the talks with China to Tom Lind. | Ana Vick - Tom Lind",
        "Ana Vick discussed the course of the talks with Tom Lind on Saturday. | Ana Vick - Tom Lind",
        "Tom Lind met on Monday for talks with Ana Vick. | Tom Lind - Ana Vick",
        // audit 37: a meeting that was possible in the coming weeks is one that may come
        "Tom Lind confirmed a meeting with Ana Vick was possible in the coming weeks. | ",
        "President Tom Lind confirmed a meeting with Prince Tomas and other Arab world leaders was"
            + " possible in the coming weeks. | ",
        "Tom Lind said the meeting with Ana Vick was possible because of the truce. | Tom Lind - Ana"
            + " Vick",
        // ... but only the contact noun's own verb, never another clause's, nor a held one's
        // (review)
        "Tom Lind met Ana Vick in Oslo, and other leaders are likely to follow. | Tom Lind - Ana"
            + " Vick",
        "Tom Lind said talks with Ana Vick on Monday showed a deal is possible. | Tom Lind - Ana"
            + " Vick",
        "The meeting between Tom Lind and Ana Vick last week is unlikely to end the dispute. | Tom"
            + " Lind - Ana Vick",
        // an aside that dates something else, or the contact to come, is no sign it was held
        "Talks between Tom Lind and Ana Vick (to be held in Oslo) will start on Monday. | ",
        "Talks between Tom Lind and Ana Vick – the first since the war began – will start on"
            + " Monday. | ",
        // a "-" with spaces round it is a dash
        "Talks between Tom Lind and Ana Vick - whose party Per Holm leads - are scheduled in Oslo on"
            + " Thursday. | ",
        // a description by whose people they are, without a possessive
        "Months of meetings in Oslo between two Vellix advisers, Tom Lind and Per Holm, and"
            + " Norwegian officials, including Eva Berg, ended the dispute. | Tom Lind - Eva Berg;"
            + " Per Holm - Eva Berg",
        // an owned description before a list with an Oxford comma: still one list
        "Talks between Vellix's executives, Harlow Steel Corp, Norland Pumps Ltd, and Tom Lind ended"
            + " on Monday. | Harlow Steel Corp - Norland Pumps Ltd; Harlow Steel Corp - Tom Lind;"
            + " Norland Pumps Ltd - Tom Lind"
      })
  void audits36And37(String row) {
    MadeUpText.assertRow(row);
  }

  /** Session 45: from audit 38 (v90). */
  @ParameterizedTest
  @ValueSource(
      strings = {
        // "called A and the B “the enemies”": a description, past "the" in the list called
        "Tom Lind called Ana Vick and the Vellix Council “the enemies” on Monday. | ",
        // a committee that only qualifies a member's role is not the writer
        "In a letter to Tom Lind last Friday, House Fisheries Committee member Rep. Ana Vick urged"
            + " a vote. | Ana Vick - Tom Lind",
        // "sent B a letter": B is whom it went to (left in session 44, 13 such pairs in the data)
        "On Friday, Ana Vick sent Tom Lind a letter inviting him to speak. | Ana Vick - Tom Lind",
        "Ana Vick had written Tom Lind a letter about trade talks with China. | Ana Vick - Tom Lind",
        // a party tag with a state of two words is no one: "D-New York"
        "Senate Minority Leader Tom Lind, D-New York, met Ana Vick on Monday. | Tom Lind - Ana Vick"
      })
  void audit38(String row) {
    MadeUpText.assertRow(row);
  }

  /** Audit 37: the talks a letter is about are not the letter's other side. */
  @Test
  void aLetterAboutTalksWithChinaIsNotToChina() {
    assertThat(
            MadeUpText.namedPairs(
                "Ana Vick had written Tom Lind a letter about trade talks with China."))
        .doesNotContain("Ana Vick - China");
  }

  /** Audit 36: the federal district is a place visited, not a group met. */
  @Test
  void washingtonDcIsAPlace() {
    assertThat(MadeUpText.participants("Tom Lind is visiting Washington, D.C. on Wednesday."))
        .containsExactly("Tom Lind PERSON");
  }
}
