package org.corpusbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.corpusbot.answer.Answer;
import org.corpusbot.answer.AnswerTuning;
import org.corpusbot.answer.ExtractiveComposer;
import org.corpusbot.answer.Question;
import org.corpusbot.corpus.Article;
import org.corpusbot.retrieval.ArticleCatalog;
import org.corpusbot.retrieval.CorpusIndex;
import org.corpusbot.retrieval.HybridSearcher;
import org.corpusbot.retrieval.Lexicon;
import org.corpusbot.retrieval.LuceneCatalog;
import org.corpusbot.retrieval.RetrievalTuning;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** /start's suggested questions read as questions and are answered, on the seed and fixtures. */
class SuggestionsIT {
  @TempDir static Path dir;
  static CorpusIndex index;
  static ArticleCatalog catalog;
  static ExtractiveComposer composer;

  @BeforeAll
  static void build() {
    index = TestCorpus.indexed(dir);
    catalog = new LuceneCatalog(index);
    composer =
        new ExtractiveComposer(
            new HybridSearcher(index, TestCorpus.embedder(), RetrievalTuning.defaults()),
            new Lexicon(index),
            TestCorpus.embedder(),
            AnswerTuning.defaults());
  }

  @AfterAll
  static void close() {
    index.close();
  }

  @Test
  void anUntitledArticleIsAskedAboutThePeopleItsLeadNamesAndThatIsAnswered() {
    Article seed = catalog.get(TestCorpus.SEED_ID).orElseThrow();
    assertThat(seed.title()).startsWith("After talks between Presidents");
    String q = Suggestions.of(seed.title(), seed.text());
    assertThat(q).isEqualTo("What happened between Vladimir Putin and Joe Biden?");
    Answer a = composer.answer(Question.of(q, LocalDate.of(2024, 4, 1)));
    assertThat(a.found()).isTrue();
    assertThat(a.citations()).extracting(c -> c.articleId()).contains(TestCorpus.SEED_ID);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Harbor City budget hearing draws record crowd"
            + " | What is the latest on the Harbor City budget hearing?",
        "Northport ferry workers end three-day strike"
            + " | What is the latest on the Northport ferry workers?",
        "Harbor City council approves the new bridge over the Lisle river"
            + " | What is the latest on the Harbor City council?",
        "Lowland grain board reports a record wheat harvest"
            + " | What is the latest on the Lowland grain board?",
        "Biden to meet Putin in Geneva | What is the latest on Biden?",
      })
  void aHeadlineIsAskedAboutItsSubject(String title, String question) {
    assertThat(Suggestions.of(title, "Some other opening of the story.")).isEqualTo(question);
  }
}
