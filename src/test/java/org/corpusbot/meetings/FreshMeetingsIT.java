package org.corpusbot.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.corpusbot.bench.ContactBenchmark;
import org.corpusbot.bench.ContactLabels;
import org.corpusbot.bench.ContactScore;
import org.corpusbot.corpus.Article;
import org.corpusbot.testing.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A regression guard on the dev halves of the two labelled sets of fresh text (political news from
 * rtqa, Reuters stories outside the 77): named-pair precision and recall may not fall below floors
 * set a little under what the rules reached when they were tuned. Held-out halves are not read
 * here: they are checked by hand, rarely, with {@code bench-contacts --split heldout}.
 */
class FreshMeetingsIT {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "contacts-rtqa.jsonl, rtqa/articles.jsonl, 0.90, 0.16",
    "reuters-fresh-contacts.jsonl, reuters21578.jsonl, 0.90, 0.38",
    // round 3 (session 48): small dev halves (15 and 5 gold pairs): recall floors loose, precision
    // as strict as the others (one wrong pair in either fails it)
    "contacts-rtqa-r3.jsonl, rtqa/articles.jsonl, 0.90, 0.18", // 3 of 15 since session 49
    "reuters-fresh-contacts-r3.jsonl, reuters21578.jsonl, 0.90, 0.30"
  })
  void devPairsStayAboveTheirFloors(String labels, String articles, double precision, double recall)
      throws Exception {
    Path file = SharedData.require(articles);
    Map<String, ContactLabels.Labelled> gold;
    try (InputStream in = getClass().getResourceAsStream("/meetings/" + labels)) {
      gold = ContactLabels.read(in);
    }
    gold.values().removeIf(l -> !l.split().equals("dev"));
    Map<String, Article> texts = ContactBenchmark.articles(file, gold);
    List<ContactBenchmark.Outcome> outcomes =
        new ContactBenchmark(new MeetingExtractor()::extract).run(gold, texts);
    ContactScore s = ContactBenchmark.bySplit(outcomes).get("dev");
    System.out.printf(
        "%s dev: precision %.3f (%d/%d), recall %.3f (%d/%d)%n",
        labels, s.precision(), s.correct(), s.predicted(), s.recall(), s.found(), s.expected());
    assertThat(s.articles()).isEqualTo(gold.size());
    assertThat(s.precision()).isGreaterThanOrEqualTo(precision);
    assertThat(s.recall()).isGreaterThanOrEqualTo(recall);
  }
}
