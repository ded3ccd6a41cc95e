package org.corpusbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.corpusbot.retrieval.IndexSchema;
import org.corpusbot.testing.ConsoleCapture;
import org.corpusbot.testing.CorpusbotProcess;
import org.corpusbot.testing.SyntheticCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The indexer as a real process, killed the hard way (SIGKILL) at several moments of a 300-article
 * run and during a rebuild, and stopped the polite way (SIGTERM): nothing is lost or doubled, and
 * the answers are those of an index built without interruption.
 */
class IndexFaultsIT {
  private static final int ARTICLES = 300;
  private static final Duration RUN = Duration.ofMinutes(3);
  private static final int[] ASKED = {3, 150, 299};

  @TempDir Path dir;

  /** What a commit holds: article ids (with repeats), passages, contacts, and its metadata. */
  record Stats(
      List<String> ids,
      int passages,
      int passagesDeclared,
      int contacts,
      Map<String, String> meta) {
    int articles() {
      return ids.size();
    }

    boolean noRepeats() {
      return new HashSet<>(ids).size() == ids.size();
    }
  }

  static Stats stats(Path index) throws IOException {
    if (!Files.exists(index.resolve("write.lock")) && !Files.exists(index)) {
      return new Stats(List.of(), 0, 0, 0, Map.of());
    }
    try (var d = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(d)) {
        return new Stats(List.of(), 0, 0, 0, Map.of());
      }
      try (DirectoryReader r = DirectoryReader.open(d)) {
        IndexSearcher s = new IndexSearcher(r);
        List<String> ids = new ArrayList<>();
        int declared = 0;
        TermQuery articles = new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_ARTICLE));
        for (ScoreDoc sd : s.search(articles, Math.max(1, s.count(articles))).scoreDocs) {
          var doc = s.storedFields().document(sd.doc);
          ids.add(doc.get(IndexSchema.ARTICLE_ID));
          declared += doc.getField(IndexSchema.ORDINAL).numericValue().intValue();
        }
        return new Stats(
            ids,
            s.count(new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_PASSAGE))),
            declared,
            s.count(new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_ANNOTATION))),
            r.getIndexCommit().getUserData());
      }
    }
  }

  private CorpusbotProcess index(Path corpus, Path data, String name, Map<String, String> env) {
    return CorpusbotProcess.start(
        dir.resolve(name + ".log"),
        env,
        "--corpus",
        corpus.toString(),
        "--data",
        data.toString(),
        "index");
  }

  /** The answers to a few questions, in-process and read-only, without their timing. */
  private List<String> answers(Path corpus, Path data) throws Exception {
    ConsoleCapture console = new ConsoleCapture();
    List<String> out = new ArrayList<>();
    console.start();
    try {
      for (int i : ASKED) {
        console.resetOut();
        assertThat(
                Main.run(
                    "--corpus",
                    corpus.toString(),
                    "--data",
                    data.toString(),
                    "ask",
                    "--json",
                    "--as-of",
                    "2025-01-01",
                    SyntheticCorpus.question(i)))
            .isZero();
        ObjectNode o = (ObjectNode) new ObjectMapper().readTree(console.stdout());
        o.remove("tookMs");
        out.add(o.toString());
      }
    } finally {
      console.stop();
    }
    assertThat(out.get(0)).contains(SyntheticCorpus.cost(ASKED[0]) + " million");
    return out;
  }

  /** Waits until a commit holds more than {@code committed} articles, or the process ended. */
  private static void awaitCommitBeyond(Path index, int committed, CorpusbotProcess p)
      throws Exception {
    long deadline = System.nanoTime() + RUN.toNanos();
    while (System.nanoTime() < deadline && p.process().isAlive()) {
      if (stats(index).articles() > committed) {
        return;
      }
      Thread.sleep(20);
    }
  }

  @Test
  void sigkillAtSeveralMomentsLosesAndDoublesNothingAndAnswersAreUnchanged() throws Exception {
    Path corpus = SyntheticCorpus.writeText(dir.resolve("corpus"), ARTICLES);
    Path reference = dir.resolve("reference");
    assertThat(index(corpus, reference, "reference", Map.of()).waitFor(RUN)).isZero();
    Stats want = stats(reference.resolve("index"));
    assertThat(want.articles()).isEqualTo(ARTICLES);
    assertThat(want.contacts()).isGreaterThanOrEqualTo(ARTICLES);
    List<String> wantAnswers = answers(corpus, reference);

    Path data = dir.resolve("data");
    Path index = data.resolve("index");
    Map<String, String> often = Map.of("CORPUSBOT_INDEX_COMMIT_SECONDS", "1");
    List<Integer> afterKills = new ArrayList<>();
    CorpusbotProcess early = index(corpus, data, "kill-0", often);
    Thread.sleep(1_500); // starting: settings, model, corpus
    early.kill();
    afterKills.add(check(stats(index)));
    for (int round = 1; round <= 3; round++) {
      CorpusbotProcess p = index(corpus, data, "kill-" + round, often);
      awaitCommitBeyond(index, afterKills.get(afterKills.size() - 1), p);
      if (round == 3) {
        Thread.sleep(400); // not just after a commit: in the middle of the next batch
      }
      p.kill();
      afterKills.add(check(stats(index)));
    }
    assertThat(afterKills)
        .as("articles committed after each kill: %s", afterKills)
        .anyMatch(n -> n > 0 && n < ARTICLES);
    assertThat(index(corpus, data, "finish", often).waitFor(RUN)).isZero();

    Stats got = stats(index);
    assertThat(got.noRepeats()).isTrue();
    assertThat(new HashSet<>(got.ids())).isEqualTo(new HashSet<>(want.ids()));
    assertThat(got.passages()).isEqualTo(want.passages());
    assertThat(got.contacts()).isEqualTo(want.contacts());
    assertThat(answers(corpus, data)).isEqualTo(wantAnswers);

    // A rebuild killed half-way leaves the index it was replacing in service.
    CorpusbotProcess rebuild =
        index(corpus, data, "rebuild", Map.of("CORPUSBOT_INDEX_CHUNK_CHARS", "300"));
    long deadline = System.nanoTime() + RUN.toNanos();
    while (!rebuild.output().contains("Indexing:")
        && rebuild.process().isAlive()
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(rebuild.output()).contains("Rebuilding the index");
    rebuild.kill();
    Stats afterRebuildKill = stats(index);
    assertThat(afterRebuildKill.meta()).containsEntry(IndexSchema.META_CHUNK, "600");
    assertThat(afterRebuildKill.passages()).isEqualTo(want.passages());
    assertThat(answers(corpus, data)).isEqualTo(wantAnswers);
  }

  /** Every committed article has all its passages (it was written as one block), none twice. */
  private static int check(Stats s) {
    assertThat(s.noRepeats()).as("an article indexed twice").isTrue();
    assertThat(s.passages())
        .as("passages of the committed articles")
        .isEqualTo(s.passagesDeclared());
    return s.articles();
  }

  @Test
  void sigtermStopsAtABatchCommitsWhatIsDoneAndExitsCleanly() throws Exception {
    Path corpus = SyntheticCorpus.writeText(dir.resolve("corpus"), ARTICLES);
    Path data = dir.resolve("data");
    CorpusbotProcess p = index(corpus, data, "term", Map.of());
    long deadline = System.nanoTime() + RUN.toNanos();
    while (!p.output().contains("Loaded " + ARTICLES + " articles")
        && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    p.terminate();
    assertThat(p.waitFor(Duration.ofMinutes(1))).isEqualTo(143); // 128 + SIGTERM
    String out = p.output();
    assertThat(out)
        .contains("Stopping: indexing ends at its next batch")
        .containsPattern("stopped early, \\d+ articles left for the next run");
    Stats committed = check(stats(data.resolve("index"))) > 0 ? stats(data.resolve("index")) : null;
    assertThat(committed).as("something was committed before stopping").isNotNull();
    int left = ARTICLES - committed.articles();
    assertThat(left).isPositive();
    assertThat(out).contains(left + " articles left for the next run");
    assertThat(out).doesNotContain("Exception");
    CorpusbotProcess next = index(corpus, data, "after-term", Map.of());
    assertThat(next.waitFor(RUN)).isZero();
    assertThat(next.output())
        .contains(left + " new, 0 changed, " + committed.articles() + " unchanged");
    assertThat(check(stats(data.resolve("index")))).isEqualTo(ARTICLES);
  }
}
