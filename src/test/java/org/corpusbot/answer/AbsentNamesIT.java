package org.corpusbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.corpusbot.retrieval.CorpusIndex;
import org.corpusbot.retrieval.HybridSearcher;
import org.corpusbot.retrieval.Lexicon;
import org.corpusbot.retrieval.RetrievalTuning;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The honest "no" of the offline composer on the seed and the fixtures. */
class AbsentNamesIT {
  static final LocalDate ASKED = LocalDate.of(2024, 4, 1);
  @TempDir static Path dir;
  static CorpusIndex index;
  static ExtractiveComposer composer;

  @BeforeAll
  static void build() {
    index = TestCorpus.indexed(dir);
    HybridSearcher searcher =
        new HybridSearcher(index, TestCorpus.embedder(), RetrievalTuning.defaults());
    composer =
        new ExtractiveComposer(
            searcher, new Lexicon(index), TestCorpus.embedder(), AnswerTuning.defaults());
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static Answer ask(String q) {
    return composer.answer(Question.of(q, ASKED));
  }

  @Test
  void saysTheArticlesDontMentionAPersonTheyNeverName() {
    Answer a = ask("What did Justin Trudeau say about the Russian hackers?");
    assertThat(a.text()).isEqualTo("The articles don't mention Justin Trudeau.");
    assertThat(a.found()).isFalse();
    assertThat(a.citations()).isEmpty();
  }

  @Test
  void answersQuestionsNamingWhatTheSeedNamesHoweverTheyWriteIt() {
    for (String q :
        new String[] {
          "What did Joe Biden say about the Russian hackers?",
          "What did The New York Times write about Victoria Nuland?",
          "What did the United States hand over to Russia?",
          "Who is Ann Neuberger?",
          "Where did President Joe Biden and Vladimir Putin meet?",
        }) {
      Answer a = ask(q);
      assertThat(a.found()).as(q).isTrue();
      assertThat(a.citations()).as(q).isNotEmpty();
    }
  }

  @Test
  void aYesNoQuestionsClaimTheArticlesNeverMentionIsSaidThenWhatTheySay() {
    Answer a = ask("Did Biden and Putin meet in Paris?");
    assertThat(a.text()).startsWith("The articles don't mention Paris. What they say:\n");
    assertThat(a.text()).doesNotStartWith("Yes").doesNotStartWith("No");
    assertThat(a.citations()).isNotEmpty();
    assertThat(a.citations().get(0).quote()).containsAnyOf("Biden", "Putin");
  }
}
