package org.corpusbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.corpusbot.corpus.ArticleInfo;
import org.corpusbot.corpus.Passage;
import org.corpusbot.retrieval.EmbeddingModelChoice;
import org.corpusbot.retrieval.PassageHit;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.Test;

/** The real embedding model decides; made-up sentences of the kinds measured on dev questions. */
class SimilarOptionsTest {
  private final SimilarOptions similar = new SimilarOptions(TestCorpus.embedder());

  private static Candidate sentence(String text) {
    Passage p = new Passage("a1", 0, 0, text.length(), text);
    PassageHit hit = new PassageHit(p, new ArticleInfo("a1", "A story", null, null, null), 1, 0.5);
    return new Candidate(hit, text, 0, text.length(), Set.of(), 0, 0, 0, 0);
  }

  private String pick(List<String> options, String... sentences) {
    return similar
        .pick(
            options,
            List.of(sentences).stream().map(SimilarOptionsTest::sentence).toList(),
            EmbeddingModelChoice.MINILM)
        .map(SimilarOptions.Similar::option)
        .orElse("-");
  }

  @Test
  void theOptionTheSentenceMeansByAClearMargin() {
    assertThat(
            pick(
                List.of(
                    "Princess costumes",
                    "Magazines and comics",
                    "Plastic toys",
                    "DVDs and Blu-ray discs"),
                "The studio will no longer release its films on DVD in Australia."))
        .isEqualTo("DVDs and Blu-ray discs");
  }

  @Test
  void noneWhenTheOptionsAreAllAlikeToIt() {
    assertThat(
            pick(
                List.of("Next week", "Next month", "Next year", "In two years"),
                "The updated boosters would be ready in early to mid-September, officials said."))
        .isEqualTo("-");
  }

  @Test
  void noneWhenNoOptionIsLikeTheSentencesAtAll() {
    // "Weekdays" leads by about 0.12 but is like the sentence at 0.17 only: noise, not meaning
    assertThat(
            pick(
                List.of("Weekdays", "Giraffes", "Jazz music", "Snowfall"),
                "The senator voted against the bill on Tuesday."))
        .isEqualTo("-");
  }

  @Test
  void noneWithoutAModelOrSentences() {
    assertThat(
            new SimilarOptions(null)
                .pick(List.of("a", "b"), List.of(sentence("x")), EmbeddingModelChoice.MINILM))
        .isEmpty();
    assertThat(similar.pick(List.of("a", "b"), List.of(sentence("x")), null)).isEmpty();
    assertThat(similar.pick(List.of("a", "b"), List.of(), EmbeddingModelChoice.MINILM)).isEmpty();
  }
}
