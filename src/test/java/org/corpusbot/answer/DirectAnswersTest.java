package org.corpusbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.corpusbot.corpus.ArticleInfo;
import org.corpusbot.corpus.Passage;
import org.corpusbot.retrieval.PassageHit;
import org.junit.jupiter.api.Test;

class DirectAnswersTest {
  /** A sentence of article {@code id}, alone in its passage. */
  private static Candidate sentence(String id, String text) {
    return titled(id, "Title of " + id, text);
  }

  /** A sentence of article {@code id} with the headline {@code title}, alone in its passage. */
  private static Candidate titled(String id, String title, String text) {
    return after(id, title, "", text);
  }

  /** A sentence of article {@code id} after the words {@code before} in its passage. */
  private static Candidate after(String id, String title, String before, String text) {
    String passage = before + text;
    Passage p = new Passage(id, 0, 0, passage.length(), passage);
    PassageHit hit = new PassageHit(p, new ArticleInfo(id, title, null, null, null), 1, 0.5);
    int at = before.length();
    return new Candidate(hit, text, at, at + text.length(), Set.of(), 0, 0, 0, 0);
  }

  private static String lead(String question, Candidate... chosen) {
    return new DirectAnswers()
        .find(question, List.of(chosen))
        .map(DirectAnswers.Lead::span)
        .orElse("");
  }

  @Test
  void aNameOfTheKindAskedForLeadsFromAnotherSentenceOfTheSameStory() {
    String q = "Which sports league is the star buying into?";
    assertThat(
            lead(
                q,
                sentence("a1", "The NBA star is expanding into the US’ favorite new pastime."),
                sentence("a1", "He is buying a team in Major League Pickleball this year.")))
        .isEqualTo("Major League Pickleball");
  }

  @Test
  void notFromAnotherStory() {
    String q = "Which company announced a stock split?";
    assertThat(
            lead(
                q,
                sentence("a1", "Vellix announced a 20-for-1 stock split on Wednesday."),
                sentence("a2", "The Walt Disney Company split its stock in 1998.")))
        .isEqualTo("Vellix");
  }

  @Test
  void anotherStoryNamingWhomTheQuestionNamesMayAnswer() {
    // user trial 58: the best sentence names no one who defeated her; another story's does
    String q = "Who defeated Rep. Ann Lowry in Virginia?";
    Candidate best =
        sentence("a1", "Rep. Ann Lowry lost her Norfolk-based House seat, CNN projected.");
    String both = "Republicans gained in Virginia, with CNN projecting Jo Kemp defeated Ann Lowry.";
    assertThat(lead(q, best, sentence("a2", both))).isEqualTo("Jo Kemp");
    // one of the question's names is not enough (review 58), nor none
    String one = "Republicans gained, with CNN projecting Jo Kemp defeated Ann Lowry.";
    assertThat(lead(q, best, sentence("a2", one))).isNotEqualTo("Jo Kemp");
    String none = "Republicans gained, with CNN projecting Jo Kemp defeated Al Varga.";
    assertThat(lead(q, best, sentence("a2", none))).isNotEqualTo("Jo Kemp");
  }

  @Test
  void aNumberOfTheKindAskedLeadsOverAnotherNumberOfTheBestSentence() {
    // user trial 58: "15" of a "15-year scheme" was the fine
    String q = "How much could the Vellix Group be fined after the fraud verdict?";
    Candidate best =
        sentence("a1", "A jury found the Vellix Group guilty over a 15-year scheme on Tuesday.");
    String fine = "The Vellix Group could face $1.6 million in fines.";
    assertThat(lead(q, best, sentence("a1", fine))).isEqualTo("$1.6 million in fines");
    assertThat(lead(q, best, sentence("a2", fine)))
        .as("another story naming one of the question's names")
        .isEqualTo("15");
    // a bare number may answer though it names no unit: "The suspect, 20, …" (review 58)
    assertThat(
            lead(
                "How old was the suspect?",
                sentence("a1", "The suspect, 20, was shot dead at the scene."),
                sentence("a1", "He had worked at a nursing home for three years.")))
        .isEqualTo("20");
  }

  @Test
  void twoAskedForAreBothNamed() {
    assertThat(
            lead(
                "Which two countries signed the accord?",
                sentence("a1", "Russia signed the accord with China on Thursday.")))
        .isEqualTo("Russia and China");
  }

  @Test
  void theKindReferredToIsTheOneTheHeadlineNames() {
    String q = "Which company is being accused of turning off the AC in its stores?";
    Candidate best =
        titled(
            "a1",
            "Analysts accuse Harrow Home Goods of scaling back AC in stores - CNN",
            "The company is reportedly scaling back the use of its AC.");
    assertThat(lead(q, best)).isEqualTo("Harrow Home Goods");
  }

