package org.corpusbot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Scraped pages that kept only their furniture, in the shapes two news sites leave (made up). */
class PageFurnitureTest {
  private final PageFurniture furniture = new PageFurniture();

  /** A sign-up form's notices, all a paywalled page kept. */
  static final String FORM =
      """
      We will use the details you have shared to manage your registration. You agree to the \
      processing of this information as described in our Privacy Policy.

      Would you like to receive The Daybreak newsletter ?

      The Daybreak newsletter provides you with a daily digest of news and analysis.

      If you wish to object to the use of your data in this way, please tick here.

      'We' includes the Planet and other Daily Media brands as detailed here.""";

  /** An advert's feedback widget, all a video page kept. */
  static final String ADVERT =
      """
      1. How relevant is this ad to you?

      Video player was slow to load content Video content never loaded Ad froze or did not finish \
      loading Video content did not start after ad Audio on ad was too loud Other issues""";

  @Test
  void formsAndAdvertsAreOnlyFurniture() {
    assertThat(furniture.onlyFurniture(FORM)).isTrue();
    assertThat(furniture.onlyFurniture(ADVERT)).isTrue();
  }

  @Test
  void aStoryUnderItsFurnitureIsAStory() {
    assertThat(furniture.onlyFurniture(FORM + "\n\nHarbor Motors recalled 90,000 vans on Monday."))
        .isFalse();
    assertThat(furniture.onlyFurniture("Sign up for our newsletter.\n\nMarkets rose on Friday."))
        .isFalse();
  }

  /** Short lines are boilerplate to an answer, but without a notice among them they are a story. */
  @Test
  void aBodyOfShortLinesAloneIsNoForm() {
    assertThat(furniture.onlyFurniture("Markets rose. Gold fell.")).isFalse();
    assertThat(furniture.onlyFurniture("BREAKING NEWS")).isFalse();
  }

  /**
   * Review 55: a brief is not a form for one line of furniture under it, nor for reporting that
   * uses a form's words; a wire table in capitals and a story in a script without capitals are
   * reporting, whatever credit or byline they carry.
   */
  @Test
  void briefsTablesAndOtherScriptsAreStories() {
    assertThat(
            furniture.onlyFurniture(
                "A federal judge on Tuesday ordered Meta to delete the data you shared with its"
                    + " apps before 2020."))
        .isFalse();
    assertThat(
            furniture.onlyFurniture(
                "Police said the information you shared with the tip line led to two arrests."
                    + "\n\nSign up for our newsletter."))
        .isFalse();
    assertThat(
            furniture.onlyFurniture(
                "Copyright claims against an AI start-up were dismissed by a federal judge."))
        .isFalse();
    assertThat(furniture.onlyFurniture("Sign up for our newsletter.\n\nStocks closed higher."))
        .isFalse();
    assertThat(
            furniture.onlyFurniture(
                "SAO PAULO, APRIL 7 - THE FOLLOWING RAINFALL WAS RECORDED IN THE AREAS OVER THE"
                    + " PAST 24 HOURS\n\nPARANA STATE: UMUARAMA NIL, PARANAVAI 1.5 MILLIMETRES"
                    + "\n\n(Reporting by Ana Lutz; Editing by Omar Lind)\n\nCopyright 2024 Planet."))
        .isFalse();
    assertThat(furniture.onlyFurniture("北京市今天发布新的交通规则。\n\n© 2024 新华社\n\nBy Ana Lutz")).isFalse();
  }

  @Test
  void theHeadlineIsItsLongestPartBetweenBars() {
    assertThat(PageFurniture.headline("How the harbour became a frontier | The Planet UK"))
        .isEqualTo("How the harbour became a frontier");
    assertThat(PageFurniture.headline("Opinion | Why the harbour should stay open"))
        .isEqualTo("Why the harbour should stay open");
    assertThat(
            PageFurniture.headline("World | Ukraine | Kyiv hit by drones overnight | The Planet"))
        .isEqualTo("Kyiv hit by drones overnight");
    assertThat(PageFurniture.headline("Harbor Motors recalls 90,000 vans over brakes ..."))
        .isEqualTo("Harbor Motors recalls 90,000 vans over brakes ...");
    assertThat(PageFurniture.headline("| The Planet")).isEqualTo("| The Planet");
  }
}
