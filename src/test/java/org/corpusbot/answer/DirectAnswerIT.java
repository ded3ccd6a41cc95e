package org.corpusbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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

/** Direct answers and clean sentences over the seed and a wire story written for this test. */
class DirectAnswerIT {
  static final String STORY_ID = "vellix-split";
  static final String STORY =
      """
      title Chipmaker sets stock split after record quarter
      date 2024-05-23
      source Test Wire

      SAN JOSE, California — Vellix, the chipmaker behind the Lumen graphics cards, reported record \
      quarterly revenue on Wednesday. The company announced its board approved a 20-for-1 stock \
      split, effective June 7.

      Above: the Vellix campus in San Jose, seen from the freeway in 2023.

      Vellix revenue rose 262% to $26 billion because demand for its data-center chips kept \
      growing.

      Read more: What a stock split means for small investors
      """;

  /** A story whose lead holds the fact, while a later sentence shares more of the question. */
  static final String FINAL_ID = "herons-final";

  static final String FINAL =
      """
      title Herons take first league crown
      date 2024-06-10
      source Test Wire

      PORTVALE — The Harbor City Herons beat the Eastfield Otters 3-1 on Sunday to win the club's \
      first Coastal League title. The Herons lost only once in the series, in game three.

      Their twelve away wins set a record for the Coastal League finals, the most since the \
      Northbay Gulls won the title in 2019.
      """;

  /** A story naming its show, in quotes, only after the sentence that answers best. */
  static final String SHOW_ID = "harbor-lights";

  static final String SHOW =
      """
      title Streaming service renews its hit drama
      date 2024-06-12
      source Test Wire

      Streamline announced Sunday that its wildly popular Korean drama is renewed for a second \
      season. “Harbor Lights” was watched by 140 million households in its first month.
      """;

  /** A story whose answer to "which two countries" is two names in one sentence. */
  static final String TIES_ID = "closer-ties";

  static final String TIES =
      """
      title Sanctions push old partners together
      date 2024-06-14
      source Test Wire

      Since the sanctions began, Russia has sought ever closer economic ties with China, trade \
      figures show. Both governments signed a new energy accord on Thursday.
      """;

  /** A story that answers what was done, and states no cost, date or number. */
  static final String BRIDGE_ID = "harbour-bridge";

  static final String BRIDGE =
      """
      title Harbour bridge reopens after repair
      date 2024-06-16
      source Test Wire

      The old harbour bridge reopened to traffic after a long repair by city engineers. The \
      engineers said the steel deck had been replaced and the railings repainted.
      """;

  @TempDir static Path dir;
  static CorpusIndex index;
  static CorpusIndex seedIndex;