  @Test
  void notFromAHeadlineInTitleCaseNorWithoutTheReference() {
    String q = "Which company is being accused of turning off the AC in its stores?";
    String sentence = "The company is reportedly scaling back the use of its AC.";
    assertThat(lead(q, titled("a1", "Analysts Accuse Harrow Home Goods Of Cutting AC", sentence)))
        .isEmpty();
    // the sentence speaks of a store, not of "the company": the headline is no answer to it
    assertThat(
            lead(
                q,
                titled(
                    "a1",
                    "Analysts accuse Harrow Home Goods of scaling back AC",
                    "It felt warm in the stores, shoppers said.")))
        .isEmpty();
  }

  @Test
  void aHeadlineIsInTitleCaseWhenMostOfItsLongWordsAreCapitalised() {
    assertThat(DirectAnswers.titleCase("Colorado Avalanche Win First Stanley Cup Title")).isTrue();
    assertThat(DirectAnswers.titleCase("Analysts accuse Bed Bath & Beyond of scaling back AC"))
        .isFalse();
  }

  @Test
  void aHeadlinesOtherNamesAreNoAnswer() {
    // review: the headline's first word or another name in it is no company
    String q = "Which company is being accused of turning off the AC in its stores?";
    String sentence = "The company is reportedly scaling back the use of its AC.";
    assertThat(lead(q, titled("a1", "Heat wave hits shoppers - CNN", sentence))).isEmpty();
    assertThat(
            lead(
                q,
                titled(
                    "a1",
                    "Heat wave hits shoppers as temperatures soar across the Midwest",
                    sentence)))
        .isEmpty();
    // a site's name is cut before the headline is read, and only a known site's
    assertThat(
            lead(
                q,
                titled(
                    "a1",
                    "Analysts accuse Harrow Home Goods of cutting AC | CNN Business",
                    sentence)))
        .isEqualTo("Harrow Home Goods");
  }

  @Test
  void aKindIsReferredToInLowerCaseOnly() {
    AskedKind kind = new AskedKind("Which state passed the law?", SpanType.ANY);
    assertThat(kind.refersTo("The State Department said so.")).isFalse();
    assertThat(kind.refersTo("Lawmakers said the state passed it.")).isTrue();
  }

  /** The second of two sentences of one passage of article {@code id}. */
  private static Candidate second(String id, String title, String first, String text) {
    return after(id, title, first + " ", text);
  }

  @Test
  void theKindReferredToIsTheOneTheSentenceBeforeOrTheHeadlineOpensWith() {
    // session 31: "Adele is returning to Las Vegas. After postponing …, the singer announced …"
    String q = "Which popular singer will launch a Las Vegas residency later this year?";
    String best = "After postponing her residency, the singer announced Monday new dates.";
    assertThat(lead(q, second("a1", "Title of a1", "Mira Vale is returning to Las Vegas.", best)))
        .isEqualTo("Mira Vale");
    assertThat(lead(q, titled("a1", "Mira Vale is returning to Las Vegas", best)))
        .isEqualTo("Mira Vale");
    // a sentence before that opens with no name acting gives none, nor one of another type, nor the
    // subject of a sentence that itself speaks of "the singer"
    assertThat(lead(q, second("a1", "Title of a1", "Las Vegas awaits a comeback.", best)))
        .isEmpty();
    assertThat(lead(q, second("a1", "Title of a1", "Nevada is bracing for huge crowds.", best)))
        .isEmpty();
    assertThat(lead(q, second("a1", "Title of a1", "Caesars Palace is bracing for crowds.", best)))
        .isEmpty();
    assertThat(
            lead(q, second("a1", "Title of a1", "Netflix has signed the singer for a film.", best)))
        .isEmpty();
  }

  @Test
  void aChangeAskedForLeadsFromAnotherSentenceOfTheSameStory() {
    String q = "How much have gas prices increased over the past year?";
    assertThat(
            lead(
                q,
                sentence("a1", "Gas prices topped $5 a gallon last month."),
                sentence("a1", "Gasoline prices were up nearly 60% over the year.")))
        .isEqualTo("60%");
    // a level is what "how much does it cost" asks for
    assertThat(
            lead(
                "How much does a gallon of gas cost?",
                sentence("a1", "Gas prices topped $5 a gallon last month."),
                sentence("a1", "Gasoline prices were up nearly 60% over the year.")))
        .isEqualTo("$5 a gallon");
  }

