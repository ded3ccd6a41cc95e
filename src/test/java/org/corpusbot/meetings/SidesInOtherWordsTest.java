package org.corpusbot.meetings;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session 47: contacts told in common words the rules read with one side only, found by reading a
 * sample of the events with one named participant over the whole rtqa corpus (held-out stories left
 * out): "was meeting with B", "as he left a meeting with B", "paid a visit to B", "A joined B for
 * talks", "the president" where the story names one president throughout and another once, "he"
 * past a possessive ("he raised Khashoggi's murder while he was meeting B"). Every sentence is made
 * up; a row is the text, " | ", and the named pairs expected, separated by "; ".
 */
class SidesInOtherWordsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        // the past progressive is a contact told as done
        "President Tom Lind was in Norland. He was meeting with King Harald VII at the palace in"
            + " Oslo. | Tom Lind - Harald VII",
        "The leaders of Finland and Sweden were meeting across town with the leader of Turkey."
            + " | Finland - Turkey; Sweden - Turkey",
        "While the two ministers Tom Lind and Per Holm were meeting with Governor Ana Vick, the"
            + " bank cut rates on Tuesday. | Tom Lind - Ana Vick; Per Holm - Ana Vick",
        // "is meeting" is news' future tense: a plan
        "President Tom Lind is meeting with King Harald VII in Oslo on Friday. | ",
        "The central bank was meeting its targets, President Tom Lind said. | ",
        // who leaves a meeting was in it; "leaves for talks" is a trip to come
        "President Tom Lind spoke to reporters as he left a meeting with Governor Ana Vick. | Tom"
            + " Lind - Ana Vick",
        "Minister Per Holm leaves today for Oslo for trade talks with Norland officials. | ",
        "Leaving his meeting with King Harald VII, President Tom Lind was briefed. | Tom Lind -"
            + " Harald VII",
        // a visit paid to a person; a visit to a place meets no one
        "Prime Minister Ana Vick paid a visit to President Tom Lind at the palace on Monday. | Ana"
            + " Vick - Tom Lind",
        "Prime Minister Ana Vick paid a visit to the Vellix Museum on Monday. | ",
        "Pope Leo has made several visits to the Gemelli hospital in recent years. | ",
        // who joins someone for talks is as often on their side as across the table (review of
        // v98: "Blinken was joined by Austin for talks in Tokyo"), so joining pairs no one
        "Secretary Tom Lind was joined by Defence Secretary Per Holm for talks in Oslo. | ",
        "Secretary of State Tom Lind joined Foreign Minister Ana Vick for talks in Oslo. | ",
        "Senator Per Holm joined President Tom Lind for a rally in Oslo. | "
      })
  void oneSideMore(String row) {
    MadeUpText.assertRow(row);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // "the president" is the one the story names throughout, not one named in passing
        "President Tom Lind signed the bill on Monday. Lind said the bill would help. Lind thanked"
            + " the Senate. Under President Ana Vick the idea had failed. The President spoke with"
            + " Senator Per Holm on Tuesday. | Tom Lind - Per Holm",
        // ... and never when two are named as often
        "President Tom Lind signed the bill. Under President Ana Vick it had failed. The President"
            + " spoke with Senator Per Holm on Tuesday. | ",
        // a visit to the White House in a past year was to whoever was president then
        "President Tom Lind signed the bill on Monday. Lind said the bill would help. Lind thanked"
            + " the Senate. Under President Ana Vick the idea had failed. The Norland Lynx visited"
            + " the White House in 2015. | ",
        // "he" past a possessive is the "he" before it
        "Crown Prince Omar bin Zayed hosted a summit on Friday, after the murder of writer Ali"
            + " Hadi. President Tom Lind said that he raised Hadi's murder while he was meeting with"
            + " the Crown Prince. | Tom Lind - Omar bin Zayed",
        // a father and his son named by one word are two people
        "President Tom Lind met Crown Prince Omar bin Zayed on Friday. Lind also met with King"
            + " Zayed. | Tom Lind - Omar bin Zayed; Tom Lind - Zayed",
        // whoever is quoted says "I" of himself
        "“I mean, he was tired,” spokesman Per Holm said. “But I did not know how tired he was"
            + " when he spoke with President Tom Lind.” | ",
        // newsreaders speak to people to report
        "Anchor Ana Vick said she spoke to President Tom Lind on Sunday. | ",
        // a journalist once is not every namesake, nor a former one (review of v98)
        "Former Fox News anchor Ana Vick met with President Tom Lind on Monday. | Ana Vick - Tom"
            + " Lind",
        "Fox News host Per Vick praised the plan. Governor Ana Vick met with President Tom Lind on"
            + " Monday. | Ana Vick - Tom Lind",
        // not an organisation's president
        "President Tom Lind signed the bill on Monday. Lind said the bill would help. Lind thanked"
            + " the Senate. FIFA President Ana Vick spoke. Vick said. Vick left. Vick smiled. Vick"
            + " waved. The President spoke with Senator Per Holm on Tuesday. | Tom Lind - Per Holm"
      })
  void whoTheyAre(String row) {
    MadeUpText.assertRow(row);
  }

  /** v98, from a second sample of one-sided events. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        // who travelled for a contact took part in it; not a trip to come
        "President Tom Lind traveled to Oslo for a meeting with King Harald VII. | Tom Lind -"
            + " Harald VII",
        "Minister Per Holm flew in from Oslo for the talks with Deputy Trade Representative Ana"
            + " Vick. | Per Holm - Ana Vick",
        "President Tom Lind will travel to Oslo for a meeting with King Harald VII. | ",
        // an owner past a date, and two owners
        "Governor Ana Vick's July 10 meeting with President Tom Lind was her fifth. | Ana Vick -"
            + " Tom Lind",
        "Trade was discussed during President Tom Lind and Governor Ana Vick's meeting on Monday."
            + " | Tom Lind - Ana Vick",
        // a meal after an article: a noun, its speaker or host a side
        "“We agreed,” President Tom Lind said at a dinner with Governor Ana Vick. | Tom Lind - Ana"
            + " Vick",
        // a place's region does not end the phrase
        "Governor Ana Vick met in Austin, Texas, with President Tom Lind on Monday. | Ana Vick -"
            + " Tom Lind",
        "Governor Ana Vick arrived in Austin, Texas, with her aides on Monday. | ",
        // an office of a parliament or a region ends the title, not the person's name
        "Senator Tom Lind held talks with Speaker of Parliament Ana B. Vick in Oslo. | Tom Lind -"
            + " Ana B. Vick",
        "Senator Tom Lind held talks with Governor of Riyadh Region Per Holm on Monday. | Tom"
            + " Lind - Per Holm",
        // talks spoken about are no talks of those who speak
        "President Tom Lind held talks with Speaker Ana Vick. In public comments on the talks,"
            + " Vick and Foreign Minister Per Holm showed no sign of concession. | Tom Lind - Ana"
            + " Vick"
      })
  void secondSample(String row) {
    MadeUpText.assertRow(row);
  }

  /** The review of v97 and v98: readings they got wrong, each a row that fails on v98. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        // the past progressive reported, or looking ahead, is a plan
        "President Tom Lind said he was meeting with Chancellor Ana Vick on Friday. | ",
        "President Tom Lind was meeting with Chancellor Ana Vick later on Tuesday, the White House"
            + " said. | ",
        // an object is not sought in another clause
        "President Tom Lind was meeting the press when Chancellor Ana Vick arrived. | ",
        // a visit to a person's place is no visit to the person
        "President Tom Lind paid a visit to the grave of Senator Per Holm on Monday. | ",
        "Prime Minister Ana Vick paid a visit to the home of President Tom Lind. | ",
        // a trip and its "for" are one phrase
        "Senator Tom Lind came to power promising to push for talks with President Ana Vick. | ",
        // two owners of a visit, or of meetings with people unnamed, are one side
        "President Tom Lind and Governor Ana Vick's visit to Oslo was a success. | ",
        "President Tom Lind and Governor Ana Vick's meetings with voters in Iowa were long. | ",
        // "with" after a place's region, when the place is not the verb's own, is company
        "President Tom Lind visited a factory in Austin, Texas, with Governor Ana Vick. | ",
        // "he" past a possessive that is not the object of his own verb is left as it was
        "Senator Per Holm said he disputed President Tom Lind's claim that he met with Chancellor"
            + " Ana Vick in May. | Tom Lind - Ana Vick",
        "Senator Per Holm said he reviewed President Tom Lind's records, which show he met"
            + " Chancellor Ana Vick twice. | Tom Lind - Ana Vick",
        // (a guard for v100's own rule) a president is a country's: "Democratic President", not
        // "FIFA President"
        "Democratic President Tom Lind signed the bill. Lind said it would help. Lind thanked the"
            + " Senate. Under President Ana Vick it had failed. The President spoke with Senator Per"
            + " Holm on Tuesday. | Tom Lind - Per Holm"
      })
  void reviewOfV98(String row) {
    MadeUpText.assertRow(row);
  }
}