  /** The seed and the story; and the seed alone, as `corpus/` ships it (the README's examples). */
  @BeforeAll
  static void build() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path seedOnly = Files.createDirectories(dir.resolve("seed"));
    Files.copy(TestCorpus.seed(), corpus.resolve(TestCorpus.seed().getFileName()));
    Files.copy(TestCorpus.seed(), seedOnly.resolve(TestCorpus.seed().getFileName()));
    Files.writeString(corpus.resolve(STORY_ID + ".txt"), STORY);
    Files.writeString(corpus.resolve(FINAL_ID + ".txt"), FINAL);
    Files.writeString(corpus.resolve(SHOW_ID + ".txt"), SHOW);
    Files.writeString(corpus.resolve(TIES_ID + ".txt"), TIES);
    Files.writeString(corpus.resolve(BRIDGE_ID + ".txt"), BRIDGE);
    index = CorpusIndex.openWritable(dir.resolve("index"));
    TestCorpus.sync(index, corpus);
    seedIndex = CorpusIndex.openWritable(dir.resolve("seed-index"));
    TestCorpus.sync(seedIndex, seedOnly);
  }

  @AfterAll
  static void close() {
    index.close();
    seedIndex.close();
  }

  private static Answer ask(String q, LocalDate asOf) {
    return ask(index, q, asOf);
  }

  private static Answer askSeed(String q) {
    return ask(seedIndex, q, LocalDate.of(2021, 11, 1));
  }

  /**
   * {@code q} asked of {@code in} by the offline composer, every citation's quote checked against
   * its article's text (also used by {@link HeadlinesAndAcronymsIT}).
   */
  static Answer ask(CorpusIndex in, String q, LocalDate asOf) {
    HybridSearcher searcher =
        new HybridSearcher(in, TestCorpus.embedder(), RetrievalTuning.defaults());
    ExtractiveComposer composer =
        new ExtractiveComposer(
            searcher, new Lexicon(in), TestCorpus.embedder(), AnswerTuning.defaults());
    Answer a = composer.answer(Question.of(q, asOf));
    for (Citation c : a.citations()) {
      String text = new LuceneCatalog(in).get(c.articleId()).orElseThrow().text();
      assertThat(text.substring(c.start(), c.end())).as(q).isEqualTo(c.quote());
    }
    return a;
  }

  /** The short answer leads, and the quote of the citation it rests on holds it verbatim. */
  private static void leadsWith(Answer a, String span) {
    assertThat(a.shortAnswer()).as(a.text()).isNotNull();
    assertThat(a.shortAnswer().text()).isEqualTo(span);
    assertThat(a.text()).startsWith(span + " [");
    int n = a.shortAnswer().citations().get(0);
    if (!span.equals("Yes") && !span.equals("No")) {
      assertThat(a.citations().get(n - 1).quote()).contains(span);
    }
  }

  @Test
  void namesTheCompanyFromTheSentenceBeforeTheOneThatAnswers() {
    Answer a = ask("Which company announced a 20-for-1 stock split?", LocalDate.of(2024, 5, 24));
    leadsWith(a, "Vellix");
    assertThat(a.text()).contains("20-for-1 stock split");
  }

  @Test
  void datelineIsCutFromWhatIsShownWithExactOffsets() {
    Answer a = ask("Which chipmaker reported record quarterly revenue?", LocalDate.of(2024, 5, 24));
    assertThat(a.text()).doesNotContain("SAN JOSE").contains("Vellix, the chipmaker");
    assertThat(a.citations().get(0).quote()).startsWith("Vellix, the chipmaker");
  }

  @Test
  void aPercentageIsAnsweredWithItsNumber() {
    leadsWith(ask("What percentage did Vellix revenue rise?", LocalDate.of(2024, 5, 24)), "262%");
  }

  @Test
  void captionsAndReadMoreLinesAreNeverShown() {
    for (String q :
        new String[] {
          "Where is the Vellix campus?", "What does a stock split mean for small investors?"
        }) {
      Answer a = ask(q, LocalDate.of(2024, 5, 24));
      assertThat(a.text()).as(q).doesNotContain("Above:").doesNotContain("Read more");
    }
  }

  @Test
  void aShortFactIsTakenFromTheLeadOverALaterSentenceOfTheSameWords() {
    Answer a = ask("Which team won the Coastal League title?", LocalDate.of(2024, 6, 11));
    leadsWith(a, "Harbor City Herons");
  }

  /** A fact none of the sentences states is said not to be stated, and the closest are shown. */
  @Test
  void aFactTheSentencesDontStateIsSaidNotToBeStated() {
    Answer a = ask("How much did the harbour bridge repair cost?", LocalDate.of(2024, 6, 17));
    assertThat(a.found()).as(a.text()).isTrue();
    assertThat(a.shortAnswer()).isNull();
    assertThat(a.text())
        .startsWith(ExtractiveComposer.NOT_OUTRIGHT + "\n")
        .contains("harbour bridge");
    Answer stated =
        ask("What did the engineers replace on the harbour bridge?", LocalDate.of(2024, 6, 17));
    assertThat(stated.text())
        .doesNotContain(ExtractiveComposer.NOT_OUTRIGHT)
        .contains("steel deck");
  }

  @Test
  void twoCountriesAskedForAreBothNamed() {
    Answer a =
        ask("Which two countries are forging closer economic ties?", LocalDate.of(2024, 6, 15));
    assertThat(a.shortAnswer()).as(a.text()).isNotNull();
    assertThat(a.shortAnswer().text()).isEqualTo("Russia and China");
    assertThat(a.text()).startsWith("Russia and China [1]");
    assertThat(a.citations().get(0).quote()).contains("Russia").contains("China");
  }

  /** A show is named by its title in quotes, in whichever of the answer's sentences holds it. */
  @Test
  void aShowIsNamedByItsQuotedTitle() {
    Answer a =
        ask(
            "Which wildly popular show was renewed for a second season?",
            LocalDate.of(2024, 6, 13));
    leadsWith(a, "Harbor Lights");
  }

  /** The name carrying the kind asked for leads, not the first name of the sentence. */
  @Test
  void aNameOfTheKindAskedForLeads() {
    Answer a =
        ask("Which league did the Herons win for the first time?", LocalDate.of(2024, 6, 11));
    leadsWith(a, "Coastal League");
  }

  @Test
  void whyIsAnsweredWithTheSentenceHoldingTheReason() {
    Answer a = ask("Why did Vellix revenue rise?", LocalDate.of(2024, 5, 24));
    assertThat(a.text()).startsWith("Vellix revenue rose 262%").contains("because demand");
    assertThat(a.shortAnswer()).isNull();
  }

  @Test
  void seedCooperationQuestionGetsTheSentenceListingTheIssues() {
    Answer a = askSeed("Where can Moscow and Washington cooperate?");
    assertThat(a.text()).contains("Among other things, he mentioned the issues of armaments");
    assertThat(a.shortAnswer()).isNull();
  }

  @Test
  void seedTimeQuestionLeadsWithTheTime() {
    Answer a = askSeed("When did Biden and Putin hold a telephone conversation?");
    leadsWith(a, "early July");
    assertThat(a.citations().get(0).articleId()).isEqualTo(TestCorpus.SEED_ID);
  }

  @Test
  void yesNoQuestionsOnTheSeedStartWithYesNoOrSayTheArticlesDontSayOutright() {
    Answer yes = askSeed("Did Washington transfer the data of several hackers to Russia?");
    leadsWith(yes, "Yes");
    assertThat(yes.text()).contains("Washington transferred to Russia the data");
    Answer no = askSeed("Does Moscow want to discuss pressure on the opposition?");
    leadsWith(no, "No");
    assertThat(no.text()).contains("Moscow does not want to discuss");
    Answer unsettled = askSeed("Did Washington hand over hackers to Moscow?");
    assertThat(unsettled.shortAnswer()).isNull();
    assertThat(unsettled.text()).startsWith(YesNo.UNSETTLED);
  }

  @Test
  void aDescriptionQuestionHasNoShortAnswer() {
    Answer a = askSeed("Who is Ann Neuberger?");
    assertThat(a.text()).contains("chief cybersecurity adviser");
    assertThat(a.shortAnswer()).isNull();
  }
}
