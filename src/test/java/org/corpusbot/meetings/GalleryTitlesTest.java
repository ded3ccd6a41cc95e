package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Session 51: a photo gallery's title before each caption is not the caption's subject. */
class GalleryTitlesTest {
  private static final String GALLERY =
      "Hide Caption 1 of 30 Photos: The heir apparent: Norland's Prince Olav Prince Olav meets"
          + " President Tom Lind in Oslo in 1970. Hide Caption 2 of 30 Photos: The heir apparent:"
          + " Norland's Prince Olav Olav rides a horse in 1975. Hide Caption 3 of 30 Photos: The"
          + " heir apparent: Norland's Prince Olav President Anna Berg greets Prince Olav in"
          + " 1990.";

  @Test
  void theTitleSharedByEveryCaptionIsBlankedAndOffsetsKept() {
    String blanked = GalleryTitles.blanked(GALLERY);
    assertThat(blanked).hasSameSizeAs(GALLERY);
    assertThat(blanked).doesNotContain("heir apparent", "Hide Caption");
    assertThat(blanked).contains("Prince Olav meets President Tom Lind", "Olav rides a horse");
    assertThat(blanked.indexOf("Prince Olav meets"))
        .isEqualTo(GALLERY.indexOf("Prince Olav meets"));
  }

  @Test
  void theCaptionsSubjectIsNamedAsTheCaptionNamesIt() {
    assertThat(MadeUpText.namedPairs(GALLERY))
        .contains("Olav - Tom Lind")
        .noneMatch(p -> p.contains("Olav Olav") || p.contains("Olav Prince"));
  }

  @Test
  void aTextWithoutAGalleryIsUntouched() {
    String text = "Prince Olav met President Tom Lind in Oslo.";
    assertThat(GalleryTitles.blanked(text)).isSameAs(text);
  }
}
