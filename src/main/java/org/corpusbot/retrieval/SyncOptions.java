package org.corpusbot.retrieval;

import java.util.function.BooleanSupplier;

/**
 * What one indexing run is asked to do.
 *
 * @param rebuild embed every article again, whatever changed
 * @param allowMassDelete remove articles the corpus no longer gives even when that looks like a
 *     fault (see {@link IndexPolicy#maxDeleteShare()})
 * @param stop asked at batch boundaries; when true, the run commits what it has done and ends (a
 *     rebuild is abandoned instead: it would not be complete)
 */
public record SyncOptions(boolean rebuild, boolean allowMassDelete, BooleanSupplier stop) {
  public static final SyncOptions UPDATE = new SyncOptions(false, false, () -> false);
  public static final SyncOptions REBUILD = new SyncOptions(true, false, () -> false);

  public SyncOptions withStop(BooleanSupplier stop) {
    return new SyncOptions(rebuild, allowMassDelete, stop);
  }
}
