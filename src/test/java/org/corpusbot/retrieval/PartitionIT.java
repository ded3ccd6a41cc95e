package org.corpusbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.Chunker;
import org.corpusbot.corpus.Corpus;
import org.corpusbot.corpus.SentenceSplitter;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code index --partition I/N} on a real index: shares, arrivals, removals and refusals. */
class PartitionIT {
  private static final Partition FIRST = Partition.parse("1/2");
  private static final Partition SECOND = Partition.parse("2/2");
  private static final String[] TOPICS = {
    "The harbour board approved a new ferry terminal for the northern quay.",
    "A drought has cut the wheat harvest in the eastern provinces by a third.",
    "The city orchestra announced a winter season of baroque concertos.",
    "Engineers found cracks in the old railway bridge over the river Lune.",
    "The football club signed a young goalkeeper from a second-division side.",
    "Teachers voted to strike over pay and the length of the school day.",
    "A rare orchid was found growing on the limestone cliffs near Kerrow.",
    "The central bank held interest rates at four percent for another quarter.",
    "Firefighters contained a forest blaze that had burned for three days.",
    "The museum opened an exhibition of medieval maps and sea charts.",
    "A new vaccine trial began at the university hospital in March.",
    "The council will plant two thousand trees along the ring road.",
  };

  @TempDir Path dir;

  private static List<Article> articles() {
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < TOPICS.length; i++) {
      out.add(
          new Article(
              "story-" + i,
              "Story " + i,
              LocalDate.of(2024, 3, 1 + i),
              "Test Gazette",
              null,
              List.of(),
              TOPICS[i],
              null));
    }
    return out;
  }

  private static Indexer indexer(CorpusIndex index, List<ArticleAnnotator> annotators) {
    return new Indexer(
        index,
        TestCorpus.embedder(),
        new Chunker(new SentenceSplitter(), 600),
        600,
        annotators,
        IndexPolicy.DEFAULT);
  }

  private static IndexReport run(CorpusIndex index, List<Article> articles, SyncOptions options) {
    return indexer(index, List.of()).sync(Corpus.of(articles), options, IndexProgress.NONE);
  }

  private static SyncOptions in(Partition part, boolean removeGone) {
    return SyncOptions.UPDATE.inPartition(part, removeGone);
  }

  private static List<String> share(List<Article> articles, Partition part) {
    return articles.stream().map(Article::id).filter(part::holds).toList();
  }

  @Test
  void aPartitionedRunIndexesOnlyItsShareAndRemovesNothingItDidNotSee() {
    List<Article> all = articles();
    List<String> mine = share(all, FIRST);
    assertThat(mine)
        .as("the test needs both partitions non-empty")
        .isNotEmpty()
        .hasSizeLessThan(12);
    try (CorpusIndex index = CorpusIndex.openWritable(dir.resolve("index"))) {
      IndexReport first = run(index, all, in(FIRST, false));
      assertThat(first.added()).isEqualTo(mine.size());
      assertThat(index.writer().indexed().keySet()).containsExactlyInAnyOrderElementsOf(mine);
      assertThat(first.partition()).isEqualTo(FIRST);
      assertThat(first.summary()).startsWith("Index updated (partition 1/2): ");

      // The whole corpus is indexed, then one article of each partition leaves the corpus.
      run(index, all, SyncOptions.UPDATE);
      String goneMine = mine.get(0);
      String goneOther = share(all, SECOND).get(0);
      List<Article> fewer =
          all.stream().filter(a -> !a.id().equals(goneMine) && !a.id().equals(goneOther)).toList();
      IndexReport again = run(index, fewer, in(FIRST, false));
      assertThat(again.deleted()).isZero();
      assertThat(again.warning()).isNull();
      assertThat(index.writer().indexed()).containsKeys(goneMine, goneOther).hasSize(12);
    }
  }

  @Test
  void twoPartitionsTogetherIndexEveryArticleOnceWithArrivalsOfTheirOwn() {
    List<Article> all = articles();
    try (CorpusIndex index = CorpusIndex.openWritable(dir.resolve("index"))) {
      IndexReport one = run(index, all, in(FIRST, false));
      IndexReport two = run(index, all, in(SECOND, false));
      assertThat(one.added() + two.added()).isEqualTo(12);
      assertThat(index.catalog().overview().articles()).isEqualTo(12);

      Map<String, Long> arrivals = index.writer().copies().arrivals();
      assertThat(arrivals).hasSize(12);
      assertThat(new java.util.HashSet<>(arrivals.values())).hasSize(12);
      arrivals.forEach(
          (id, arrival) ->
              assertThat(Math.floorMod(arrival - 1, 2L) + 1)
                  .as("arrival %d of %s", arrival, id)
                  .isEqualTo(FIRST.holds(id) ? 1 : 2));

      IndexReport whole = run(index, all, SyncOptions.UPDATE);
      assertThat(whole.unchanged()).as("nothing left for a whole run").isEqualTo(12);
      assertThat(whole.indexed()).isZero();
    }
  }

  @Test
  void removeGoneRemovesTheGoneArticlesOfItsOwnPartitionOnly() {
    List<Article> all = articles();
    String goneMine = share(all, FIRST).get(0);
    String goneOther = share(all, SECOND).get(0);
    List<Article> fewer =
        all.stream().filter(a -> !a.id().equals(goneMine) && !a.id().equals(goneOther)).toList();
    try (CorpusIndex index = CorpusIndex.openWritable(dir.resolve("index"))) {
      run(index, all, SyncOptions.UPDATE);
      IndexReport report = run(index, fewer, in(FIRST, true));
      assertThat(report.deleted()).isEqualTo(1);
      assertThat(index.writer().indexed()).doesNotContainKey(goneMine).containsKey(goneOther);
    }
  }

  @Test
  void aPartitionedRunRefusesARebuildAndAnnotatingEverythingAgain() {
    List<Article> all = articles();
    try (CorpusIndex index = CorpusIndex.openWritable(dir.resolve("index"))) {
      assertThatThrownBy(() -> run(index, all, SyncOptions.REBUILD.inPartition(FIRST, false)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("--partition 1/2 cannot rebuild");

      run(index, all, SyncOptions.UPDATE);
      Indexer tagging = indexer(index, List.of(new Nothing()));
      assertThatThrownBy(() -> tagging.sync(Corpus.of(all), in(FIRST, false), IndexProgress.NONE))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("annotated again")
          .hasMessageContaining("without --partition");
      assertThat(index.commitData()).containsEntry(IndexSchema.META_ANNOTATORS, "");
      assertThat(index.writer().indexed()).hasSize(12);
    }
  }

  /** Annotators of another version than the index was built with: everything is due again. */
  private static final class Nothing implements ArticleAnnotator {
    @Override
    public String kind() {
      return "nothing";
    }

    @Override
    public String version() {
      return "1";
    }

    @Override
    public List<Annotation> annotate(Article article) {
      return List.of();
    }
  }
}
