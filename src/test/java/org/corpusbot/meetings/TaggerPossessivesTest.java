package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A name ending in "s" owns with the apostrophe alone, unless the mark closes a quotation. */
class TaggerPossessivesTest {
  private static Token tokenOf(String sentence, String word) {
    List<Token> tokens = new Tagger().tag(sentence, 0, sentence.length());
    return tokens.stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow();
  }

  @Test
  void anApostropheAloneAfterAnSMakesAPossessive() {
    Token cyprus = tokenOf("Cyprus' permanent representative wrote to Tom Lind.", "Cyprus");
    assertThat(cyprus.possessive()).isTrue();
  }

  @Test
  void aMarkClosingAQuotationIsNoPossessive() {
    String sentence = "Tom Lind met the 'Friends of the Philippines' on Monday.";
    List<Token> tokens = new Tagger().tag(sentence, 0, sentence.length());
    assertThat(tokens).filteredOn(t -> t.text().startsWith("Philippines")).hasSize(1);
    assertThat(tokens)
        .filteredOn(t -> t.text().startsWith("Philippines"))
        .noneMatch(Token::possessive);
  }
}
