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
 * Nothing indexed is deleted because the corpus could not be read: not for a file that became
 * unreadable, not for an empty or unmounted corpus folder, in `index` and in the background check
 * of the chat alike; each says what it kept or refused and why.
 */
class CorpusSafetyIT {
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

  @Test
  void anEmptyCorpusFolderRemovesNothingUntilAllowed() throws Exception {
    assertThat(run(corpus, "index")).isZero();
    Path empty = Files.createDirectories(dir.resolve("unmounted"));
    console.resetErr();
    assertThat(run(empty, "index")).isEqualTo(1);
    assertThat(console.stderr())
        .contains("Not removing 6 of 6 indexed articles (000_a6be4f5d739f5fe2, council-notes,")
        .contains("gave no articles at all: an empty or unmounted folder?")
        .contains("corpusbot index --allow-mass-delete");
    assertThat(indexedArticles()).isEqualTo(6);
    assertThat(run(empty, "index", "--allow-mass-delete")).isZero();
    assertThat(console.stdout()).contains("6 removed");
  }

  @Test
  void aCorpusFileThatBecomesUnreadableKeepsItsArticles() throws Exception {
    Path wire = SyntheticCorpus.writeJsonlGz(corpus.resolve("feed.jsonl.gz"), 0, 40);
    assertThat(run(corpus, "index")).isZero();
    assertThat(indexedArticles()).isEqualTo(46);
    byte[] gz = Files.readAllBytes(wire);
    Files.write(wire, Arrays.copyOf(gz, gz.length / 2)); // a copy cut short
    console.resetErr();
    assertThat(run(corpus, "index")).isZero();
    assertThat(console.stdout()).contains(" 0 removed");
    assertThat(console.stderr())
        .contains("feed.jsonl.gz: skipped, unreadable")
        .containsPattern("Keeping \\d+ indexed articles \\(wire-")
        .contains("feed.jsonl.gz: unreadable");
    assertThat(indexedArticles()).isEqualTo(46);
  }

  @Test
  void theBotsOwnCheckRemovesAGoneArticleOnlyWhereIndexBotRemovesSaysSo() throws Exception {
    assertThat(run(corpus, "index")).isZero();
    Path gone;
    try (var files = Files.list(corpus)) {
      gone =
          files
              .filter(f -> !f.equals(corpus.resolve(TestCorpus.seed().getFileName())))
              .sorted()
              .findFirst()
              .orElseThrow();
    }
    Files.delete(gone);
    Path keep = Files.writeString(dir.resolve("keep.properties"), "index.bot-removes = no\n");
    chat("--config", keep.toString());
    assertThat(console.stderr()).contains("Keeping 1 indexed article(s) the corpus here");
    assertThat(indexedArticles()).as("a bot told not to remove").isEqualTo(6);
    chat(); // auto: the local index is this bot's own, so it removes
    assertThat(indexedArticles()).isEqualTo(5);
  }

  @Test
  void aBotThatKeepsGoneArticlesDoesNotRebuildFromAnEmptyFolder() throws Exception {
    assertThat(run(corpus, "index")).isZero();
    // Another chunk size: the bot's start-up check must rebuild; its folder is empty (unmounted).
    Path keep =
        Files.writeString(
            dir.resolve("keep.properties"), "index.bot-removes = no\nindex.chunk-chars = 500\n");
    Path empty = Files.createDirectories(dir.resolve("unmounted"));
    corpus = empty;
    chat("--config", keep.toString());
    assertThat(console.stderr()).contains("Not rebuilding");
    assertThat(indexedArticles()).isEqualTo(6);
  }

  private void chat(String... config) {
    System.setIn(
        new ByteArrayInputStream(
            "Where did Putin and Biden meet?\n".getBytes(StandardCharsets.UTF_8)));
    console.resetErr();
    String[] args = Arrays.copyOf(config, config.length + 1);
    args[config.length] = "chat";
    assertThat(run(corpus, args)).isZero();
    assertThat(console.stdout()).contains("Geneva");
  }

  @Test
  void theChatsBackgroundCheckRefusesTooAndKeepsAnswering() throws Exception {
    assertThat(run(corpus, "index")).isZero();
    Path empty = Files.createDirectories(dir.resolve("unmounted"));
    System.setIn(
        new ByteArrayInputStream(
            "Where did Putin and Biden meet?\n".getBytes(StandardCharsets.UTF_8)));
    console.resetErr();
    assertThat(run(empty, "chat")).isZero();
    assertThat(console.stdout()).contains("Geneva");
    assertThat(console.stderr()).contains("Not removing 6 of 6 indexed articles");
    assertThat(indexedArticles()).isEqualTo(6);
  }
}
