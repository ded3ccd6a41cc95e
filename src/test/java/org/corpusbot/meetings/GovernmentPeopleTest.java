package org.corpusbot.meetings;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session 46: "the leaders of A, B and C", "foreign ministers from A and B", "his counterparts from
 * A and B" stand for those countries, as the labelling guidelines count a country's delegation; the
 * rules had kept "leaders" as a described no one and dropped every country after it (a summit's
 * whole guest list). Only a country counts after these nouns, and only when nothing but "the",
 * "foreign", "top" and the like qualifies them ("business leaders from Japan" are no delegation).
 * Every sentence is made up; a row is the text, " | ", and the named pairs expected, separated by
 * "; ".
 */
class GovernmentPeopleTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Tom Lind met with the leaders of Japan, Australia and India in Tokyo on Tuesday. | Tom"
            + " Lind - Japan; Tom Lind - Australia; Tom Lind - India",
        "Tom Lind held a virtual meeting on Friday with leaders from Canada, Poland, NATO and the"
            + " European Council. | Tom Lind - Canada; Tom Lind - Poland; Tom Lind - NATO; Tom Lind"
            + " - European Council",
        // a country after "from" is who sent them, not where they met
        "Tom Lind met with leaders from Jamaica and Haiti on Tuesday. | Tom Lind - Jamaica; Tom"
            + " Lind - Haiti",
        "Tom Lind met with the foreign ministers of Jamaica and Haiti on Tuesday. | Tom Lind -"
            + " Jamaica; Tom Lind - Haiti",
        "Tom Lind discussed the summit with his counterparts from Norway and Sweden on Monday. |"
            + " Tom Lind - Norway; Tom Lind - Sweden",
        // a host's guests, every country of the list
        "President Tom Lind hosted the leaders of Japan, India and Australia at the palace on"
            + " Friday. | Tom Lind - Japan; Tom Lind - India; Tom Lind - Australia",
        "The summit was attended by leaders of Fiji, Samoa and Tonga. | Fiji - Samoa; Fiji -"
            + " Tonga; Samoa - Tonga",
        // opening a sentence, "Leaders of France" is no body's name
        "Leaders of France, Germany and Italy met in Rome on Tuesday. | France - Germany; France -"
            + " Italy; Germany - Italy",
        "Leaders of the Vellix Party and the Norland Union met in a garage on Monday. | Vellix"
            + " Party - Norland Union",
        // not a government's people
        "Tom Lind met with business leaders from Japan and India on Tuesday. | ",
        // still a plan
        "Tom Lind will meet with the leaders of Norway and Sweden on Thursday. | ",
        // a host's other countries only beside a list of people sent ("summoned India's envoys"
        // does not make the countries of the next clause guests)
        "Qatar and Norway summoned India's ambassadors, and Sweden and Chile issued statements"
            + " of condemnation. | Qatar - India; Norway - India",
        // "Representatives" inside a chamber's name is part of it
        "The U.S. House of Representatives Committee on Foreign Affairs wrote a letter to Tom Lind"
            + " on Monday. | House of Representatives Committee on Foreign Affairs - Tom Lind"
      })
  void governmentsByTheirPeople(String row) {
    MadeUpText.assertRow(row);
  }

  /** The review of v94 (which held v93's rules): readings it got wrong, each failing on v94. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        // leaders of something of the country's, not of the country
        "President Tom Lind met leaders of Nigeria's opposition in Abuja. | ",
        "President Tom Lind welcomed the leaders of Japan and India's remarks. | ",
        // a US state by the name of a country
        "Governor Tom Lind met with the leaders of Georgia and Alabama in Atlanta. | ",
        // people from a city are no body's delegation
        "President Tom Lind met with executives from Detroit on Monday. | ",
        // "Leaders of" inside a sentence may open a body's name
        "President Tom Lind met with Leaders of Hope Foundation chairwoman Ana Vick on Monday. |"
            + " Tom Lind - Ana Vick"
      })
  void reviewOfV94(String row) {
    MadeUpText.assertRow(row);
  }
}
