package org.corpusbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.corpusbot.config.Settings;
import org.corpusbot.config.SettingsLoader;
import org.corpusbot.retrieval.FaultyIndexes;
import org.corpusbot.retrieval.IndexProgress;
import org.corpusbot.retrieval.IndexSchema;
import org.corpusbot.retrieval.IndexUnavailableException;
import org.corpusbot.testing.ConsoleCapture;
import org.corpusbot.testing.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening the bot: failures close what was opened, and an unreadable index is not "no index". */
class CorpusbotOpenIT {
  @TempDir Path dir;

  private Settings settings() {
    return SettingsLoader.load(
        null,
        Map.of(),
        Map.of(
            "corpus.path",
            dir.resolve("corpus").toString(),
            "data.dir",
            dir.resolve("data").toString()));
  }

  /** Files of the index this process holds open (Linux: /proc/self/fd). */
  private long openIndexFiles() throws IOException {
    Path index = dir.resolve("data").resolve("index").toRealPath();
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      return fds.filter(
              fd -> {
                try {
                  return Files.readSymbolicLink(fd).startsWith(index);
                } catch (IOException e) {
                  return false; // closed meanwhile
                }
              })
          .count();
    }
  }

  @Test
  void aFailureAfterTheIndexOpenedClosesTheIndex() throws Exception {
    TestCorpus.copyTo(dir.resolve("corpus"));
    try (Corpusbot bot = Corpusbot.writable(settings())) {
      bot.sync(false, IndexProgress.NONE);
    }
    servedModel("e5-huge-v9"); // written by a newer version, with a model this one does not have
    long before = openIndexFiles();
    assertThatThrownBy(() -> Corpusbot.forQuestions(settings(), IndexProgress.NONE))
        .isInstanceOf(IndexUnavailableException.class)
        .hasMessageContaining("e5-huge-v9")
        .hasMessageContaining("corpusbot index --rebuild");
    assertThat(openIndexFiles()).isEqualTo(before);
  }

  @Test
  void whatFailsToCloseAfterAFailedStartIsLoggedAsAWarningAndTheStartsFailureIsThrown()
      throws Exception {
    TestCorpus.copyTo(dir.resolve("corpus"));
    try (Corpusbot bot = Corpusbot.writable(settings())) {
      bot.sync(false, IndexProgress.NONE);
    }
    servedModel("e5-huge-v9");
    ConsoleCapture console = new ConsoleCapture();
    console.start();
    try {
      assertThatThrownBy(() -> BotOpener.open(settings(), FaultyIndexes::readOnlyFailingToClose))
          .isInstanceOf(IndexUnavailableException.class)
          .hasMessageContaining("e5-huge-v9");
      assertThat(console.stderr())
          .containsPattern("WARN .*Closing .* after a failed start failed")
          .contains("closing _0.cfs failed (injected)");
    } finally {
      console.stop();
    }
  }

  @Test
  void closingTheBotThrowsWhatFailedToClose() throws Exception {
    TestCorpus.copyTo(dir.resolve("corpus"));
    try (Corpusbot bot = Corpusbot.writable(settings())) {
      bot.sync(false, IndexProgress.NONE);
    }
    Corpusbot bot = BotOpener.open(settings(), FaultyIndexes::readOnlyFailingToClose);
    assertThatThrownBy(bot::close).hasRootCauseMessage("closing _0.cfs failed (injected)");
  }

  /** Makes the index in the data folder name {@code model} as its embedding model. */
  private void servedModel(String model) throws IOException {
    try (var d = FSDirectory.open(dir.resolve("data").resolve("index"));
        var w = new IndexWriter(d, new IndexWriterConfig())) {
      Map<String, String> data = new HashMap<>();
      w.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
      data.put(IndexSchema.META_MODEL, model);
      w.setLiveCommitData(data.entrySet());
      w.commit();
    }
  }

  @Test
  void anIndexFolderThatCannotBeReadIsAnErrorNotAMissingIndex() throws Exception {
    Files.createDirectories(dir.resolve("data"));
    Files.writeString(dir.resolve("data").resolve("index"), "not a folder");
    assertThatThrownBy(() -> BotOpener.indexExists(dir.resolve("data").resolve("index")))
        .isInstanceOf(IndexUnavailableException.class)
        .hasMessageContaining("index folder");
  }
}
