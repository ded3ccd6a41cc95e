package org.corpusbot.meetings;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The wrong contacts and broken names of the eleventh precision audit (session 36, rtqa articles
 * longer than 12,000 characters; README, "Who met whom"), each rule checked over both corpora
 * before it was kept. Every sentence is made up. A row is the text, " | ", and the named pairs
 * expected, separated by "; ".
 */
class Audit11RulesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        // a body's words before a title leave the person after it a person
        "Justice Samuel Alito was in Rome on Monday. Supreme Court Justice Alito spoke to Donald"
            + " Trump on Tuesday. | Samuel Alito - Donald Trump",
        "White House Counsel Pat Cipollone met with Sen. Ana Lutz on Tuesday. | Pat Cipollone - Ana"
            + " Lutz",
        "Harlow County Sheriff Tom Lind said he spoke to Ana Lutz on Sunday night. | Tom Lind -"
            + " Ana Lutz",
        // a purpose after a visit is no one visited, unless the purpose is itself talking
        "Former Vice President Tom Lind visited Arizona to campaign with Gov. Ana Lutz last month. | ",
        "Sen. Tom Lind visited Mar-a-Lago to speak with President Ana Lutz. | Tom Lind - Ana Lutz",
        // a county is a place: visited, or a place in a lawmaker's tag
        "Sen. Tom Lind visited Harlow County and offered to fund state investigators. | ",
        "Rep. Ana Lutz, R-Schuylerville, Harlow County, wrote a letter Friday to Gov. Tom Lind. |"
            + " Ana Lutz - Tom Lind",
        // a people is no person
        "Black Americans voted in large numbers. \"It has been an honor,\" President Tom Lind said in"
            + " a letter addressed to Americans. | ",
        // a guest acknowledged in a speech is no guest received
        "President Tom Lind welcomed Ana Lutz to Tuesday's State of the Union speech. | ",
        "President Tom Lind welcomed Ana Lutz to the White House on Tuesday. | Tom Lind - Ana Lutz",
        // a debate is no meeting; meeting to debate is
        "HARLOW — Ana Lutz, Tom Lind and Sara Vick met for the third time Saturday night in a"
            + " debate held at Harlow College. | ",
        "Ana Lutz and Tom Lind met face-to-face for the first time during the presidential debate on"
            + " Tuesday. | ",
        "Sen. Tom Lind and Sen. Ana Lutz met to debate the farm bill on Tuesday. | Tom Lind - Ana"
            + " Lutz",
        // a timeline's date label does not hide the phrase the sentence opens with
        "Ana Lutz has criticised the president for years. July 18, 2018: During his meeting in Oslo"
            + " with Sara Vick, Tom Lind again said he trusted her. | Tom Lind - Sara Vick",
        // an absolute "with" phrase is a circumstance, not the other side
        "Tom Lind and Ana Lutz discussed a summit during a recent phone call, with the White House"
            + " being one of several options for a site. | Tom Lind - Ana Lutz; Tom Lind - Ana Lutz",
        "President Tom Lind has since pulled back from the talks, with Treasury Secretary Ana"
            + " Lutz saying on Sunday that a deal was not on the table. | ",
        "Tom Lind said he is holding discussions with Ana Lutz regarding the sale. | Tom Lind - Ana"
            + " Lutz",
        // an owner glued before a name is no part of it
        "Harlow’s Tom Lind said on Monday that he had been paid. Lind spoke to Ana Vick several days"
            + " later. | Tom Lind - Ana Vick",
        // a dash between names is no part of either
        "The three nations of the Harlow Council -- Norway, Sweden and Denmark -- have held a series"
            + " of meetings this year. | Norway - Sweden; Norway - Denmark; Sweden - Denmark",
        // what was talked about holds its own "with"
        "Defense Secretary Tom Lind had also talked about joint military exercises with Japan,"
            + " Australia and India. | ",
        "Justice Tom Lind talked about his long friendship with Ana Vick. | ",
        "Tom Lind talked with Ana Vick about the war on Monday. | Tom Lind - Ana Vick",
        // titles of prosecutors, county officers, founders, whips and chiefs of staff
        "Harlow County Supervisor Tom Lind on Wednesday wrote to President Ana Vick asking for"
            + " resources. | Tom Lind - Ana Vick",
        "Manhattan District Attorney Tom Lind met with Ana Vick on Monday. | Tom Lind - Ana Vick",
        "House Minority Leader Tom Lind and Minority Whip Ana Vick met Sara Brun in March. | Tom"
            + " Lind - Sara Brun; Ana Vick - Sara Brun",
        "SpaceX Founder Tom Lind met with Gov. Ana Vick on Monday. | Tom Lind - Ana Vick",
        // a compound describing the person is no part of the name
        "Mega-podcaster Tom Lind met with Sen. Ana Lutz on Monday. | Tom Lind - Ana Lutz",
        "Rep. Ana Sherwood-Randall met with Tom Lind on Monday. | Ana Sherwood-Randall - Tom Lind",
        // a base named after someone is a place
        "President Tom Lind greeted the royals at the White House following their arrival at Joint"
            + " Base Andrews. The pair met on the South Portico. | ",
        "President Tom Lind met Queen Sonja in April 2008. Lind took the rare step of meeting the"
            + " queen when her plane arrived at Joint Base Andrews, and he later welcomed Sonja to"
            + " the White House. | Tom Lind - Sonja",
        "Sara Vick and Tom Lind arrived at Joint Base Andrews. The pair met on the South Portico. |"
            + " Sara Vick - Tom Lind"
      })
  void theAuditsWrongPairsAndBrokenNames(String row) {
    MadeUpText.assertRow(row);
  }
}
