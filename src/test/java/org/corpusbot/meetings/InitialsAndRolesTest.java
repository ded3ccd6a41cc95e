package org.corpusbot.meetings;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session 48: a first name given by its initials ("Vice President JD Vance", "J.D. Vance",
 * "Governor JB Pritzker") had been read as an acronym, and every contact of such a person lost that
 * side (JD Vance is named over 500 times in the rtqa corpus). Reading them showed people who speak
 * for no one ("a meeting with Duke University alumni"), an interview ("sat down with B for an
 * interview"), and a pope's name taken for another Francis's surname. Every sentence is made up; a
 * row is the text, " | ", and the named pairs expected, separated by "; ".
 */
class InitialsAndRolesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        // session 49: "acting" before a title names no one, and ends no list
        "The report describes a meeting between President Joe Biden, acting Attorney General Per"
            + " Holm, and acting Deputy Attorney General Ana Vick. | Joe Biden - Per Holm; Joe"
            + " Biden - Ana Vick; Per Holm - Ana Vick",
        "President Joe Biden met with acting Attorney General Per Holm on Tuesday. | Joe Biden -"
            + " Per Holm",
        // initials open a name: two capitals after a title, dotted ones anywhere
        "Benjamin Netanyahu spoke with Vice President JD Vance on Sunday. | Benjamin Netanyahu -"
            + " JD Vance",
        "Joe Biden met Governor JB Pritzker on Sunday. | Joe Biden - JB Pritzker",
        "Joe Biden met J.D. Vance on Sunday. | Joe Biden - J.D. Vance",
        "Vice President JD Vance arrived in Rome. Pope Leo XIV met Vance on Monday. | Leo XIV - JD"
            + " Vance",
        // ... not an acronym, a title's short form, a country, or one initial split from "U.S."
        "AP Charles Dharapak met President Joe Biden on Sunday. | ",
        "Japanese PM Fumio Kishida met Pope Francis at the Vatican. | ",
        "Joe Biden met U.S. Steel on Sunday. | Joe Biden - U.S. Steel",
        "President Joe Biden met JD Smith on Sunday. | ",
        // a state's abbreviation is no one's initials (review of v104)
        "Tom Lind met with the N.C. Legislature on Monday. | "
      })
  void initials(String row) {
    MadeUpText.assertRow(row);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // a body's alumni, students or voters do not speak for it; its officials do
        "Governor Tom Lind mentioned the poll during a meeting with Duke University alumni. | ",
        "Governor Tom Lind held a meeting with Duke University officials. | Tom Lind - Duke"
            + " University",
        // who sits down with someone for an interview is interviewed; a podcaster met otherwise
        // is met (review of v104)
        "Senator Tom Lind sat down with podcaster Per Holm on Wednesday for a long interview. | ",
        "Senator Tom Lind met podcaster Per Holm and Governor Ana Vick at the ranch on Monday. |"
            + " Tom Lind - Per Holm; Tom Lind - Ana Vick",
        // "Pope Francis" named alone is the pope, not another Francis's surname
        "Pope Francis died on Monday. Francis Holm of the Vellix Society praised him. Senator Tom"
            + " Lind arrived in Rome. Lind met with Francis in Vatican City last month. | Tom Lind"
            + " - Francis"
      })
  void roles(String row) {
    MadeUpText.assertRow(row);
  }
}
