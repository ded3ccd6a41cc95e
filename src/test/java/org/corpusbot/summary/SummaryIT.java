package org.corpusbot.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.corpusbot.answer.Answer;
import org.corpusbot.answer.AnswerComposer;
import org.corpusbot.answer.Citation;
import org.corpusbot.answer.Question;
import org.corpusbot.retrieval.ArticleCatalog;
import org.corpusbot.retrieval.CorpusIndex;
import org.corpusbot.retrieval.LuceneCatalog;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Summaries on a real index of the seed and the fixtures, with the real embedding model. */
class SummaryIT {
  static final LocalDate ASKED = LocalDate.of(2024, 4, 1);
  @TempDir static Path dir;
  static CorpusIndex index;
  static Summaries summaries;
  static ArticleCatalog catalog;

  @BeforeAll
  static void build() {
    index = TestCorpus.indexed(dir);
    summaries = TestCorpus.summaries(index);
    catalog = new LuceneCatalog(index);
  }

  @AfterAll
  static void close() {
    index.close();
  }

  /** Every citation quotes its article verbatim at its offsets. */
  private static void citationsQuoteTheirArticles(Answer a) {
    assertThat(a.citations()).isNotEmpty();
    for (Citation c : a.citations()) {
      String text = catalog.get(c.articleId()).orElseThrow().text();
      assertThat(text.substring(c.start(), c.end())).isEqualTo(c.quote());
      assertThat(a.text()).contains(c.quote() + " [" + c.n() + "]");
    }
  }

  /** The paragraph (blank-line separated, from 0) of the seed that holds offset {@code start}. */
  private static long paragraphOf(int start) {
    String text = catalog.get(TestCorpus.SEED_ID).orElseThrow().text();
    return Pattern.compile("\\n\\s*\\n").matcher(text.substring(0, start)).results().count();
  }

  private static int words(Answer a) {
    return a.citations().stream().mapToInt(c -> c.quote().split("\\s+").length).sum();
  }

  @Test
  void theSeedSummaryCarriesItsMainPointsAndNoCredit() {
    Answer a = summaries.article(TestCorpus.SEED_ID).orElseThrow();
    assertThat(a.found()).isTrue();
    assertThat(a.text())
        .startsWith("After talks between Presidents Vladimir Putin and Joe Biden")
        .contains("· 2021-10-31\n\n");
    // The quiet cyber talks and what came of them, and more of the story than its first part.
    // NOTE: which further points come is a near tie: on a machine without AVX-512 the quantized
    // model's vectors differ by some 1e-3, and the third pick went to another sentence of
    // paragraph 3 (0.5453 against 0.5427), leaving no words for "Moscow's leverage" but room for
    // the Geneva summit. So the test asks for the coverage the selection is for, not one sentence.
    assertThat(a.text()).contains("“quiet” virtual talks");
    assertThat(a.text()).containsAnyOf("transferred to Russia the data", "have not done much");
    assertThat(a.citations().stream().map(c -> paragraphOf(c.start())).distinct().count())
        .as("sentences from at least four of the seed's seven paragraphs")
        .isGreaterThanOrEqualTo(4);
    assertThat(a.text()).doesNotContain("Semansky").doesNotContain("Preview photo");
    assertThat(a.citations()).hasSizeBetween(3, 5);
    assertThat(words(a)).isLessThanOrEqualTo(120);
    citationsQuoteTheirArticles(a);
    List<Integer> starts = a.citations().stream().map(Citation::start).toList();
    assertThat(starts).as("in the article's order").isSorted();
  }

  @Test
  void aFixtureArticleIsSummarisedFromItsBodyUnderItsTitle() {
    Answer a = summaries.article("harbor-bridge").orElseThrow();
    assertThat(a.text())
        .startsWith("Harbor City council approves the new bridge over the Lisle river · 2024-03-12")
        .contains("$84 million");
    assertThat(a.citations()).isNotEmpty().allMatch(c -> c.articleId().equals("harbor-bridge"));
    citationsQuoteTheirArticles(a);
  }

