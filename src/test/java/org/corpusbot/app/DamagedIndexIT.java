package org.corpusbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.corpusbot.testing.ConsoleCapture;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged index (a segment file truncated or missing) is reported with what to do, and {@code
 * index --rebuild} rebuilds it from the corpus after moving the damaged one aside, never deleting
 * it.
 */
class DamagedIndexIT {
  @TempDir Path dir;
  private Path corpus;
  private Path data;
  private final ConsoleCapture console = new ConsoleCapture();

  @BeforeEach
  void indexed() {
    corpus = TestCorpus.copyTo(dir.resolve("corpus"));
    data = dir.resolve("data");
    console.start();
    assertThat(run("index")).isZero();
    console.resetOut();
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
    all[3] = data.toString();
    System.arraycopy(args, 0, all, 4, args.length);
    return Main.run(all);
  }

  private List<Path> segmentFiles() throws IOException {
    try (Stream<Path> files = Files.list(data.resolve("index"))) {
      return files.filter(p -> p.getFileName().toString().endsWith(".cfs")).toList();
    }
  }

  @Test
  void aTruncatedSegmentFileSaysHowToRecoverAndRebuildRecovers() throws Exception {
    Path cfs = segmentFiles().get(0);
    byte[] bytes = Files.readAllBytes(cfs);
    Files.write(cfs, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    expectDamagedThenRebuild();
  }

  @Test
  void aMissingSegmentFileSaysHowToRecoverAndRebuildRecovers() throws Exception {
    Files.delete(segmentFiles().get(0));
    expectDamagedThenRebuild();
  }

  private void expectDamagedThenRebuild() throws IOException {
    for (String[] command :
        new String[][] {{"ask", "Where did Putin and Biden meet?"}, {"chat"}, {"index"}}) {
      console.resetErr();
      assertThat(run(command)).as(command[0]).isEqualTo(1);
      assertThat(console.stderr())
          .as(command[0])
          .contains("is damaged")
          .contains("corpusbot index --rebuild");
    }
    console.resetErr();
    assertThat(run("index", "--rebuild")).isZero();
    assertThat(console.stderr()).contains("Moved the damaged index");
    assertThat(console.stdout()).contains("6 new");
    try (Stream<Path> kept = Files.list(data)) {
      assertThat(kept.map(p -> p.getFileName().toString()))
          .anyMatch(n -> n.startsWith("index.damaged-"));
    }
    console.resetOut();
    assertThat(run("ask", "Where did Putin and Biden meet?")).isZero();
    assertThat(console.stdout()).contains("Geneva");
  }
}
