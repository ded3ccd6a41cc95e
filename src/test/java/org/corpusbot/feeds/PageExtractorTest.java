package org.corpusbot.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageExtractorTest {
  @Test
  void dropsBylinesAndReadMoreButKeepsSentencesThatLookLikeThem() {
    String text =
        PageExtractor.fragment(
            "<p>By Jane Doe and John Roe</p><p>By then the ferry had left.</p>"
                + "<p><a href='/x'>Continue reading</a></p><p>Read more about the ferry in"
                + " our archive of stories from 2020.</p><p>Share this article</p>");
    assertThat(text)
        .isEqualTo(
            "By then the ferry had left.\n\nRead more about the ferry in our archive of stories"
                + " from 2020.");
  }

  @Test
  void aFeedsPlainContentIsKeptAsItsParagraphs() {
    assertThat(PageExtractor.fragment("First line.<br><br>Second <b>bold</b> line."))
        .contains("First line.")
        .contains("Second bold line.");
  }
}
