package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The wrong contacts that recur in the second precision audit (session 23, 120 unlabelled political
 * news articles; README, "Who met whom"), each counted over the unlabelled text before its rule was
 * written. Every sentence is made up, in the shape of that news.
 */
class FreshAuditRulesTest {
  private static List<String> pairs(String text) {
    return MadeUpText.namedPairs(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Norfield Arts Trust is now called Norfield Futures Fund.",
        "Reuters called Omar Lind's relationship with Anna Berg \"strangely warm,\" given his"
            + " remarks.",
        "Tomas Hale said so. He called Anna Berg and Omar Lind \"the linchpins of the scheme.\"",
        "In a wide-ranging attack on efforts to combat COVID-19, Gov. Anna Berg called Tuesday for"
            + " the Republican-controlled Legislature to make the ban permanent."
      })
  void calledThatNamesDescribesOrAppealsIsNoCall(String text) {
    assertThat(pairs(text)).as(text).isEmpty();
  }

  @Test
  void aCallToPeopleNamedAfterTheVerbStaysACall() {
    assertThat(pairs("President Anna Berg called Omar Lind on Tuesday."))
        .containsExactly("Anna Berg - Omar Lind");
    assertThat(pairs("Anna Berg called Omar Lind and Tomas Hale on Monday to discuss the vote."))
        .containsExactly("Anna Berg - Omar Lind", "Anna Berg - Tomas Hale");
  }
}
