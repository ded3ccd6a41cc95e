package org.corpusbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.corpusbot.retrieval.CorpusIndex;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answers from a page that kept only its headline, and from a lead that spells out what the
 * question asks by its initials; over the seed and stories written for this test.
 */
class HeadlinesAndAcronymsIT {
  /** A paywalled page: a sign-up form under its headline, no sentence of the story. */
  static final String PAGE =
      """
      title Harbor Motors recalls 90,000 vans over faulty brakes | The Planet UK
      date 2024-06-20
      source The Planet

      We will use the details you have shared to manage your registration. You agree to the \
      processing of this information as described in our Privacy Policy.

      Would you like to receive The Daybreak newsletter ?

      The Daybreak newsletter provides you with a daily digest of news and analysis.

      If you wish to object to the use of your data in this way, please tick here.
      """;

  /** Its lead names the agency in full; later sentences by its initials, about other things. */
  static final String TAX =
      """
      title Tax agency clears its pile of paper returns
      date 2024-06-18
      source Test Wire

      The Internal Revenue Service will finish processing last year's backlog of paper tax \
      returns this week, the agency said on Tuesday.

      Refunds are paid by direct deposit within three weeks. The IRS said taxpayers can get \
      in-person help at IRS Taxpayer Assistance Centers by appointment.
      """;

  @TempDir static Path dir;
  static CorpusIndex index;

  @BeforeAll
  static void build() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.copy(TestCorpus.seed(), corpus.resolve(TestCorpus.seed().getFileName()));
    Files.writeString(corpus.resolve("van-recall.txt"), PAGE);
    Files.writeString(corpus.resolve("tax-backlog.txt"), TAX);
    index = CorpusIndex.openWritable(dir.resolve("index"));
    TestCorpus.sync(index, corpus);
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static Answer ask(String q, LocalDate asOf) {
    return DirectAnswerIT.ask(index, q, asOf);
  }

  @Test
  void aPageThatKeptOnlyItsHeadlineIsAnsweredFromIt() {
    Answer a = ask("Which carmaker recalled 90,000 vans?", LocalDate.of(2024, 6, 21));
    assertThat(a.found()).as(a.text()).isTrue();
    assertThat(a.citations()).isNotEmpty();
    assertThat(a.citations().get(0).articleId()).isEqualTo("van-recall");
    assertThat(a.citations().get(0).quote())
        .isEqualTo("Harbor Motors recalls 90,000 vans over faulty brakes");
    assertThat(a.text()).doesNotContain("newsletter").doesNotContain("registration");
  }

  @Test
  void aLeadSpellingOutTheQuestionsAcronymAnswersIt() {
    Answer a = ask("What did the IRS announce this week?", LocalDate.of(2024, 6, 19));
    assertThat(a.citations()).as(a.text()).isNotEmpty();
    assertThat(a.citations().get(0).quote())
        .startsWith("The Internal Revenue Service will finish processing");
  }
}
