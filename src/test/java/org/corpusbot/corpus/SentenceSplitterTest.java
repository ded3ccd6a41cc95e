package org.corpusbot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter();

  private List<String> sentences(String text) {
    return splitter.split(text).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void keepsTitlesAndMonthAbbreviationsInsideSentences() {
    assertThat(sentences("Mr. Smith met Dr. Jones on Jan. 5 in Ohio. They talked."))
        .containsExactly("Mr. Smith met Dr. Jones on Jan. 5 in Ohio.", "They talked.");
  }

  @Test
  void endsSentenceAfterUsOnlyWhenAnOpenerFollows() {
    assertThat(sentences("Hackers attacked the U.S. The president responded."))
        .containsExactly("Hackers attacked the U.S.", "The president responded.");
    assertThat(sentences("The U.S. Treasury said it would act. Markets rose."))
        .containsExactly("The U.S. Treasury said it would act.", "Markets rose.");
  }

  @Test
  void keepsClosingQuotesWithTheirSentence() {
    assertThat(sentences("He said “it is over.” Then he left. “Why?” she asked."))
        .containsExactly("He said “it is over.”", "Then he left.", "“Why?” she asked.");
  }

  @Test
  void doesNotSplitAtDashesInitialsOrDecimals() {
    assertThat(
            sentences(
                "A visit by official Victoria Nuland to Moscow – she received a visa. J. R. Smith paid 3.5 million."))
        .containsExactly(
            "A visit by official Victoria Nuland to Moscow – she received a visa.",
            "J. R. Smith paid 3.5 million.");
  }

  @Test
  void paragraphBreakAlwaysEndsASentence() {
    assertThat(sentences("Headline without a stop\n\nBody starts here. Second one."))
        .containsExactly("Headline without a stop", "Body starts here.", "Second one.");
  }

  @Test
  void spansAreExactOffsets() {
    String text = "  First one.   Second one!  ";
    for (Span s : splitter.split(text)) {
      assertThat(text.substring(s.start(), s.end()))
          .isEqualTo(s.of(text))
          .doesNotStartWith(" ")
          .doesNotEndWith(" ");
    }
    assertThat(splitter.split(text)).hasSize(2);
  }

  @Test
  void aRunOnIsCutAtWhiteSpaceIntoSpansOfBoundedLength() {
    String runOn =
        "The minister met the envoy and talked, "
            + "the minister met the envoy and talked, ".repeat(999);
    String text = "A real sentence comes first. " + runOn + "and it ends here.";
    List<Span> spans = splitter.split(text);
    assertThat(spans.get(0).of(text)).isEqualTo("A real sentence comes first.");
    assertThat(spans).hasSizeGreaterThan(19);
    StringBuilder rebuilt = new StringBuilder();
    for (Span s : spans) {
      assertThat(s.length()).isLessThanOrEqualTo(SentenceSplitter.MAX_CHARS);
      assertThat(s.of(text)).doesNotStartWith(" ").doesNotEndWith(" ");
      rebuilt.append(s.of(text)).append(' ');
    }
    assertThat(rebuilt.toString().strip()).isEqualTo(text.strip());
    String word = "x".repeat(5_000); // no white space at all: cut anyway
    assertThat(splitter.split(word))
        .hasSize(3)
        .allMatch(s -> s.length() <= SentenceSplitter.MAX_CHARS);
  }
}
