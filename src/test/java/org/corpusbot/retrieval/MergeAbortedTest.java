package org.corpusbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.lucene.index.MergePolicy;
import org.junit.jupiter.api.Test;

/** A stop asked while a merge fails for another reason must not hide that failure. */
class MergeAbortedTest {
  @Test
  void onlyLucenesReportOfAnAbortedMergeCountsAsStopped() {
    var abort = new MergePolicy.MergeAbortedException("merge is aborted: _0(9.12.3):c7 [ABORTED]");
    assertThat(ReopenableWriter.aborted(new IOException("background merge hit exception", abort)))
        .isTrue();
    assertThat(ReopenableWriter.aborted(abort)).isTrue();
    assertThat(
            ReopenableWriter.aborted(
                new IOException(
                    "background merge hit exception: _0 [ABORTED]",
                    new IOException("No space left on device"))))
        .as("a full disk, whatever the merge's description says")
        .isFalse();
    assertThat(ReopenableWriter.aborted(new IOException("background merge hit exception")))
        .isFalse();
  }
}
