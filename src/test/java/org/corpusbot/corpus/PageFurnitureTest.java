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

  @Test
  void theHeadlineLosesTheSiteAfterItsBar() {
    assertThat(PageFurniture.headline("How the harbour became a frontier | The Planet UK"))
        .isEqualTo("How the harbour became a frontier");
    assertThat(PageFurniture.headline("Harbor Motors recalls 90,000 vans over brakes ..."))
        .isEqualTo("Harbor Motors recalls 90,000 vans over brakes ...");
    assertThat(PageFurniture.headline("| The Planet")).isEqualTo("| The Planet");
  }
}
