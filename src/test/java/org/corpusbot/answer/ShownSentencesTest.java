package org.corpusbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.corpusbot.corpus.ArticleInfo;
import org.corpusbot.corpus.Passage;
import org.corpusbot.retrieval.PassageHit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShownSentencesTest {
  static final String TITLE = "Judge Jackson makes history at her hearing";

  /** The sentence as candidate of an article whose text has {@code lead} characters before it. */
  static Candidate candidate(String sentence, int lead) {
    String text = "x".repeat(lead) + sentence;
    Passage p = new Passage("a1", 0, 0, text.length(), text);
    PassageHit hit = new PassageHit(p, new ArticleInfo("a1", TITLE, null, null, null), 1, 0.5);
    return new Candidate(hit, sentence, lead, text.length(), Set.of(), 0, 0, 0, 0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // sentence | what is shown
        "Washington (CNN) — Judge Jackson spoke. | Judge Jackson spoke.",
        "(CNN) — Judge Jackson spoke.            | Judge Jackson spoke.",
        "WASHINGTON – Judge Jackson spoke.       | Judge Jackson spoke.",
        "MANILA — The storm hit.                 | The storm hit.",
        "MANILA, Philippines — The storm hit.    | The storm hit.",
        "NEW YORK, Jan 5 (Reuters) - Stocks fell. | Stocks fell.",
        "Hong Kong (CNN Business)Stocks fell.    | Stocks fell.",
        "New York (CNN Business) The dishonesty was plain. | The dishonesty was plain.",
        "KYIV, Ukraine (AP) — Shelling resumed.  | Shelling resumed.",
        // no dateline: left whole
        "The U.S. — and its allies — agreed.     | The U.S. — and its allies — agreed.",
        "COVID-19 cases rose again in May.       | COVID-19 cases rose again in May.",
        "Biden said – quietly – that he would go. | Biden said – quietly – that he would go.",
        "NATO – the alliance – met on Monday.    | NATO – the alliance – met on Monday.",
      })
  void datelinesAreCutWithOffsetsKeptExact(String sentence, String shown) {
    Candidate c = candidate(sentence, 7);
    Candidate s = ShownSentences.shown(c).orElseThrow();
    assertThat(s.text()).isEqualTo(shown);
    String article = c.hit().passage().text();
    assertThat(article.substring(s.start(), s.end())).isEqualTo(s.text());
    assertThat(s.end()).isEqualTo(c.end());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Above: IQAir analyzed average annual air quality in 7,323 cities. | false",
        "Photo: Demonstrators march in the capital on Sunday.             | false",
        "Demonstrators march in the capital on Sunday. (Getty Images)     | false",
        "Demonstrators march in the capital, Sunday. (AP Photo/Jane Doe)  | false",
        "Read more: How the storm formed over the Gulf this week.         | false",
        "Read the full report on the storm here.                          | false",
        "CNN’s Jane Doe contributed to this report.                       | false",
        "Correction: A previous version of this story misstated the bank's report. | false",
        "CLARIFICATION: This story has been updated to clarify the deal.  | false",
        "The correction: stocks fell 10% in a week, the fund said.        | true",
        "Judge Jackson makes history at her hearing.                      | false", // the title
        "WASHINGTON – Judge Jackson makes history at her hearing          | false", // title again
        "Judge Jackson made history at her hearing on Monday.             | true",
        "The photo, above all, shows the crowd at its largest.            | true",
        "Readers were told more about the storm on Monday.                | true",
        // session 31: a caption opening with its credit, and what is no credit
        "Pratham Gokhale/Hindustan Times/Reuters Students carry flags in Ahmedabad. | false",
        "Sherwin Crasto/AP A man bows before a shrine on August 13, 1997. | false",
        "AP Jawaharlal Nehru and Liaquat Ali Khan during the signing, 1947. | false",
        "AC/DC played in Sydney on Sunday night.                          | true",
        "The Pfizer/BioNTech vaccine was authorized in December 2020.     | true",
        "New York Times/Siena College polling shows the race tied.        | true",
        "EPA Administrator Michael Regan announced the rule on Tuesday.   | true",
        "Reuters first reported the deal on Monday.                       | true",
        "Reuters reported the deal on Monday.                             | true",
        // user trial 58: a subheading asking a question, a live blog's stamp
        "What has Gavin Newsom said?                                      | false",
        "Why did the governor call in the National Guard?                 | false",
        "11:23 am ET April 28, 2026 Share this update Will he attend the speech? | false",
        "“Why would we do that?” the governor asked.                      | true",
        "The governor asked reporters: “Why would we do that?”            | true",
        "The governor, asked why, said the move was lawful.               | true",
        // review 58: a button's words only as a button writes them
        "Users can share this post with friends, the company said.       | true",
      })
  void captionsCreditsReadMoreAndTheTitleAreNeverShown(String sentence, boolean shown) {
    Optional<Candidate> s = ShownSentences.shown(inStory(sentence));
    assertThat(s.isPresent()).as(sentence).isEqualTo(shown);
  }

  /**
   * A page kept without its story is its headline (see {@code corpus.PageFurniture}): the one thing
   * it reports is shown, with or without the site the title ends with, and with no closing
   * punctuation. Only when the headline is the whole article.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Judge Jackson makes history at her hearing.",
        "Judge Jackson makes history at her hearing",
      })
  void anArticleThatIsOnlyItsHeadlineShowsIt(String headline) {
    Candidate whole = candidate(headline, 0);
    assertThat(ShownSentences.shown(whole)).contains(whole);
    assertThat(ShownSentences.shown(inStory(headline))).isEmpty();
  }

  /**
   * Review 55: only whole words of the title make a headline (a body cut off mid-word is a heading
   * like any other), and a caption or correction is never shown, whole article or not.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Judge Jackson makes history at her hear",
        "Photo: Judge Jackson makes history at her hearing",
        "Correction: Judge Jackson makes history at her hearing",
      })
  void aWholeArticleThatIsNoHeadlineIsNotShown(String text) {
    String title = "Photo: Judge Jackson makes history at her hearing"; // the worst case
    Passage p = new Passage("a1", 0, 0, text.length(), text);
    PassageHit hit = new PassageHit(p, new ArticleInfo("a1", title, null, null, null), 1, 0.5);
    Candidate c = new Candidate(hit, text, 0, text.length(), Set.of(), 0, 0, 0, 0);
    assertThat(ShownSentences.shown(c)).isEmpty();
  }

  /** {@code sentence} opening a story that goes on after it. */
  private static Candidate inStory(String sentence) {
    String text = sentence + " The hearing went on for four days.";
    Passage p = new Passage("a1", 0, 0, text.length(), text);
    PassageHit hit = new PassageHit(p, new ArticleInfo("a1", TITLE, null, null, null), 1, 0.5);
    return new Candidate(hit, sentence, 0, sentence.length(), Set.of(), 0, 0, 0, 0);
  }

  @org.junit.jupiter.api.Test
  void aQuestionInsideAQuotationTheSentenceBeforeOpenedIsWhatSomeoneSaid() {
    String before = "“We will build the wall. ";
    String question = "Who is going to pay for it?";
    String text = before + question + "” he asked.";
    Passage p = new Passage("a1", 0, 0, text.length(), text);
    PassageHit hit = new PassageHit(p, new ArticleInfo("a1", TITLE, null, null, null), 1, 0.5);
    Candidate c =
        new Candidate(
            hit,
            question,
            before.length(),
            before.length() + question.length(),
            Set.of(),
            0,
            0,
            0,
            0);
    assertThat(ShownSentences.shown(c)).isPresent();
    assertThat(ShownSentences.shown(candidate(question, 0))).isEmpty();
  }
}
