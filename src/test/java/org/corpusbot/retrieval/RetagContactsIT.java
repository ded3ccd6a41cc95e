package org.corpusbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.corpusbot.corpus.Article;
import org.corpusbot.corpus.Chunker;
import org.corpusbot.corpus.Corpus;
import org.corpusbot.corpus.SentenceSplitter;
import org.corpusbot.meetings.ContactAnnotator;
import org.corpusbot.meetings.MeetingExtractor;
import org.corpusbot.testing.SyntheticCorpus;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * New contact rules (another annotator version) tag the indexed articles again without losing the
 * contacts of any: the articles of a file that could not be read keep theirs, and are tagged again
 * by a later complete run; a stop ends the pass at a batch, and the next run does it all.
 */
class RetagContactsIT {
  private static final ContactAnnotator RULES = new ContactAnnotator(new MeetingExtractor());

  @TempDir Path dir;

  /** The contact rules under {@code version}; counts the articles it reads. */
  private record Versioned(String version, AtomicInteger read) implements ArticleAnnotator {
    @Override
    public String kind() {
      return RULES.kind();
    }

    @Override
    public List<Annotation> annotate(Article article) {
      read.incrementAndGet();
      return RULES.annotate(article);
    }
  }

  private static IndexReport sync(
      CorpusIndex index, Corpus corpus, String version, AtomicInteger read, BooleanSupplier stop) {
    return new Indexer(
            index,
            TestCorpus.embedder(),
            new Chunker(new SentenceSplitter(), TestCorpus.CHUNK),
            TestCorpus.CHUNK,
            List.of(new Versioned(version, read)))
        .sync(corpus, SyncOptions.UPDATE.withStop(stop), IndexProgress.NONE);
  }

  private static IndexReport sync(CorpusIndex index, Corpus corpus, String version) {
    return sync(index, corpus, version, new AtomicInteger(), () -> false);
  }

  /** Contact documents by article id. */
  private static Map<String, Integer> contacts(CorpusIndex index) {
    return index.search(
        s -> {
          Map<String, Integer> out = new TreeMap<>();
          TermQuery q = new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_ANNOTATION));
          StoredFields stored = s.storedFields();
          for (ScoreDoc sd : s.search(q, Math.max(1, s.count(q))).scoreDocs) {
            out.merge(stored.document(sd.doc).get(IndexSchema.ARTICLE_ID), 1, Integer::sum);
          }
          return out;
        });
  }

  private static String tags(CorpusIndex index) {
    return index.commitData().get(IndexSchema.META_ANNOTATORS);
  }

  @Test
  void newRulesKeepTheContactsOfArticlesWhoseFileCouldNotBeReadAndTagThemLater() throws Exception {
    Path corpus = TestCorpus.copyTo(dir.resolve("corpus"));
    Path wire = SyntheticCorpus.writeJsonlGz(corpus.resolve("feed.jsonl.gz"), 0, 40);
    try (CorpusIndex index = CorpusIndex.openWritable(dir.resolve("index"))) {
      sync(index, TestCorpus.loaded(corpus), "2");
      Map<String, Integer> before = contacts(index);
      assertThat(before).containsKeys("wire-0", "wire-39");
      byte[] gz = Files.readAllBytes(wire);
      Files.write(wire, Arrays.copyOf(gz, gz.length / 2)); // a copy cut short

      IndexReport partial = sync(index, TestCorpus.loaded(corpus), "3");
      assertThat(partial.kept()).isPositive();
      assertThat(contacts(index)).isEqualTo(before);
      assertThat(tags(index)).isEqualTo("contact:2"); // not every article is tagged by 3 yet

      SyntheticCorpus.writeJsonlGz(wire, 0, 40);
      AtomicInteger read = new AtomicInteger();
      sync(index, TestCorpus.loaded(corpus), "3", read, () -> false);
      assertThat(read.get()).isEqualTo(46);
      assertThat(contacts(index)).isEqualTo(before);
      assertThat(tags(index)).isEqualTo("contact:3");

      AtomicInteger again = new AtomicInteger();
      sync(index, TestCorpus.loaded(corpus), "3", again, () -> false);
      assertThat(again.get()).isZero();
    }
  }

  @Test
  void tagsForEveryArticleAreABulkWriteAfterWhichTheIndexIsMergedIntoOneSegment() throws Exception {
    Path corpus = TestCorpus.copyTo(dir.resolve("corpus"));
    try (CorpusIndex index = CorpusIndex.openWritable(dir.resolve("index"))) {
      sync(index, TestCorpus.loaded(corpus), "2");
      SyntheticCorpus.writeJsonlGz(corpus.resolve("feed.jsonl.gz"), 0, 3);
      sync(index, TestCorpus.loaded(corpus), "2");
      assertThat(segments(index)).as("three articles onto six: not merged").isEqualTo(2);

      sync(index, TestCorpus.loaded(corpus), "3");

      assertThat(tags(index)).isEqualTo("contact:3");
      assertThat(segments(index)).isEqualTo(1);
    }
  }

  private static int segments(CorpusIndex index) {
    return index.search(s -> s.getIndexReader().leaves().size());
  }

  @Test
  void aStopEndsTaggingAgainAtABatchAndTheNextRunDoesItAll() {
    Path corpus = SyntheticCorpus.writeText(dir.resolve("corpus"), 200);
    try (CorpusIndex index = CorpusIndex.openWritable(dir.resolve("index"))) {
      sync(index, TestCorpus.loaded(corpus), "2");
      Map<String, Integer> before = contacts(index);
      assertThat(before).hasSize(200);

      AtomicInteger read = new AtomicInteger();
      IndexReport stopped = sync(index, TestCorpus.loaded(corpus), "3", read, () -> true);
      assertThat(stopped.stopped()).isTrue();
      assertThat(read.get()).isPositive().isLessThan(200);
      assertThat(contacts(index)).isEqualTo(before);
      assertThat(tags(index)).isEqualTo("contact:2");

      AtomicInteger rest = new AtomicInteger();
      IndexReport done = sync(index, TestCorpus.loaded(corpus), "3", rest, () -> false);
      assertThat(done.stopped()).isFalse();
      assertThat(rest.get()).isEqualTo(200);
      assertThat(contacts(index)).isEqualTo(before);
      assertThat(tags(index)).isEqualTo("contact:3");
    }
  }
}
