package org.corpusbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A forced merge that fails (a full disk) is reported as failed and not redone by every later run,
 * whichever way Lucene reports it: as an {@link IOException} ("background merge hit exception"),
 * or, when the failing merge thread has already closed the writer by the time the caller looks, as
 * an {@link IllegalStateException} ("this writer hit an unrecoverable error"). Which one comes is a
 * race between the two threads, so the failure is repeated.
 */
class FailedMergeTest {
  @TempDir Path dir;

  @Test
  void aFailedMergeIsNotDueAgainWhicheverWayLuceneReportsIt() throws IOException {
    FaultyDirectory faulty = FaultyDirectory.open(dir);
    try (ReopenableWriter writer = ReopenableWriter.open(dir, faulty, new StandardAnalyzer())) {
      for (int round = 0; round < 40; round++) {
        for (int segment = 0; segment < 2; segment++) {
          Document doc = new Document();
          doc.add(new TextField("body", "round " + round + " part " + segment, Field.Store.NO));
          writer.get().addDocument(doc);
          writer.commit(Map.of("round", String.valueOf(round)));
        }
        faulty.failMerges.set(true);
        Throwable failure = catchThrowable(() -> writer.mergeAndCommit(() -> false));
        faulty.failMerges.set(false);

        assertThat(failure).as("round %d", round).isNotNull();
        assertThat(writer.mergeDue()).as("round %d: %s", round, failure).isFalse();
        writer.rollbackAndReopen();
        assertThat(writer.mergeDue()).as("round %d, reopened", round).isFalse();
      }
    }
  }
}
