package org.corpusbot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChunkerTest {
  @Test
  void passagesAreVerbatimSpansOfWholeSentences() {
    String text =
        String.join(
            "\n\n",
            "First paragraph has one sentence that is fairly long, long enough to stand on its own as a passage of the article we chunk.",
            "Short one.",
            "Third paragraph. It has two sentences, and the second is quite a bit longer than the first one is.");
    Article a = new Article("a1", "T", null, null, null, List.of(), text, null);
    List<Passage> passages = new Chunker(new SentenceSplitter(), 120).chunk(a);
    assertThat(passages).hasSizeGreaterThan(1);
    for (Passage p : passages) {
      assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text());
      assertThat(p.text()).doesNotStartWith(" ").matches("(?s).*[.!?]$");
    }
    assertThat(passages.stream().map(Passage::ordinal).toList())
        .isEqualTo(IntStream.range(0, passages.size()).boxed().toList());
  }

  @Test
  void aShortParagraphJoinsTheNextOneInsteadOfStandingAlone() {
    String text = "Tiny.\n\nThe next paragraph follows with more words in it.";
    Article a = new Article("a2", "T", null, null, null, List.of(), text, null);
    assertThat(new Chunker(new SentenceSplitter(), 600).chunk(a))
        .singleElement()
        .extracting(Passage::text)
        .isEqualTo(text);
  }

  @Test
  void aRunOnArticleGivesPassagesOfBoundedLength() {
    String text = "the council met and talked about the budget, ".repeat(5_000);
    Article a = new Article("a3", "T", null, null, null, List.of(), text.strip(), null);
    List<Passage> passages = new Chunker(new SentenceSplitter(), 600).chunk(a);
    assertThat(passages).hasSizeGreaterThan(100);
    assertThat(passages).allMatch(p -> p.text().length() <= SentenceSplitter.MAX_CHARS);
  }
}
