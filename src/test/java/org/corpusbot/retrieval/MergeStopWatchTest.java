package org.corpusbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The thread that watches for a stop during a forced merge. */
class MergeStopWatchTest {
  @TempDir Path dir;

  @Test
  void aStopCheckThatFailsIsLoggedAndTheMergeRunsToItsEnd() throws Exception {
    Logger logger = (Logger) LoggerFactory.getLogger(ReopenableWriter.class);
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    logger.addAppender(logs);
    try (Directory d = FSDirectory.open(dir);
        ReopenableWriter w = ReopenableWriter.open(dir, d, new StandardAnalyzer())) {
      for (int i = 0; i < 3; i++) {
        Document doc = new Document();
        doc.add(new TextField("body", "story " + i, Field.Store.NO));
        w.get().addDocument(doc);
        w.commit(Map.of());
      }

      boolean merged =
          w.mergeAndCommit(
              () -> {
                throw new IllegalStateException("the stop check broke");
              });

      assertThat(merged).isTrue();
      try (DirectoryReader r = DirectoryReader.open(d)) {
        assertThat(r.leaves()).hasSize(1);
      }
    } finally {
      logger.detachAppender(logs);
    }
    assertThat(logs.list)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getFormattedMessage()).startsWith("Cannot watch for a stop");
              assertThat(e.getThrowableProxy().getMessage()).isEqualTo("the stop check broke");
            });
  }
}
