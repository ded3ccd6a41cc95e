package org.corpusbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.corpusbot.testing.ConsoleCapture;
import org.corpusbot.testing.SyntheticCorpus;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild keeps both deletion guards: with an empty or unmounted corpus folder, or a file that
 * cannot be read (whose articles a rebuild could not embed again), the rebuild is abandoned before
 * it deletes anything and the previous index stays in service, whether it was asked for ({@code
 * index --rebuild}) or follows a change of passage size or model ({@code index}, the bot's start-up
 * check); {@code --allow-mass-delete} rebuilds without them.
 */
class RebuildSafetyIT {
  @TempDir Path dir;
  private Path corpus;
  private Path data;
  private final ConsoleCapture console = new ConsoleCapture();

  @BeforeEach
  void start() {
    corpus = TestCorpus.copyTo(dir.resolve("corpus"));
    data = dir.resolve("data");
    console.start();
  }

  @AfterEach
  void restore() {
    console.stop();
  }

  private int run(Path corpusPath, String... args) {
    String[] all = new String[args.length + 4];
    all[0] = "--corpus";
    all[1] = corpusPath.toString();
    all[2] = "--data";
    all[3] = data.toString();
    System.arraycopy(args, 0, all, 4, args.length);
    return Main.run(all);
  }

  private int indexedArticles() throws Exception {
    console.resetOut();
    assertThat(run(corpus, "articles", "--json")).isZero();
    int total = new ObjectMapper().readTree(console.stdout()).get("total").asInt();
    console.resetOut();
    return total;
  }

  private Path emptyFolder() throws Exception {
    return Files.createDirectories(dir.resolve("unmounted"));
  }

  @Test
  void aRebuildFromAnEmptyFolderIsAbandonedUntilAllowed() throws Exception {
    assertThat(run(corpus, "index")).isZero();
    Path empty = emptyFolder();
    console.resetErr();
    assertThat(run(empty, "index", "--rebuild")).isEqualTo(1);
    assertThat(console.stderr())
        .contains("Not rebuilding the index")
        .contains("6 of 6 indexed articles (000_a6be4f5d739f5fe2, council-notes,")
        .contains("gave no articles at all: an empty or unmounted folder?")
        .contains("the previous index stays in service")
        .contains("corpusbot index --rebuild --allow-mass-delete");
    assertThat(indexedArticles()).isEqualTo(6);
    assertThat(run(empty, "index", "--rebuild", "--allow-mass-delete")).isZero();
    assertThat(indexedArticles()).isZero();
  }

  @Test
  void aChangedPassageSizeWithAnEmptyFolderRebuildsNothingInIndexOrInTheChat() throws Exception {
    assertThat(run(corpus, "index")).isZero();
    Path empty = emptyFolder();
    Path cfg = dir.resolve("c.properties");
    Files.writeString(cfg, "index.chunk-chars = 500\n");
    console.resetErr();
    assertThat(run(empty, "--config", cfg.toString(), "index")).isEqualTo(1);
    assertThat(console.stderr())
        .contains("Not rebuilding the index")
        .contains("gave no articles at all");
    assertThat(indexedArticles()).isEqualTo(6);

    System.setIn(
        new ByteArrayInputStream(
            "Where did Putin and Biden meet?\n".getBytes(StandardCharsets.UTF_8)));
    console.resetErr();
    assertThat(run(empty, "--config", cfg.toString(), "chat")).isZero();
    assertThat(console.stdout()).contains("Geneva");
    assertThat(console.stderr()).contains("Not rebuilding the index");
    assertThat(indexedArticles()).isEqualTo(6);
  }

  @Test
  void aRebuildWithAFileCutShortKeepsItsArticlesUntilAllowed() throws Exception {
    Path wire = SyntheticCorpus.writeJsonlGz(corpus.resolve("feed.jsonl.gz"), 0, 40);
    assertThat(run(corpus, "index")).isZero();
    byte[] gz = Files.readAllBytes(wire);
    Files.write(wire, Arrays.copyOf(gz, gz.length / 2));
    console.resetErr();
    assertThat(run(corpus, "index", "--rebuild")).isEqualTo(1);
    assertThat(console.stderr())
        .contains("Not rebuilding the index")
        .containsPattern("\\d+ indexed articles \\(wire-")
        .contains("feed.jsonl.gz: unreadable")
        .contains("cannot be embedded again")
        .contains("the previous index stays in service");
    assertThat(indexedArticles()).isEqualTo(46);

    console.resetErr();
    assertThat(run(corpus, "index", "--rebuild", "--allow-mass-delete")).isZero();
    assertThat(console.stderr()).containsPattern("Dropping \\d+ indexed articles \\(wire-");
    assertThat(indexedArticles()).isBetween(7, 45);
  }
}
