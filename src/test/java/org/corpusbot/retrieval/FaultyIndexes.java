package org.corpusbot.retrieval;

import java.nio.file.Path;

/** Indexes over a {@link FaultyDirectory}, for tests outside this package. */
public final class FaultyIndexes {
  private FaultyIndexes() {}

  /** Opens the index in {@code dir} read-only; closing it fails as a damaged file's close does. */
  public static CorpusIndex readOnlyFailingToClose(Path dir) {
    FaultyDirectory[] faulty = new FaultyDirectory[1];
    CorpusIndex index = CorpusIndex.openReadOnly(dir, d -> faulty[0] = FaultyDirectory.open(d));
    faulty[0].failInputCloses.set(true); // what was read at opening closed fine
    return index;
  }
}
