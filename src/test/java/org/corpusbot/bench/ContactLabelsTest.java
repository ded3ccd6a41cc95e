package org.corpusbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContactLabelsTest {
  static final String LINES =
      """
      {"_comment": "a comment line is skipped"}
      {"id": "a", "split": "dev", "events": [\
      {"sides": [["Fiji", "Tonga", "Samoa", "Palau", "Nauru"]]}, {"sides": [["Fiji"], ["Zed"]]}]}
      {"id": "b", "split": "heldout", "events": [{"sides": [["Ann"], ["Bob", "Cy"]]}]}
      """;

  @Test
  void pairsOfEventsWithMoreThanFourNamedPartiesAreCrowdPairs() throws Exception {
    Map<String, ContactLabels.Labelled> read =
        ContactLabels.read(new ByteArrayInputStream(LINES.getBytes(StandardCharsets.UTF_8)));
    assertThat(read).containsOnlyKeys("a", "b");
    ContactLabels.Labelled a = read.get("a");
    assertThat(a.split()).isEqualTo("dev");
    assertThat(a.pairs()).hasSize(11); // 10 of the five, and Fiji-Zed
    assertThat(a.crowdPairs()).hasSize(10).noneMatch(p -> p.b().equals("Zed"));
    assertThat(read.get("b").pairs()).hasSize(2);
    assertThat(read.get("b").crowdPairs()).isEmpty();
  }

  @Test
  void theScoreWithoutCrowdsLeavesTheirPairsOutOfBothSides() throws Exception {
    ContactLabels.Labelled a =
        ContactLabels.read(new ByteArrayInputStream(LINES.getBytes(StandardCharsets.UTF_8)))
            .get("a");
    List<NamePairs.Pair> got =
        List.of(new NamePairs.Pair("Fiji", "Tonga"), new NamePairs.Pair("Fiji", "Zed"));
    var outcome = new ContactBenchmark.Outcome("a", "dev", a.pairs(), got, a.crowdPairs());
    assertThat(outcome.score()).isEqualTo(new ContactScore(2, 2, 11, 2, 1));
    assertThat(outcome.withoutCrowds()).isEqualTo(new ContactScore(1, 1, 1, 1, 1));
  }
}