  @Test
  void aNameTheQuestionsVerbActsOnInAnotherSentenceBeatsOneNamedInPassing() {
    // session 33: the best sentence names a president only in passing; the next one says who
    // announced, past an appositive
    String q = "Which high-profile Republican announced a 2024 White House bid this week?";
    Candidate passing =
        sentence(
            "a1",
            "Reyes is sure to face an uphill battle with voters who soured on him after he declined"
                + " to block certification of now-President Tom Lind's 2020 victory.");
    Candidate acts =
        sentence(
            "a1",
            "Former Governor Ana Lutz, aiming to become only the second candidate to win two"
                + " terms, announced Tuesday night that she will seek the nomination in 2024.");
    assertThat(lead(q, passing, acts)).isEqualTo("Former Governor Ana Lutz");
    // when the best sentence's own name is the verb's, it stays first
    Candidate best = sentence("a1", "Governor Omar Vale announced a White House bid on Monday.");
    assertThat(lead(q, best, acts)).isEqualTo("Governor Omar Vale");
    // a best sentence whose name acts by another verb keeps it: not the later "won … in 2019"
    String team = "Which team won the Coastal League title?";
    assertThat(
            lead(
                team,
                sentence(
                    "a1", "The Harbor City Herons beat the Eastfield Otters to win the title."),
                sentence("a1", "Northbay Gulls won the title in 2019.")))
        .isEqualTo("Harbor City Herons");
  }

  @Test
  void anotherStorysNameNeverLeadsForABestSentenceThatNamesInPassing() {
    // review, session 34: the name the verb acts on in another article answers that article
    String q = "Which high-profile Republican announced a 2024 White House bid this week?";
    Candidate passing =
        sentence(
            "a1",
            "Reyes is sure to face an uphill battle with voters who soured on him after he declined"
                + " to block certification of now-President Tom Lind's 2020 victory.");
    Candidate elsewhere =
        sentence("a2", "Former Governor Ana Lutz announced Tuesday night that she will run.");
    // the cited story's own name stays (as before session 33), never another story's
    assertThat(lead(q, passing, elsewhere)).isEqualTo("President Tom Lind");
  }

  @Test
  void aPluralAskedForIsTheWholeList() {
    // user trial 59: "California" alone for the states whose attorneys general co-led the suit
    String sentence =
        "The attorneys general of California, Illinois and New Jersey join Neronha in the suit.";
    assertThat(lead("Which states' attorneys general co-led the suit?", sentence("a1", sentence)))
        .isEqualTo("California, Illinois and New Jersey");
    assertThat(lead("Which other states joined the suit?", sentence("a1", sentence)))
        .isEqualTo("California, Illinois and New Jersey");
    // a singular asked: the one name, not the list
    assertThat(lead("Which state's attorney general joined first?", sentence("a1", sentence)))
        .isEqualTo("New Jersey");
    assertThat(lead("Which cities did she visit?", sentence("a1", "She flew to Paris, France.")))
        .isEqualTo("Paris");
    assertThat(DirectAnswers.asksPlural("Which news site first reported it?")).isFalse();
    assertThat(DirectAnswers.asksPlural("Which companies cut jobs?")).isTrue();
    // review 59: a verb's -s after a singular; an aside before the name found
    assertThat(DirectAnswers.asksPlural("Which country hosts the summit?")).isFalse();
    assertThat(DirectAnswers.asksPlural("Which senator leads the panel?")).isFalse();
    assertThat(DirectAnswers.asksPlural("Which European leaders met Biden?")).isTrue();
    assertThat(
            lead(
                "Which senators opposed the bill?",
                sentence("a1", "Joe Manchin, a Democrat, and Mitt Romney opposed the bill.")))
        .isNotEqualTo("Democrat, and Mitt Romney");
    assertThat(
            lead(
                "Which states sued?",
                sentence("a1", "Texas, joined by Florida, and Ohio sued the agency.")))
        .isNotEqualTo("Florida, and Ohio");
  }

  @Test
  void namesAskedForAreTheListTheFirstOneOpens() {
    String sentence = "The panda pair – Bao Li and Qing Bao – will be at the zoo by December.";
    assertThat(
            lead("What are the names of the pandas coming to the zoo?", sentence("a1", sentence)))
        .isEqualTo("Bao Li and Qing Bao");
    assertThat(lead("Which panda is coming to the zoo?", sentence("a1", sentence)))
        .isEqualTo("Bao Li");
    String three = "Their cubs Ann Lu, Bo Li and Cai Xi were born there.";
    assertThat(lead("What are the names of the cubs?", sentence("a1", three)))
        .isEqualTo("Ann Lu, Bo Li and Cai Xi");
    // review 57: a list ending the sentence, a clause after a comma, a newspaper after the list
    assertThat(
            lead(
                "What are the names of the pandas?",
                sentence("a1", "The pandas are Bao Li and Qing Bao.")))
        .isEqualTo("Bao Li and Qing Bao");
    assertThat(
            lead(
                "What are the names of the pandas?",
                sentence("a1", "The zoo gets Bao Li, and Chinese officials said so.")))
        .isEqualTo("Bao Li");
    assertThat(
            lead(
                "What are the names of the pandas?",
                sentence("a1", "The zoo gets Bao Li and The Washington Post said so.")))
        .isEqualTo("Bao Li");
    assertThat(
            lead(
                "What are the names of the cubs?",
                sentence("a1", "Their cubs Ann Lu, Bo Li, and Cai Xi were born.")))
        .isEqualTo("Ann Lu, Bo Li, and Cai Xi");
  }
}
