package org.corpusbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corpusbot.meetings.ContactAnnotator;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What follows are matched against: the served articles that arrived after a watermark, read back
 * from a real index with their passages, vectors and contacts.
 */
class FreshArticlesIT {
  @TempDir Path dir;

  @Test
  void articlesArrivingAfterAWatermarkAreReadBackWithPassagesVectorsAndContacts() throws Exception {
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    Files.copy(TestCorpus.seed(), corpus.resolve(TestCorpus.seed().getFileName()));
    try (CorpusIndex index = CorpusIndex.openWritable(dir.resolve("index"))) {
      TestCorpus.sync(index, corpus);
      FreshArticles fresh = new LuceneFresh(index);
      long seedArrival = fresh.lastArrival();
      assertThat(seedArrival).isPositive();

      List<FreshArticle> all = fresh.since(0, 10);
      assertThat(all).extracting(FreshArticle::id).containsExactly(TestCorpus.SEED_ID);
      FreshArticle seed = all.get(0);
      assertThat(seed.arrival()).isEqualTo(seedArrival);
      assertThat(seed.cluster()).isNotBlank();
      assertThat(seed.passages()).hasSizeGreaterThan(1);
      for (FreshArticle.Vectored v : seed.passages()) {
        assertThat(seed.article().text().substring(v.passage().start(), v.passage().end()))
            .isEqualTo(v.passage().text());
        assertThat(v.vector()).hasSize(TestCorpus.embedder().dimension());
        assertThat(norm(v.vector())).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
      }
      assertThat(seed.annotations())
          .as("the seed's contacts come with it")
          .isNotEmpty()
          .allMatch(a -> a.kind().equals(ContactAnnotator.KIND));
      assertThat(fresh.since(seedArrival, 10)).as("nothing arrived after the seed").isEmpty();

      String text = Files.readString(TestCorpus.seed());
      Files.writeString(corpus.resolve("copy.txt"), text); // the same text again: not served
      Files.writeString(
          corpus.resolve("ferry.txt"),
          "Ferry service resumes\n\nThe ferry between Lunde and Osk resumed on Monday after a"
              + " week of storms, the operator said. Ticket prices stay the same.");
      TestCorpus.sync(index, corpus);

      assertThat(fresh.since(seedArrival, 10))
          .as("only the new served article; the copy is a duplicate")
          .extracting(FreshArticle::id)
          .containsExactly("ferry");
      assertThat(fresh.of(List.of("ferry", TestCorpus.SEED_ID, "copy", "nothing")))
          .extracting(FreshArticle::id)
          .containsExactlyInAnyOrder("ferry", TestCorpus.SEED_ID);
      long ferryArrival = fresh.lastArrival();

      Files.writeString(
          corpus.resolve("ferry.txt"),
          "Ferry service resumes\n\nThe ferry between Lunde and Osk resumed on Tuesday after a"
              + " week of storms, the operator said. Ticket prices stay the same.");
      TestCorpus.sync(index, corpus);
      assertThat(fresh.since(ferryArrival, 10))
          .as("a corrected article arrives again")
          .extracting(FreshArticle::id)
          .containsExactly("ferry");
    }
  }

  private static double norm(float[] v) {
    double s = 0;
    for (float f : v) {
      s += f * f;
    }
    return Math.sqrt(s);
  }
}
