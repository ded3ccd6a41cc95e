package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where session 35's rules first reached too far, as a fresh-eyes review of them showed with
 * made-up sentences (README, "Who met whom"): each case failed on the rules as first written. A row
 * is the text, " | ", and the named pairs expected, separated by "; ".
 */
class ReviewGuardsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        // "by phone" names no agent; only "negotiated by A, B" leaves its subject out
        "President Tom Lind and German Chancellor Ana Lutz conferred by phone on Tuesday. | Tom Lind"
            + " - Ana Lutz",
        // the country's "leader" beside the story's own untitled president
        "President Tom Lind hosted British Prime Minister Ana Lutz at the White House on Thursday."
            + " Earlier, Secretary of State Omar Hale met the British leader at Blair House. | Tom"
            + " Lind - Ana Lutz; Omar Hale - Ana Lutz",
        // a former host is a journalist again only on a show of someone's
        "Former Fox News host Ana Lutz met with Sen. Tom Lind on Tuesday, records show. | Ana Lutz"
            + " - Tom Lind",
        // how a call went is no description of the one called
        "French President Ana Lutz has called Russian President Tom Lind multiple times since the"
            + " invasion. | Ana Lutz - Tom Lind",
        "President Ana Lutz called Tom Lind unannounced on Monday. | Ana Lutz - Tom Lind",
        // "then" and "late" in their ordinary senses keep the holder in office
        "Finnish Foreign Minister Tom Lind arrived in Oslo on Thursday. Then the Finnish foreign"
            + " minister met Secretary of State Ana Lutz for two hours. | Tom Lind - Ana Lutz",
        // outlets whose common word is not last; a plan among the participants
        "Sen. Tom Lind spoke with the Milwaukee Journal Sentinel on Tuesday. | ",
        // a renaming with "later"; a heritage is no official's country
        "Ana Lutz founded Norfield, later called Norfield Platforms, in 2004. | ",
        "Indian-American Rep. Ana Lutz held talks with India on trade in New Delhi. | Ana Lutz -"
            + " India",
        // "Women" and "Olympics" inside bodies' names
        "Secretary of State Tom Lind met with UN Women on Tuesday. | Tom Lind - UN Women",
        "Gov. Ana Lutz met with leaders of Special Olympics International on Tuesday. | Ana Lutz -"
            + " Special Olympics International",
        // an office after a capitalised adjective; a chamber after a party's adjective
        "Outgoing Finnish premier Tom Lind hosted a banquet on Monday. On Tuesday, Secretary of"
            + " State Ana Lutz met the Finnish premier in Helsinki. | Ana Lutz - Tom Lind",
        "Attorney General Tom Lind met with the Republican House Judiciary Committee on Tuesday. |"
            + " Tom Lind - House Judiciary Committee",
        // a town no list holds before its region's comma is visited too
        "Gov. Ana Lutz visits Rochester, New York, and meets Mayor Tom Lind. | Ana Lutz - Tom Lind"
      })
  void theFirstFormReachedTooFar(String row) {
    MadeUpText.assertRow(row);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // a comma or "and" inside the participants' list does not end the talks' clause
        "Negotiations between Israel and Hamas could resume next week.",
        "Talks with Iran, Russia and China may start in Vienna next week."
      })
  void talksThatMayStartAreNoContactWhateverTheirList(String text) {
    assertThat(MadeUpText.evidence(text)).as(text).isEmpty();
  }
}
