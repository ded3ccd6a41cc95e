package org.corpusbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.corpusbot.retrieval.Partition;
import org.corpusbot.testing.ConsoleCapture;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code corpusbot index --partition I/N [--remove-gone]} as a user runs it. */
class IndexPartitionCliIT {
  @TempDir Path dir;
  private Path corpus;
  private final ConsoleCapture console = new ConsoleCapture();

  @BeforeEach
  void start() {
    corpus = TestCorpus.copyTo(dir.resolve("corpus"));
    console.start();
  }

  @AfterEach
  void restore() {
    console.stop();
  }

  private int run(String... args) {
    String[] all = new String[args.length + 4];
    all[0] = "--corpus";
    all[1] = corpus.toString();
    all[2] = "--data";
    all[3] = dir.resolve("data").toString();
    System.arraycopy(args, 0, all, 4, args.length);
    return Main.run(all);
  }

  private int indexedArticles() throws Exception {
    console.resetOut();
    assertThat(run("articles", "--json")).isZero();
    int total = new ObjectMapper().readTree(console.stdout()).get("total").asInt();
    console.resetOut();
    return total;
  }

  @Test
  void twoPartitionsFillTheIndexBetweenThemAndSayWhichTheyWere() throws Exception {
    long first =
        TestCorpus.load(corpus).stream().filter(a -> Partition.parse("1/2").holds(a.id())).count();
    assertThat(run("index", "--partition", "1/2")).isZero();
    assertThat(console.stdout()).contains("Index updated (partition 1/2): " + first + " new");
    assertThat(indexedArticles()).isEqualTo((int) first);

    assertThat(run("index", "--partition", "2/2")).isZero();
    assertThat(console.stdout()).contains("Index updated (partition 2/2): " + (6 - first) + " new");
    assertThat(indexedArticles()).isEqualTo(6);

    assertThat(run("index")).isZero();
    assertThat(console.stdout()).contains("0 new, 0 changed, 6 unchanged");
  }

  @Test
  void optionsThatDoNotGoTogetherAreUsageErrors() {
    assertThat(run("index", "--partition", "3/2")).isEqualTo(2);
    assertThat(console.stderr()).contains("a partition is I/N with 1 <= I <= N, not 3/2");
    console.resetErr();
    assertThat(run("index", "--partition", "half")).isEqualTo(2);
    assertThat(console.stderr()).contains("--partition takes I/N");
    console.resetErr();
    assertThat(run("index", "--rebuild", "--partition", "1/2")).isEqualTo(2);
    assertThat(console.stderr()).contains("--rebuild cannot go with --partition 1/2");
    console.resetErr();
    assertThat(run("index", "--remove-gone")).isEqualTo(2);
    assertThat(console.stderr()).contains("--remove-gone goes with --partition");
  }
}
