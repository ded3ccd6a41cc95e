package org.corpusbot.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.corpusbot.summary.SummaryRequest.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SummaryRequestsTest {
  private final SummaryRequests requests = new SummaryRequests();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Summarize the article about the cyber talks|ARTICLE_ABOUT|the cyber talks",
        "Please summarise the story on the bridge vote.|ARTICLE_ABOUT|the bridge vote",
        "Give me a summary of the ferry strike|TOPIC|the ferry strike",
        "Summary of what the articles say about wheat?|TOPIC|wheat",
        "What's the gist of the budget hearing?|TOPIC|the budget hearing",
        "tl;dr the Geneva summit|TOPIC|the Geneva summit",
        "Sum up the latest article|LATEST|''",
        "Summarize|LATEST|''",
        "Can you give me a quick recap of Harbor City news|TOPIC|Harbor City news"
      })
  void recognisesRequests(String text, Kind kind, String what) {
    SummaryRequest r = requests.parse(text).orElseThrow(() -> new AssertionError(text));
    assertThat(r.kind()).as(text).isEqualTo(kind);
    assertThat(r.text()).as(text).isEqualTo(what);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Where did Putin and Biden meet?",
        "Who summarized the report?",
        "What did the summary of the talks say about hackers?",
        "How much will the bridge cost?"
      })
  void otherQuestionsAreNotRequests(String text) {
    assertThat(requests.parse(text)).as(text).isEmpty();
  }
}
