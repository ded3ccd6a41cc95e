package org.corpusbot.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.corpusbot.testing.ConsoleCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files are looked at before they are read: too large ones, FIFOs, devices, broken links and link
 * loops are skipped with a warning naming them, and never block or exhaust memory.
 */
class CorpusFilesTest {
  private static final Duration QUICK = Duration.ofSeconds(20);

  @TempDir Path dir;
  private final ConsoleCapture console = new ConsoleCapture();

  @BeforeEach
  void capture() {
    console.start();
  }

  @AfterEach
  void restore() {
    console.stop();
  }

  private static final String ARTICLE =
      "title A small article\n\nThe harbour reopened on Monday after the storm.\n";

  private LoadReport load(CorpusLoader loader, Path path, List<Article> out) {
    return assertTimeoutPreemptively(QUICK, () -> loader.load(path, out::add));
  }

  @Test
  void filesAndLinesOverTheSizeLimitAreSkippedWithTheirNames() throws IOException {
    CorpusLoader loader = CorpusLoader.standard(JsonFields.defaults(), new CorpusLimits(2_000));
    Files.writeString(dir.resolve("small.txt"), ARTICLE);
    Files.writeString(dir.resolve("big.txt"), ARTICLE + "word ".repeat(1_000));
    Files.writeString(
        dir.resolve("wire.jsonl"),
        "{\"id\":\"w1\",\"text\":\""
            + "long ".repeat(1_000)
            + "\"}\n"
            + "{\"id\":\"w2\",\"text\":\"A short wire story about the harbour.\"}\n");
    List<Article> out = new ArrayList<>();
    LoadReport report = load(loader, dir, out);
    assertThat(out).extracting(Article::id).containsExactlyInAnyOrder("small", "w2");
    assertThat(report.skipped()).containsEntry("too large", 2);
    assertThat(report.unread()).containsKey("big.txt");
    assertThat(console.stderr())
        .contains("big.txt: skipped, too large")
        .contains("wire.jsonl:1: skipped, too large")
        .contains("corpus.max-article-mb");
  }

  @Test
  void fifosDevicesBrokenLinksAndLoopsAreSkippedAndNamedOncePerKind() throws Exception {
    Files.writeString(dir.resolve("ok.txt"), ARTICLE);
    mkfifo(dir.resolve("pipe.txt"));
    Files.createSymbolicLink(dir.resolve("zero.txt"), Path.of("/dev/zero"));
    Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nowhere.txt"));
    Files.createDirectories(dir.resolve("sub"));
    Files.createSymbolicLink(dir.resolve("sub").resolve("up"), dir);
    List<Article> out = new ArrayList<>();
    LoadReport report = load(CorpusLoader.standard(JsonFields.defaults()), dir, out);
    assertThat(out).extracting(Article::id).containsExactly("ok");
    assertThat(report.skipped())
        .containsEntry("special file", 2)
        .containsEntry("broken link", 1)
        .containsEntry("link loop", 1);
    assertThat(report.unread()).containsKeys("pipe.txt", "zero.txt", "gone.txt");
    String log = console.stderr();
    assertThat(log).containsOnlyOnce("special file");
    assertThat(log).contains("pipe.txt").contains("zero.txt").contains("gone.txt");
    assertThat(log).contains("sub/up");
  }

  @Test
  void aCorpusThatIsItselfAFifoOrADeviceIsSkippedNotRead() throws Exception {
    Path fifo = dir.resolve("feed.jsonl");
    mkfifo(fifo);
    Path zero = dir.resolve("zero.txt");
    Files.createSymbolicLink(zero, Path.of("/dev/zero"));
    for (Path p : List.of(fifo, zero)) {
      List<Article> out = new ArrayList<>();
      LoadReport report = load(CorpusLoader.standard(JsonFields.defaults()), p, out);
      assertThat(out).isEmpty();
      assertThat(report.skipped()).containsEntry("special file", 1);
    }
  }

  private static void mkfifo(Path p) throws Exception {
    Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
    assertThat(mk.waitFor()).isZero();
  }
}