  @Test
  void fewerSentencesWhenAsked() {
    Answer a = summaries.withSentences(2).article("harbor-bridge").orElseThrow();
    assertThat(a.citations()).hasSize(2);
  }

  @Test
  void aTopicSummaryDrawsOnSeveralArticlesNewestFirst() {
    Answer a = summaries.topic("Harbor City", ASKED);
    assertThat(a.found()).isTrue();
    assertThat(a.text())
        .startsWith(
            "What the articles say about Harbor City: 2 articles, 2024-03-12 to 2024-03-20.");
    assertThat(a.citations())
        .extracting(Citation::articleId)
        .containsSubsequence("council-notes", "harbor-bridge")
        .doesNotContain(TestCorpus.SEED_ID);
    assertThat(a.text().indexOf("2024-03-20 · Harbor City budget hearing"))
        .isLessThan(a.text().indexOf("2024-03-12 · Harbor City council approves"));
    citationsQuoteTheirArticles(a);
  }

  @Test
  void aTopicIsSummarisedOnlyFromWhatWasPublishedByTheTimeOfAsking() {
    Answer a = summaries.topic("Harbor City", LocalDate.of(2024, 3, 15));
    assertThat(a.citations()).extracting(Citation::articleId).containsOnly("harbor-bridge");
  }

  @Test
  void aTopicTheArticlesDoNotCoverHasNoSummary() {
    Answer a = summaries.topic("the price of bananas in Peru", ASKED);
    assertThat(a.found()).isFalse();
    assertThat(a.citations()).isEmpty();
    assertThat(a.text())
        .isEqualTo("The articles don't say anything about the price of bananas in Peru.");
  }

  @Test
  void requestsInPlainLanguageAreAnsweredWithSummaries() {
    AnswerComposer never =
        q -> {
          throw new AssertionError("not a summary request: " + q.text());
        };
    SummaryAwareComposer composer = new SummaryAwareComposer(summaries, never);
    Answer about =
        composer.answer(Question.of("Summarize the article about the cyber talks", ASKED));
    assertThat(about.citations())
        .isNotEmpty()
        .allMatch(c -> c.articleId().equals(TestCorpus.SEED_ID));
    assertThat(about.text()).contains("“quiet” virtual talks");
    Answer topic = composer.answer(Question.of("Give me a summary of the ferry strike", ASKED));
    assertThat(topic.text()).startsWith("What the articles say about the ferry strike");
    assertThat(topic.citations()).extracting(Citation::articleId).contains("wire-101");
    Answer latest = composer.answer(Question.of("Sum up the latest article", ASKED));
    assertThat(latest.text()).startsWith("Harbor City budget hearing draws record crowd");
  }

  @Test
  void chatArgumentsNameArticlesByNumberOrIdAndSayWhatIsWrong() {
    SummaryArguments args = new SummaryArguments(summaries);
    assertThat(args.resolve("", ASKED, Optional.empty()).answer().text())
        .startsWith("Harbor City budget hearing");
    assertThat(args.resolve("", ASKED, Optional.of("wire-101")).answer().text())
        .startsWith("Northport ferry workers");
    assertThat(args.resolve("4", ASKED, Optional.empty()).answer().text())
        .startsWith("Harbor City council approves");
    assertThat(args.resolve(TestCorpus.SEED_ID, ASKED, Optional.empty()).answer().citations())
        .isNotEmpty()
        .allMatch(c -> c.articleId().equals(TestCorpus.SEED_ID));
    SummaryArguments.Outcome none = args.resolve("99", ASKED, Optional.empty());
    assertThat(none.answer()).isNull();
    assertThat(none.problem()).isEqualTo("There is no article 99: there are 6.");
    assertThat(args.resolve("rtqa-999999", ASKED, Optional.empty()).problem())
        .isEqualTo("I don't know an article with the id rtqa-999999.");
  }
}
