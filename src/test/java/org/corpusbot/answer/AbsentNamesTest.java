package org.corpusbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AbsentNamesTest {
  private static final String EVIDENCE =
      "WASHINGTON — President Biden spoke with Putin on Tuesday. U.S. officials said the World"
          + " Health Organization warned Ukraine's neighbours; China's envoy and the Kremlin's"
          + " spokesman Dmitry Peskov declined to comment. The Food and Drug Administration"
          + " approved a vaccine. Putin's spokesman Peskov said Ukraine and the Kremlin were not told.";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // question | refusal, or empty when the evidence mentions every name
        "What did Justin Trudeau say about the Russian hackers? | The articles don't mention Justin Trudeau.",
        "What did Canadian Prime Minister Justin Trudeau say? | The articles don't mention Justin Trudeau.",
        "Did Trudeau call Biden? | The articles don't mention Trudeau.",
        "What did Angela Merkel tell Joe Biden? | The articles don't mention Angela Merkel.",
        "What did Joe Biden tell Vladimir Putin? |",
        "What did biden say? |",
        "What did President Joe Biden's spokesman say? |",
        "What did the United States say? |",
        "What did America say? |",
        "What did the WHO say? |",
        "What did the World Health Organization say? |",
        "Which Ukrainian city was named? |",
        "What did Chinese officials say? |",
        "What did Peskov say in March? |",
        "Confirmation hearings began this week. What did Biden say? |",
        "Which country did Putin visit on Monday? |",
        "Where is Wakanda? | The articles don't mention Wakanda.",
        "Which title did Iga Swiatek defend? | The articles don't mention Iga Swiatek.",
        "What did Abdelmadjid Tebboune announce? | The articles don't mention Abdelmadjid Tebboune.",
        "Far-right pundits met. What did Biden say? |",
        "Which state AGs sued Biden? |", // plural acronyms name offices (user trial 59)
        "Who tested positive for Covid-19? | The articles don't mention Covid.",
        "What caused delays for travellers across the US this week? |",
        "How many people now live on Earth? |",
        "Biden’s Governor Peskov said what? |",
        "Harrison Ford has a new species named after him. Which animal? | The articles don't mention Harrison Ford.",
        "Comedian and actor Biden starred in which sitcom? |",
        "title:(Biden OR Putin) AND NOT Peskov TO Ukraine |",
        "What did the White House say? | The articles don't mention White House.",
        "Who won the US Women’s Open? | The articles don't mention Women’s Open.",
        "What did Ukraine’s Volodymyr Zelensky say? | The articles don't mention Ukraine’s Volodymyr Zelensky.",
        "What did the Kremlin’s spokesman say? |",
        "What did House Speaker Nancy Pelosi say? | The articles don't mention Nancy Pelosi.",
        // review 55: an acronym the evidence spells out is mentioned
        "What did the FDA approve? |",
        "What did the CDC approve? | The articles don't mention CDC.",
        // user trial 56: the asker's "I'm", a lone word describing people, and typos
        "My commute is long and I'm worried: what did Biden say? |",
        "What did Biden say, I’ve wondered? |",
        "What did two young Black lawmakers tell Biden? |",
        "Did Catholic bishops meet Putin? |",
        "What did Puttin say? |",
        "Why is Ukriane worried? |",
        "What did the Krelmin say? |",
        "What did Pezkov say? |",
        "What did Pezkof say? | The articles don't mention Pezkof.",
        "What did Beskov say? | The articles don't mention Beskov.",
        "What did Putn say? | The articles don't mention Putn.",
        "What did Black Lives Matter say? | The articles don't mention Black Lives Matter.",
        "What did Dmitry Pezkov say? |",
        "What did Anton Pezkov say? | The articles don't mention Anton Pezkov.",
        "What did the Kremlim say? |",
        "What did Commentt say? | The articles don't mention Commentt.",
        // a slip is forgiven for a name written twice, not for one in passing
        "What did the Organizaton say? | The articles don't mention Organizaton.",
        // review 56: a describing word that names someone; plurals of names are other names
        "What did White say about the bill? | The articles don't mention White.",
        "What did Brown tell Biden? | The articles don't mention Brown.",
        // user trial 57: a party's people after a place or body; no name across a sentence's end
        "How do Biden and Putin poll among Ukraine Republicans? |",
        "What did Kremlin Democrats say? |",
        "What did Iowa Republicans say? | The articles don't mention Iowa.",
        "Putin met Joe Biden. What was the reason? |",
        "Putin met Joe Biden. Why did Trudeau call? | The articles don't mention Trudeau.",
        "What did Gordon Brown say about Putin? | The articles don't mention Gordon Brown.",
      })
  void refusesOnlyNamesTheEvidenceNeverMentions(String question, String refusal) {
    var answer = AbsentNames.check(question, List.of(EVIDENCE));
    if (refusal == null) {
      assertThat(answer).isEmpty();
    } else {
      assertThat(answer)
          .hasValueSatisfying(
              a -> {
                assertThat(a.found()).isFalse();
                assertThat(a.citations()).isEmpty();
                assertThat(a.text()).isEqualTo(refusal);
              });
    }
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // evidence | question | refusal, or empty (review 56)
        "Robert Hur said so. Robert Hur left. | What did Chief Justice Roberts rule? | The articles don't mention Roberts.",
        "Hale spoke. Hale left. | What did Haley say? | The articles don't mention Haley.",
        "Adam Lind spoke. Adam Lind left. | What did Adams say? | The articles don't mention Adams.",
        "Putin spoke. Putin left. | What did Puttin say? |",
        "Putin spoke once. | What did Puttin say? | The articles don't mention Puttin.",
        "Meyer leads Bethany Hall-Long. Hall-Long's poll fell. | Is Meyer behind Bethany Hall-Lang? |",
        "Meyer leads Bethany Hall-Long. | Is Meyer behind Bethany Hall-Lang? | The articles don't mention Bethany Hall-Lang.",
      })
  void aSlipIsForgivenOnlyForANameWrittenTwiceAndNeverAsAPlural(
      String evidence, String question, String refusal) {
    var answer = AbsentNames.check(question, List.of(evidence));
    if (refusal == null) {
      assertThat(answer).isEmpty();
    } else {
      assertThat(answer).hasValueSatisfying(a -> assertThat(a.text()).isEqualTo(refusal));
    }
  }

  @org.junit.jupiter.api.Test
  void optionsOfAMultipleChoiceQuestionAreNotNamesAndNoEvidenceIsLeftToTheComposer() {
    assertThat(AbsentNames.names("Which car maker? Options: Audi; Mercedes; Ford; BMW."))
        .isNotEmpty();
    assertThat(AbsentNames.check("Who is Justin Trudeau?", List.of())).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // question | the claim the evidence never mentions, or empty (refused or answered)
        "Did Biden speak with Putin in Texas? | Texas",
        "Was Peskov's comment made in Paris? | Paris",
        "Did Biden speak with Putin? |",
        "Did Trudeau call Biden? |", // the one asked about is absent: the refusal
        "What did Biden tell Trudeau? |", // no yes/no: the refusal
        // user trial 59: a question naming three or more, most of them mentioned, the first too
        "Biden and Peskov spoke of Ukraine; what did Biden say in London? | London",
        "What did Biden tell Trudeau and Macron about Putin? |", // two of four unmentioned
        "What did Trudeau tell Biden about Putin and Ukraine? |", // the first one is absent
        // review 59: the unmentioned one is whom the question is about, not where
        "What did Biden and Putin say about Navalny? |",
        "What did Biden tell Macron about Putin? |",
      })
  void aClaimOrContextNameTheArticlesNeverMentionIsSaidNotRefused(String question, String claim) {
    assertThat(AbsentNames.unmentionedClaim(question, List.of(EVIDENCE)))
        .isEqualTo(java.util.Optional.ofNullable(claim));
  }
}
